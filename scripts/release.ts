// npm run release:prepare [-- --bump major|minor|patch]: sets the version the spec changes since the last
// recorded release require (in spec/openapi.yaml, package.json and package-lock.json; never lowering a
// version set by hand) and writes their list into CHANGELOG.md's entry for it, keeping hand-written notes.
// npm run release:record: at publishing, records the spec as the release (release/openapi.json) and dates
// the changelog entry; the next changes are measured from it.
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import semver from "semver";
import { bundleSpec } from "./openapi/spec.js";
import { pc } from "./pipeline/colours.js";
import { CHANGELOG_FILE, apiSection, withApiSection, withReleaseDate } from "./spec-diff/changelog.js";
import { writeVersion } from "./spec-diff/project-version.js";
import { problemsOf, releaseState } from "./spec-diff/release-state.js";
import { counts } from "./spec-diff/render-changes.js";
import { IMPACTS, type Impact } from "./spec-diff/rules.js";
import { RELEASE_FILE } from "./spec-diff/sources.js";
import { assertSemver, maxImpact, preparedVersion } from "./spec-diff/version.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const [command, ...args] = process.argv.slice(2);

async function prepare(): Promise<void> {
  const bumpAt = args.indexOf("--bump");
  const asked = bumpAt >= 0 ? args[bumpAt + 1] : undefined;
  if ((bumpAt >= 0 && !IMPACTS.includes(asked as Impact)) || args.length !== (bumpAt >= 0 ? 2 : 0)) {
    throw new Error(`usage: npm run release:prepare [-- --bump major|minor|patch]; got ${args.join(" ") || "nothing"}`);
  }
  const state = await releaseState(root);
  const spec = assertSemver(state.versions.spec, "spec/openapi.yaml info.version");
  const pkg = assertSemver(state.versions.package, "package.json version");
  const current = semver.gt(pkg, spec) ? pkg : spec;
  if (spec !== pkg) console.log(`release:prepare: spec/openapi.yaml said ${spec} and package.json ${pkg}; starting from the higher, ${current}.`);
  const { summary } = state;
  const bump = maxImpact(summary?.bump, asked as Impact | undefined);
  const next = preparedVersion(state.released ?? current, current, summary ? bump : undefined);
  if (next !== spec || next !== pkg) await writeVersion(root, next);
  if (summary && bump) {
    const section = state.section ?? apiSection([], summary.baseVersion);
    await writeFile(join(root, CHANGELOG_FILE), withApiSection(state.changelog, next, section));
  }
  const since = summary ? `${counts(summary.changes)} since release ${summary.baseVersion}` : "no release recorded yet";
  console.log(`release:prepare: version ${next} (${since}); ${summary && bump ? `${CHANGELOG_FILE} entry written` : `${CHANGELOG_FILE} unchanged`}.`);
  console.log("Review the diff (git diff), then commit.");
}

async function record(): Promise<void> {
  const state = await releaseState(root);
  const problems = problemsOf(state);
  if (problems.length > 0) throw new Error(`not ready to record:\n  ${problems.join("\n  ")}\nRun npm run release:prepare first.`);
  const version = assertSemver(state.versions.spec, "spec/openapi.yaml info.version");
  if (state.released === version) throw new Error(`version ${version} is already the recorded release; run npm run release:prepare after changing the spec`);
  const path = join(root, RELEASE_FILE);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(await bundleSpec(root), null, 2)}\n`);
  const changelog = await readFile(join(root, CHANGELOG_FILE), "utf8").catch(() => undefined);
  if (changelog) await writeFile(join(root, CHANGELOG_FILE), withReleaseDate(changelog, version, new Date().toISOString().slice(0, 10)));
  console.log(`release:record: ${RELEASE_FILE} is now the spec of ${version}. Commit it, tag v${version}, publish.`);
}

try {
  if (command === "prepare") await prepare();
  else if (command === "record") await record();
  else throw new Error(`usage: node scripts/run.mjs scripts/release.ts prepare|record`);
} catch (error) {
  console.error(pc.red(`release:${command ?? ""}: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 1;
}
