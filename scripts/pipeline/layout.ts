// Where the pipeline reads and writes, relative to a project root (tests pass a temporary copy's root).
import { join } from "node:path";
import { SPEC_ENTRY } from "../openapi/spec.js";

export { SPEC_ENTRY };
export const GENERATED_DIR = "generated";
export const REGENERATE_COMMAND = "npm run generate";

/** The first line of every generated TypeScript file: its source and the command that rewrites it. */
export const HEADER = `// Generated from ${SPEC_ENTRY}. Do not edit: run ${REGENERATE_COMMAND}.`;

export function specPath(root: string): string {
  return join(root, SPEC_ENTRY);
}

export function generatedPath(root: string): string {
  return join(root, GENERATED_DIR);
}
