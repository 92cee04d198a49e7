// docs/releases.md's rule table is the one diff:spec applies, and the commands it documents exist.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesTable } from "../../scripts/spec-diff/rules.js";
import { repoRoot as REPO_ROOT } from "../spec/spec-bundle.js";

const doc = readFileSync(`${REPO_ROOT}docs/releases.md`, "utf8");
const scripts = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;

describe("docs/releases.md", () => {
  it("carries the rule ratings table as rules.ts defines it", () => {
    expect(doc).toContain(rulesTable());
  });

  it.each([
    ["diff:spec", "docs/releases.md"],
    ["check:version", "docs/releases.md"],
    ["release:prepare", "docs/releases.md"],
    ["release:record", "docs/releases.md"],
    ["spec:compare", "docs/spec-compare.md"],
  ])("documents npm run %s (in %s), which package.json defines", (name, page) => {
    expect(readFileSync(`${REPO_ROOT}${page}`, "utf8")).toContain(`npm run ${name}`);
    expect(scripts).toHaveProperty(name);
  });

  it("runs the version check in npm test", () => {
    expect(scripts.test).toContain("npm run check:version");
  });
});
