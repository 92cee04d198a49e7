// The one way the pipeline runs Redocly: its CLI (one major, one redocly.yaml for lint and bundle) in a child
// process, so it overlaps with in-process work on a second core.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { pc } from "./report.js";

export interface RedoclyRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const cliPath = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

/** `color: false` for output a program reads (JSON), not a person. */
export function runRedocly(root: string, args: readonly string[], { color = pc.isColorSupported }: { color?: boolean } = {}): Promise<RedoclyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: root,
      // Its report is embedded in ours, so it follows our colour decision (an empty NO_COLOR still means "no colour").
      env: { ...process.env, ...(color ? { FORCE_COLOR: "1" } : { NO_COLOR: "1", FORCE_COLOR: "0" }), REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
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
