// The one way any tool here runs Redocly: its CLI (one major, the project's redocly.yaml) in a child process, so
// lint and bundle overlap with in-process work on another core. No tool imports Redocly's library.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

export interface RedoclyRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RedoclyOptions {
  /** Colour for a report a person reads inside ours; off (the default) for output a program reads. */
  readonly color?: boolean;
}

const cliPath = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

function environment(color: boolean): NodeJS.ProcessEnv {
  // An empty NO_COLOR still means "no colour", so both variables are set either way.
  const colour = color ? { FORCE_COLOR: "1" } : { NO_COLOR: "1", FORCE_COLOR: "0" };
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...rest } = process.env;
  return { ...rest, ...colour, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
}

export function runRedocly(root: string, args: readonly string[], { color = false }: RedoclyOptions = {}): Promise<RedoclyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env: environment(color), stdio: ["ignore", "pipe", "pipe"] });
    const stdout: string[] = [];
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => stdout.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: stdout.join(""), stderr }));
  });
}

/** The same, blocking: for test set-up that must have the document before the first test is declared. */
export function runRedoclySync(root: string, args: readonly string[], { color = false }: RedoclyOptions = {}): RedoclyRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd: root, env: environment(color), encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
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
