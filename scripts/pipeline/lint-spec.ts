// Reads spec/ and redocly.yaml; runs the Redocly CLI linter (recommended-strict) in a child process,
// so it overlaps with the in-process generation on a second core.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { SPEC_ENTRY } from "./layout.js";
import { pc } from "./report.js";

export interface LintResult {
  readonly ok: boolean;
  /** Redocly's own report: each problem with file, line and rule. */
  readonly output: string;
}

const cliPath = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

export function lintSpec(root: string): Promise<LintResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, "lint", SPEC_ENTRY, "--format=stylish"], {
      cwd: root,
      // Its report is embedded in ours, so it follows our colour decision (an empty NO_COLOR still means "no colour").
      env: { ...process.env, ...(pc.isColorSupported ? { FORCE_COLOR: "1" } : { NO_COLOR: "1" }), REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ ok: code === 0, output: withoutBanner(output) }));
  });
}

/** Drops Redocly's boxed Node-version deprecation notice, which says nothing about the spec. */
export function withoutBanner(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^\s*[╔╗╚╝║]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
