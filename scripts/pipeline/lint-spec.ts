// Reads spec/ and redocly.yaml; runs the Redocly CLI linter (the rules redocly.yaml names) alongside the in-process steps.
import { runRedocly, withoutBanner } from "../openapi/redocly.js";
import { pc } from "./colours.js";
import { SPEC_ENTRY } from "./layout.js";

export interface LintResult {
  readonly ok: boolean;
  /** Redocly's own report: each problem with file, line and rule. */
  readonly output: string;
}

export async function lintSpec(root: string): Promise<LintResult> {
  const { code, stdout, stderr } = await runRedocly(root, ["lint", SPEC_ENTRY, "--format=stylish"], { color: pc.isColorSupported });
  return { ok: code === 0, output: withoutBanner(stdout + stderr) };
}
