// npm run generate [-- --watch]: spec/ -> Redocly lint + bundle -> openapi-typescript -> ts-morph -> type-check -> generated/.
// All or nothing: generated/ is replaced only when every step succeeded.
import { resolve } from "node:path";
import { REGENERATE_COMMAND, SPEC_ENTRY } from "./pipeline/layout.js";
import type { OpenAPIDocument } from "./openapi/json.js";
import { startSpecBundle } from "./openapi/spec.js";
import { type LintResult, lintSpec } from "./pipeline/lint-spec.js";
import { pc } from "./pipeline/colours.js";
import { writtenReport } from "./pipeline/run-summary.js";

async function generateOnce(root: string, lint?: Promise<LintResult>, bundle?: Promise<OpenAPIDocument>): Promise<boolean> {
  const startedAt = performance.now();
  try {
    const [{ assertTypechecks, runPipeline }, { writeGenerated }] = await Promise.all([
      import("./pipeline/run-pipeline.js"),
      import("./pipeline/write-generated.js"),
    ]);
    const files = await runPipeline(root, { lint, bundle });
    const changes = await writeGenerated(root, files, () => assertTypechecks(root, files));
    console.log(`${REGENERATE_COMMAND}: ${SPEC_ENTRY} -> generated/\n${writtenReport(changes, startedAt)}`);
    return true;
  } catch (error) {
    const step = (error as { step?: string }).step;
    console.error(pc.red(`${REGENERATE_COMMAND} failed${step ? ` at ${step}` : ""}; generated/ is left as it was.`));
    console.error(error instanceof Error ? error.message : String(error));
    return false;
  }
}

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
if (process.argv.includes("--watch")) {
  const { watchSpec } = await import("./pipeline/watch.js");
  watchSpec(root, () => generateOnce(root));
} else {
  // The Redocly CLI starts first and lints and bundles while the generators load (about 2 s of start-up).
  process.exitCode = (await generateOnce(root, lintSpec(root), startSpecBundle(root))) ? 0 : 1;
}
