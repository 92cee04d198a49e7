// Reads spec/ and generated/; produces one FileChange per file, regenerating in memory and writing nothing.
import type { OpenAPIDocument } from "../openapi/json.js";
import { compareFiles, type FileChange } from "./file-changes.js";
import type { LintResult } from "./lint-spec.js";
import { generatedPath } from "./layout.js";
import { readGenerated } from "./read-generated.js";
import { runPipeline } from "./run-pipeline.js";

export async function checkGenerated(root: string, lint?: Promise<LintResult>, bundle?: Promise<OpenAPIDocument>): Promise<FileChange[]> {
  const [wanted, actual] = await Promise.all([runPipeline(root, { lint, bundle }), readGenerated(generatedPath(root))]);
  return compareFiles(wanted, actual);
}
