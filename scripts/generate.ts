// npm run generate [-- --watch]: spec/ -> Redocly lint + bundle -> openapi-typescript -> ts-morph -> type-check -> generated/.
// All or nothing: generated/ is replaced only when every step succeeded.
import { resolve } from "node:path";
import pc from "picocolors";
import { REGENERATE_COMMAND, SPEC_ENTRY } from "./pipeline/layout.js";
import { writtenReport } from "./pipeline/report.js";
import { runPipeline } from "./pipeline/run-pipeline.js";
import { writeGenerated } from "./pipeline/write-generated.js";

export async function generateOnce(root: string): Promise<boolean> {
  const startedAt = performance.now();
  try {
    const files = await runPipeline(root, { typecheck: true });
    const changes = await writeGenerated(root, files);
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
  process.exitCode = (await generateOnce(root)) ? 0 : 1;
}
