// Version discipline end to end on a project copy with git history: record a release, change the spec, and
// check:version fails until release:prepare sets the version and writes the changelog entry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitProject, addWidget, gitProject } from "./git-project.js";

const versionOf = (json: string): string => (JSON.parse(json) as { version: string }).version;
const lockVersions = (json: string): string[] => {
  const lock = JSON.parse(json) as { version: string; packages: Record<string, { version: string }> };
  return [lock.version, lock.packages[""]?.version ?? ""];
};
const specVersion = (yaml: string): string => /^ {2}version: (\S+)$/m.exec(yaml)?.[1] ?? "";
/** The next minor: a breaking change below 1.0.0, or an addition. */
const nextMinor = (version: string): string => {
  const [major, minor] = version.split(".").map(Number);
  return `${major}.${(minor ?? 0) + 1}.0`;
};

let project: GitProject;
let released: string;
beforeAll(async () => {
  project = await gitProject();
  // The test's own widget is an addition since the copied release: prepare and record make it a release.
  await project.editSpec(addWidget);
  const prepared = await project.script("release", "prepare");
  expect(prepared.stderr).toBe("");
  const recorded = await project.script("release", "record");
  expect(recorded.stderr).toBe("");
  released = specVersion(await project.read("spec/openapi.yaml"));
  await project.commit("release with the widget");
});
afterAll(() => project?.remove());

describe("check:version and release:prepare", () => {
  it("passes right after a release", async () => {
    const run = await project.script("check-version");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`version ${released} has no API changes since release ${released}`);
  });

  it("fails on a breaking change without a bump, naming the version it needs and the fix", async () => {
    await project.editSpec((spec) => spec.deleteIn(["components", "schemas", "Widget", "properties", "colour"]));
    const run = await project.script("check-version");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`need a major bump (1 breaking): the version must be at least ${nextMinor(released)}, and it is ${released}`);
    expect(run.stderr).toContain("Fix: run npm run release:prepare");
    // diff:spec, from any base, gives the same verdict.
    const diff = await project.script("spec-diff");
    expect(diff.stdout).toContain(`the changes since release ${released} need version ${nextMinor(released)} or later, and the version is ${released}: run npm run release:prepare.`);
  });

  it("release:prepare moves all three versions, writes the changelog entry beside hand-written notes, and the check passes", async () => {
    const notes = "## Unreleased\n\n- Breaking: `region` or `baseUrl` is now required.\n";
    const before = await project.read("CHANGELOG.md");
    await project.write("CHANGELOG.md", before.replace(/\n## /, `\n${notes}\n## `));
    const run = await project.script("release", "prepare");
    expect(run.code).toBe(0);
    const next = nextMinor(released);
    expect(specVersion(await project.read("spec/openapi.yaml"))).toBe(next);
    expect(versionOf(await project.read("package.json"))).toBe(next);
    expect(lockVersions(await project.read("package-lock.json"))).toEqual([next, next]);
    const changelog = await project.read("CHANGELOG.md");
    const entry = changelog.slice(changelog.indexOf(`## ${next} (unreleased)`), changelog.indexOf(`## ${released} (`));
    expect(entry).toContain("- Breaking: `region` or `baseUrl` is now required.");
    expect(entry).toContain(`### API changes since ${released}`);
    expect(entry).toContain("#### Breaking changes\n\n- `Widget` · colour: Property `colour` of `Widget` was removed.");
    expect(changelog).not.toContain("## Unreleased");
    expect((await project.script("check-version")).code).toBe(0);
  });

  it("release:prepare again changes nothing", async () => {
    const files = ["CHANGELOG.md", "package.json", "package-lock.json", "spec/openapi.yaml"];
    const before = await Promise.all(files.map((file) => project.read(file)));
    expect((await project.script("release", "prepare")).code).toBe(0);
    expect(await Promise.all(files.map((file) => project.read(file)))).toEqual(before);
  });

  it("fails when the changelog entry no longer lists the changes", async () => {
    await project.editSpec((spec) => spec.setIn(["components", "schemas", "Widget", "properties", "size"], { type: "integer" }));
    const run = await project.script("check-version");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`CHANGELOG.md has no up-to-date entry "## ${nextMinor(released)}"`);
    expect((await project.script("release", "prepare")).code).toBe(0);
    expect(await project.read("CHANGELOG.md")).toContain("#### Added\n\n- `Widget` · size: `size` was added.");
    expect((await project.script("check-version")).code).toBe(0);
  });

  it("never lowers a version set by hand, and --bump asks for more than the spec shows", async () => {
    const bumped = await project.script("release", "prepare", "--bump", "patch");
    expect(bumped.code).toBe(0);
    expect(versionOf(await project.read("package.json"))).toBe(nextMinor(released));
    const bad = await project.script("release", "prepare", "--bump", "huge");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("usage: npm run release:prepare [-- --bump major|minor|patch]");
  });

  it("fails when the spec's and package.json's versions differ", async () => {
    const pkg = await project.read("package.json");
    await project.write("package.json", pkg.replace(/"version": "[^"]+"/, '"version": "9.9.9"'));
    const run = await project.script("check-version");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`but package.json version is 9.9.9; they move together`);
    await project.write("package.json", pkg);
  });
});
