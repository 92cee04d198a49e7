// .github/workflows/ci.yml runs .ci/run itself, on push and pull_request, on Node 20, 22 and 24, each in a bare
// Node container; .ci/run runs CONTRIBUTING.md's set-up and test commands, then the e2e suite.
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
  readonly container?: unknown;
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

  // The runner's own image ships Chromium and more: a test that needed one passed in CI and failed on a fresh machine.
  it.each(jobs)("job %s runs in Debian with nothing but the matrix Node and npm", (_name, job) => {
    expect(job.container).toBe("node:${{ matrix.node }}-bookworm-slim");
  });

  it.each(jobs)("job %s checks out, then runs .ci/run and nothing else", (_name, job) => {
    expect(job.steps).toEqual([{ uses: "actions/checkout@v4" }, { run: ".ci/run" }]);
  });
});

describe(".ci/run", () => {
  it("runs CONTRIBUTING.md's set-up and test commands, in that order, then the e2e suite", () => {
    const contributing = read("CONTRIBUTING.md").match(/```sh\n([\s\S]*?)```/)?.[1] ?? "";
    const setUpAndTest = npmCommands(contributing).filter((line) => /^npm (ci|test)\b/.test(line)).map((line) => line.split(/\s+/).slice(0, 2).join(" "));
    expect(setUpAndTest).toEqual(["npm ci", "npm test"]);
    expect(ciRun.filter((line) => /^npm (ci|test)\b/.test(line)).map((line) => line.split(/\s+/).slice(0, 2).join(" "))).toEqual(setUpAndTest);
    expect(ciRun).toContain("npm run test:e2e");
  });

  it("calls only npm scripts that package.json defines", () => {
    const called = ciRun.map((line) => line.match(/^npm (?:run (\S+)|(test)\b)/)).flatMap((m) => (m ? [m[1] ?? m[2] ?? ""] : []));
    expect(called).toContain("test");
    for (const name of called) expect(scripts, `npm script "${name}"`).toHaveProperty(name);
  });
});
