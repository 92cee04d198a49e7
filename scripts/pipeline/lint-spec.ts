// Reads spec/ and redocly.yaml; runs the Redocly CLI linter (recommended-strict) alongside the in-process steps.
import { SPEC_ENTRY } from "./layout.js";
import { runRedocly, withoutBanner } from "./redocly.js";

export interface LintResult {
  readonly ok: boolean;
  /** Redocly's own report: each problem with file, line and rule. */
  readonly output: string;
}

export async function lintSpec(root: string): Promise<LintResult> {
  const { code, stdout, stderr } = await runRedocly(root, ["lint", SPEC_ENTRY, "--format=stylish"]);
  return { ok: code === 0, output: withoutBanner(stdout + stderr) };
}
