// Reads two bundled OpenAPI documents; runs `redocly diff --format json` (Redocly's experimental diff engine,
// pinned with @redocly/cli) on them in a child process with our rule ratings, and returns its JSON report.
// The CLI's JSON report (reportVersion 1) is its stable interface; its engine is not exported.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withoutBanner } from "../pipeline/redocly.js";
import type { OpenAPIDocument } from "../pipeline/bundle-spec.js";
import { type Impact, redoclyRatings } from "./rules.js";

export interface RedoclyVerdict {
  readonly ruleId: string;
  readonly impact: Impact;
  readonly message: string;
}

export interface RedoclySide {
  readonly pointer: string;
  readonly value?: unknown;
}

/** One change as Redocly reports it: where in the revision (or base) tree, what kind, and the rules it tripped. */
export interface RedoclyChange {
  readonly path: string;
  readonly typeName: string;
  readonly kind: "added" | "removed" | "modified";
  readonly impact: Impact;
  readonly verdicts: readonly RedoclyVerdict[];
  readonly property?: string;
  readonly base?: RedoclySide;
  readonly revision?: RedoclySide;
}

export interface RedoclyReport {
  readonly changes: readonly RedoclyChange[];
}

const cliPath = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

export async function redoclyDiff(base: OpenAPIDocument, revision: OpenAPIDocument): Promise<RedoclyReport> {
  const dir = await mkdtemp(join(tmpdir(), "recall-spec-diff-"));
  try {
    await Promise.all([
      writeFile(join(dir, "base.json"), JSON.stringify(base, null, 2)),
      writeFile(join(dir, "revision.json"), JSON.stringify(revision, null, 2)),
      // No lint rules: the diff should rate changes, and spec problems are `npm run lint:spec`'s business.
      writeFile(join(dir, "redocly.yaml"), JSON.stringify({ diff: redoclyRatings() }, null, 2)),
    ]);
    const { code, stdout, stderr } = await runCli(dir, ["diff", "base.json", "revision.json", "--format=json", "--fail-on=none", "--lint-config=off"]);
    const start = stdout.indexOf("{");
    if (code !== 0 || start < 0) throw new Error(`redocly diff failed (exit ${code}):\n${withoutBanner(`${stdout}\n${stderr}`)}`);
    return JSON.parse(stdout.slice(start)) as RedoclyReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runCli(cwd: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}
