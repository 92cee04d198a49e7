// Where the project stands against its last recorded release: the versions in spec and package.json, the
// spec changes since the release with the bump they need, and whether CHANGELOG.md lists them.
// check:version reports the problems; release:prepare fixes them.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SPEC_ENTRY } from "../pipeline/layout.js";
import { CHANGELOG_FILE, apiSection, hasApiSection } from "./changelog.js";
import { diffSpecs } from "./diff.js";
import { type ProjectVersions, readVersions } from "./project-version.js";
import type { DiffSummary } from "./render-changes.js";
import { RELEASE_FILE, releasedSpec, workingTreeSpec } from "./sources.js";
import { type ReleaseVerdict, assertSemver, judgeVersion } from "./version.js";

export const PREPARE_COMMAND = "npm run release:prepare";

export interface ReleaseState {
  readonly versions: ProjectVersions;
  /** The last recorded release's version, or undefined before the first. */
  readonly released: string | undefined;
  /** Release -> working tree; undefined before the first release. */
  readonly summary: DiffSummary | undefined;
  /** The API part CHANGELOG.md's entry for the spec's version must have. */
  readonly section: string | undefined;
  readonly changelog: string | undefined;
}

export async function releaseState(root: string): Promise<ReleaseState> {
  const versions = await readVersions(root);
  const changelog = await readFile(join(root, CHANGELOG_FILE), "utf8").catch(() => undefined);
  const release = await releasedSpec(root);
  if (!release) return { versions, released: undefined, summary: undefined, section: undefined, changelog };
  const summary = await diffSpecs(release, await workingTreeSpec(root));
  const section = summary.bump ? apiSection(summary.changes, summary.baseVersion) : undefined;
  return { versions, released: summary.baseVersion, summary, section, changelog };
}

/** The one verdict on the version, which check:version enforces and diff:spec prints: measured from the release. */
export function versionVerdict(state: ReleaseState): ReleaseVerdict {
  const current = assertSemver(state.versions.spec, `${SPEC_ENTRY} info.version`);
  if (!state.summary) return { released: undefined, bump: undefined, required: current, current, ok: true };
  const { ok, required } = judgeVersion(state.summary.baseVersion, current, state.summary.bump);
  return { released: state.summary.baseVersion, bump: state.summary.bump, required, current, ok };
}

/** Each way the project is out of line, as a sentence; empty when the version and changelog are right. */
export function problemsOf(state: ReleaseState): string[] {
  const { versions, summary, section } = state;
  const problems: string[] = [];
  const spec = assertSemver(versions.spec, `${SPEC_ENTRY} info.version`);
  const pkg = assertSemver(versions.package, "package.json version");
  if (spec !== pkg) problems.push(`${SPEC_ENTRY} info.version is ${spec} but package.json version is ${pkg}; they move together.`);
  if (!summary) return problems;
  const verdict = versionVerdict(state);
  if (!verdict.ok) {
    const breaking = summary.changes.filter((change) => change.impact === "major").length;
    problems.push(
      `The spec changed since release ${summary.baseVersion} (${RELEASE_FILE}) in ways that need a ${summary.bump} bump` +
        `${breaking ? ` (${breaking} breaking)` : ""}: the version must be at least ${verdict.required}, and it is ${spec}.`,
    );
  } else if (section && !hasApiSection(state.changelog, spec, section)) {
    problems.push(`${CHANGELOG_FILE} has no up-to-date entry "## ${spec}" listing the API changes since ${summary.baseVersion}.`);
  }
  return problems;
}
