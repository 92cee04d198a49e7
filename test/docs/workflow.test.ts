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
// The pull-request spec-changes job has its own test (test/spec-diff/ci-job.test.ts).
const jobs = Object.entries(workflow.jobs ?? {}).filter(([name]) => name !== "spec-changes");
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
