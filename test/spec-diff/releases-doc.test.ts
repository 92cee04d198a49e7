// README's rule table is the one diff:spec applies, and the commands it documents exist.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesTable } from "../../scripts/spec-diff/rules.js";
import { repoRoot as REPO_ROOT } from "../spec/spec-bundle.js";

const readme = readFileSync(`${REPO_ROOT}README.md`, "utf8");
const scripts = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;

describe("README on spec changes", () => {
  it("carries the rule ratings table as rules.ts defines it", () => {
    expect(readme).toContain(rulesTable());
  });

  it.each(["diff:spec", "check:version", "release:prepare", "release:record", "spec:compare"])("documents npm run %s, which package.json defines", (name) => {
    expect(readme).toContain(`npm run ${name}`);
    expect(scripts).toHaveProperty(name);
  });

  it("runs the version check in npm test", () => {
    expect(scripts.test).toContain("npm run check:version");
  });
});
