// npm run check:version (part of npm test): fails when the spec's info.version and package.json's version
// differ, when the spec changed since the last recorded release (release/openapi.json) in a way that needs
// a bigger bump than was made, or when CHANGELOG.md's entry for the version does not list those changes.
import { resolve } from "node:path";
import { pc } from "./pipeline/colours.js";
import { PREPARE_COMMAND, problemsOf, releaseState } from "./spec-diff/release-state.js";
import { counts } from "./spec-diff/render-changes.js";
import { RELEASE_FILE } from "./spec-diff/sources.js";

const MAX_SHOWN = 20;
const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
try {
  const state = await releaseState(root);
  const problems = problemsOf(state);
  const { summary } = state;
  if (problems.length > 0) {
    console.error(pc.red(`check:version: ${problems.length} problem${problems.length === 1 ? "" : "s"}`));
    for (const problem of problems) console.error(`  ${problem}`);
    if (summary?.bump) {
      // The breaking changes say why; the whole list can run to thousands of lines after a big spec change.
      const breaking = summary.changes.filter((change) => change.impact === "major");
      const shown = breaking.slice(0, MAX_SHOWN).map((change) => `  ${change.group.short}${change.where ? ` · ${change.where}` : ""}: ${change.message}`);
      const more = breaking.length > MAX_SHOWN ? [`  ... and ${breaking.length - MAX_SHOWN} more`] : [];
      console.error([`\nChanges since release ${summary.baseVersion}: ${counts(summary.changes)}${breaking.length ? "; breaking:" : "."}`, ...shown, ...more].join("\n"));
      console.error(`All of them: npm run diff:spec -- --release\n`);
    }
    console.error(`Fix: run ${pc.bold(PREPARE_COMMAND)} (add -- --bump major|minor|patch for a change the spec does not show), review, commit.`);
    process.exitCode = 1;
  } else if (!summary) {
    console.log(pc.green(`check:version: version ${state.versions.spec}; no release recorded yet (${RELEASE_FILE}), so any version may come first.`));
  } else {
    const since = summary.bump ? `covers the changes since release ${summary.baseVersion} (${counts(summary.changes)}), listed in CHANGELOG.md` : `has no API changes since release ${summary.baseVersion}`;
    console.log(pc.green(`check:version: version ${state.versions.spec} ${since}.`));
  }
} catch (error) {
  console.error(pc.red(`check:version: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 2;
}
