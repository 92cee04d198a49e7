// npm run check:generated: regenerates in memory, never writes, and exits 1 when generated/ differs from
// what the spec yields (stale, missing or extra files), naming each file with a short diff and the fix.
// Locally, inputs identical to those of an earlier clean full check are answered from a content-keyed cache
// (pipeline/check-cache.ts); with CI set, or `--no-cache`, the full check always runs.
import { resolve } from "node:path";
import { cacheUsable, inputsKey, isKnownClean, recordClean } from "./pipeline/check-cache.js";
import { GENERATED_DIR, REGENERATE_COMMAND } from "./pipeline/layout.js";
import { startSpecBundle } from "./openapi/spec.js";
import { lintSpec } from "./pipeline/lint-spec.js";
import { driftReport, seconds } from "./pipeline/run-summary.js";
import { pc } from "./pipeline/colours.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const startedAt = performance.now();
const key = cacheUsable() && !process.argv.includes("--no-cache") ? await inputsKey(root) : undefined;
if (key !== undefined && (await isKnownClean(root, key))) {
  console.log(`check:generated: ${pc.green(`${GENERATED_DIR}/ matches the spec: every input is as at a full check that passed (cached; --no-cache checks again) in ${seconds(startedAt)}`)}`);
} else {
  // The Redocly CLI starts first and lints and bundles while the generators load (about 2 s of start-up).
  const lint = lintSpec(root);
  const bundle = startSpecBundle(root);
  try {
    const { checkGenerated } = await import("./pipeline/check.js");
    const changes = await checkGenerated(root, lint, bundle);
    const drifted = changes.some((change) => change.kind !== "unchanged");
    (drifted ? console.error : console.log)(`check:generated: ${driftReport(changes, startedAt, REGENERATE_COMMAND)}`);
    if (!drifted && key !== undefined) await recordClean(root, key);
    process.exitCode = drifted ? 1 : 0;
  } catch (error) {
    const step = (error as { step?: string }).step;
    console.error(pc.red(`check:generated could not regenerate${step ? ` (failed at ${step})` : ""}:`));
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
