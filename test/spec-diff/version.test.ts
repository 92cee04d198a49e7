// The semver rules behind check:version and release:prepare, and the changelog's API part.
import { describe, expect, it } from "vitest";
import { apiSection, hasApiSection, withApiSection, withReleaseDate } from "../../scripts/spec-diff/changelog.js";
import type { SpecChange } from "../../scripts/spec-diff/changes.js";
import type { Impact } from "../../scripts/spec-diff/rules.js";
import { judgeVersion, preparedVersion, requiredVersion } from "../../scripts/spec-diff/version.js";

describe("the version a change requires", () => {
  it.each([
    ["1.2.3", "major", "2.0.0"],
    ["1.2.3", "minor", "1.3.0"],
    ["1.2.3", "patch", "1.2.4"],
    ["1.2.3", undefined, "1.2.3"],
    ["0.1.0", "major", "0.2.0"], // below 1.0.0 a breaking change bumps the minor
    ["0.1.0", "minor", "0.2.0"],
    ["0.1.0", "patch", "0.1.1"],
  ] as [string, Impact | undefined, string][])("%s with a %s change needs %s", (from, impact, want) => {
    expect(requiredVersion(from, impact)).toBe(want);
  });

  it.each([
    ["1.2.3", "1.2.3", "major", false],
    ["1.2.3", "1.3.0", "major", false],
    ["1.2.3", "2.0.0", "major", true],
    ["1.2.3", "3.0.0", "patch", true],
    ["1.2.3", "1.2.3", undefined, true],
    ["1.2.3", "1.2.2", undefined, false],
  ] as [string, string, Impact | undefined, boolean][])("from %s, version %s after a %s change is ok: %s", (from, current, impact, ok) => {
    expect(judgeVersion(from, current, impact).ok).toBe(ok);
  });

  it("release:prepare keeps a higher version set by hand", () => {
    expect(preparedVersion("1.2.3", "3.0.0", "minor")).toBe("3.0.0");
    expect(preparedVersion("1.2.3", "1.2.3", "minor")).toBe("1.3.0");
  });
});

const change = (impact: Impact, short: string, where: string, message: string): SpecChange => ({
  group: { kind: "schema", key: short, title: `schema ${short}`, short },
  where,
  kind: "modified",
  impact,
  rules: ["rule"],
  message,
  why: "because",
});

describe("the changelog's API part", () => {
  const changes = [change("major", "Recording", "bot", "Gone."), change("minor", "recordings.create", "", "New method recordings.create."), change("patch", "Recording", "id · description", "Reworded.")];
  const section = apiSection(changes, "1.0.0");

  it("lists breaking changes first with their rules and why, then additions, then the rest, folded under a tally", () => {
    expect(section).toContain(
      "<details>\n<summary>Every API change since 1.0.0, from the spec diff (1 breaking, 1 added, 1 compatible)</summary>\n\n### API changes since 1.0.0\n\n#### Breaking changes\n\n- `Recording` · bot: Gone. (`rule`)\n\nWhy they break: `rule`: because.\n\n#### Added\n\n- `recordings.create`: New method recordings.create.\n\n#### Changed (compatible)\n\n- `Recording` · id · description: Reworded.\n\n</details>\n<!-- /api-changes -->",
    );
  });

  it.each([
    ["no changelog yet", undefined],
    ["older versions only", "# Changelog\n\n## 1.0.0 (2026-01-01)\n\nFirst.\n"],
    ["hand-written Unreleased notes", "# Changelog\n\n## Unreleased\n\nRegion is required now.\n\n## 1.0.0 (2026-01-01)\n\nFirst.\n"],
  ])("is placed in the new version's entry: %s", (_name, before) => {
    const after = withApiSection(before, "2.0.0", section);
    expect(after).toMatch(/## 2\.0\.0 \(unreleased\)\n/);
    expect(hasApiSection(after, "2.0.0", section)).toBe(true);
    if (before?.includes("Region")) expect(after).toMatch(/## 2\.0\.0 \(unreleased\)\n\nRegion is required now\.\n\n<!-- api-changes/);
    if (before) expect(after.indexOf("## 2.0.0")).toBeLessThan(after.indexOf("## 1.0.0"));
    // Writing it again replaces the part instead of adding a second one.
    expect(withApiSection(after, "2.0.0", section)).toBe(after);
    const newer = apiSection(changes.slice(0, 1), "1.0.0");
    const replaced = withApiSection(after, "2.0.0", newer);
    expect(hasApiSection(replaced, "2.0.0", newer)).toBe(true);
    expect(replaced).not.toContain("Reworded.");
  });

  it("counts documentation changes per place instead of listing each", () => {
    const docs = (short: string, where: string): SpecChange => ({ ...change("patch", short, where, "Reworded."), rules: ["recall-documentation"] });
    const text = apiSection([docs("Recording", "id · description"), docs("Recording", "bot · description"), docs("recordings.list", "summary")], "1.0.0");
    expect(text).toContain("#### Changed (compatible)\n\n- Documentation (descriptions, summaries, examples, links) of `Recording` (2), `recordings.list`.\n\n</details>\n<!--");
    expect(text).not.toContain("Reworded.");
  });

  it("is dated when the version is recorded", () => {
    const text = withApiSection(undefined, "2.0.0", section);
    expect(withReleaseDate(text, "2.0.0", "2026-12-01")).toContain("## 2.0.0 (2026-12-01)\n");
  });
});
