// npm run diff:spec [-- <git ref>] [--markdown | --json] [--rules]: compares spec/ at a git ref (default: the merge-base
// with main, or HEAD on main) with the working tree's, and prints each change grouped by client method and
// schema, rated by what it does to this client's users, with the bump it needs and the version verdict check:version
// gives (from the last recorded release).
// `--json` prints the changes as data. `--release` compares with the last recorded release (release/openapi.json) instead of a ref.
import { resolve } from "node:path";
import { pc } from "./pipeline/colours.js";
import { diffSpecs } from "./spec-diff/diff.js";
import { markdownReport, textReport } from "./spec-diff/render-changes.js";
import { rulesTable } from "./spec-diff/rules.js";
import { releaseState, versionVerdict } from "./spec-diff/release-state.js";
import { RELEASE_FILE, defaultBaseRef, releasedSpec, specAtRef, workingTreeSpec } from "./spec-diff/sources.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const [ref, ...extra] = args.filter((arg) => !arg.startsWith("--"));
const unknown = [...flags].filter((flag) => !["--markdown", "--json", "--rules", "--release"].includes(flag));

try {
  if (unknown.length > 0 || extra.length > 0 || (ref !== undefined && flags.has("--release"))) {
    throw new Error(`usage: npm run diff:spec -- [<git ref> | --release] [--markdown | --json] [--rules]; got ${args.join(" ")}`);
  }
  if (flags.has("--rules")) {
    console.log(rulesTable());
  } else {
    const base = flags.has("--release") ? await releasedSpec(root) : await specAtRef(root, ref ?? (await defaultBaseRef(root)));
    if (!base) throw new Error(`no release is recorded yet (${RELEASE_FILE} is missing)`);
    const [summary, state] = await Promise.all([diffSpecs(base, await workingTreeSpec(root)), releaseState(root)]);
    // The version verdict is check:version's own (measured from the release), whatever the diff's base.
    const verdict = versionVerdict(state);
    if (flags.has("--json")) console.log(JSON.stringify({ ...summary, version: verdict }, null, 2));
    else console.log(flags.has("--markdown") ? markdownReport(summary, verdict) : textReport(summary, verdict));
  }
} catch (error) {
  console.error(pc.red(`diff:spec: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = 2;
}
