// .github/workflows/ci.yml's spec-changes job: on pull requests, the spec diff against the base branch into the
// job summary, then check:version, whose failure fails the job.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { repoRoot as REPO_ROOT } from "../spec/spec-bundle.js";

interface Job {
  readonly if?: string;
  readonly steps?: { readonly uses?: string; readonly run?: string; readonly with?: Record<string, unknown>; readonly env?: Record<string, string> }[];
}

const workflow = parse(readFileSync(`${REPO_ROOT}.github/workflows/ci.yml`, "utf8")) as { jobs?: Record<string, Job> };
const job = workflow.jobs?.["spec-changes"];
const scripts = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the spec-changes CI job", () => {
  it("runs on pull requests only, with the full history so the base branch's spec can be read", () => {
    expect(job?.if).toBe("github.event_name == 'pull_request'");
    expect(job?.steps?.[0]).toMatchObject({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
  });

  it("writes the diff against the base branch to the job summary, then fails when check:version does", () => {
    const steps = job?.steps ?? [];
    const diff = steps.find((step) => step.run?.includes("diff:spec"));
    expect(diff?.env).toEqual({ BASE: "${{ github.base_ref }}" });
    expect(diff?.run).toBe('npm run --silent diff:spec -- "origin/$BASE" --markdown >> "$GITHUB_STEP_SUMMARY"');
    const check = steps.find((step) => step.run?.includes("check:version"))?.run ?? "";
    expect(check).toContain("npm run --silent check:version > version-check.txt 2>&1 || status=$?");
    expect(check).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(check.trim().split("\n").pop()).toBe('exit "$status"');
    expect(steps.indexOf(diff ?? {})).toBeLessThan(steps.findIndex((step) => step.run?.includes("check:version")));
  });

  it("calls npm scripts package.json defines", () => {
    for (const name of ["diff:spec", "check:version"]) expect(scripts).toHaveProperty(name);
  });
});
