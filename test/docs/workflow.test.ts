// .github/workflows/ci.yml runs what .ci/run runs, on push and pull_request, on Node 20, 22 and 24.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, "utf8");

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly if?: string;
  readonly strategy?: { readonly matrix?: Record<string, unknown> };
  readonly steps?: Step[];
}
interface Workflow {
  readonly on?: Record<string, unknown>;
  readonly jobs?: Record<string, Job>;
}

/** The npm command lines of a shell script, in order, comments dropped. */
const npmCommands = (script: string): string[] =>
  script
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => /^npm\s/.test(line));

const workflow = parse(read(".github/workflows/ci.yml")) as Workflow;
// The spec-changes job (pull requests only) has its own test below; every other job runs .ci/run's commands.
const { "spec-changes": specChanges, ...testJobs } = workflow.jobs ?? {};
const jobs = Object.entries(testJobs);
const ciRun = npmCommands(read(".ci/run"));
const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

describe("the CI workflow", () => {
  it("runs on push to main and on every pull request", () => {
    expect(Object.keys(workflow.on ?? {}).sort()).toEqual(["pull_request", "push"]);
    expect(workflow.on?.pull_request).toBeNull();
    expect(workflow.on?.push).toEqual({ branches: ["main"] });
  });

  it("has one test job, on a matrix of Node 20, 22 and 24", () => {
    expect(jobs).toHaveLength(1);
    const [, job] = jobs[0] ?? [];
    expect(job?.strategy?.matrix).toEqual({ node: [20, 22, 24] });
  });

  it("reports spec changes on pull requests and fails on a version that does not cover them", () => {
    expect(specChanges?.if).toBe("github.event_name == 'pull_request'");
    const steps = specChanges?.steps ?? [];
    expect(steps[0]).toMatchObject({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    const runs = steps.map((step) => step.run ?? "").join("\n");
    expect(runs).toContain('npm run --silent diff:spec -- "origin/$BASE" --markdown >> "$GITHUB_STEP_SUMMARY"');
    expect(runs).toContain("npm run --silent check:version");
    expect(runs).toContain('exit "$status"');
    for (const name of ["diff:spec", "check:version"]) expect(scripts, `npm script "${name}"`).toHaveProperty(name);
  });

  it.each(jobs)("job %s checks out, then sets up the matrix Node with the npm cache", (_name, job) => {
    const steps = job.steps ?? [];
    expect(steps[0]?.uses).toBe("actions/checkout@v4");
    expect(steps[1]).toMatchObject({ uses: "actions/setup-node@v4", with: { "node-version": "${{ matrix.node }}", cache: "npm" } });
  });

  it.each(jobs)("job %s runs exactly .ci/run's npm commands, in the same order", (_name, job) => {
    expect(ciRun).toContain("npm test");
    expect((job.steps ?? []).flatMap((step) => npmCommands(step.run ?? ""))).toEqual(ciRun);
  });

  it("calls only npm scripts that package.json defines", () => {
    const called = ciRun.map((line) => line.match(/^npm (?:run (\S+)|(test)\b)/)).flatMap((m) => (m ? [m[1] ?? m[2] ?? ""] : []));
    expect(called).toContain("test");
    for (const name of called) expect(scripts, `npm script "${name}"`).toHaveProperty(name);
  });
});
