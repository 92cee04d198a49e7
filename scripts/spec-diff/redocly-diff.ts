// Reads two bundled OpenAPI documents; runs `redocly diff --format json` (Redocly's experimental diff engine,
// pinned with @redocly/cli) on them in a child process with our rule ratings, and returns its JSON report.
// The CLI's JSON report (reportVersion 1) is its stable interface; its engine is not exported.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runRedocly, withoutBanner } from "../openapi/redocly.js";
import type { OpenAPIDocument } from "../openapi/json.js";
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

export async function redoclyDiff(base: OpenAPIDocument, revision: OpenAPIDocument): Promise<RedoclyReport> {
  const dir = await mkdtemp(join(tmpdir(), "recall-spec-diff-"));
  try {
    await Promise.all([
      writeFile(join(dir, "base.json"), JSON.stringify(base, null, 2)),
      writeFile(join(dir, "revision.json"), JSON.stringify(revision, null, 2)),
      // No lint rules: the diff should rate changes, and spec problems are `npm run lint:spec`'s business.
      writeFile(join(dir, "redocly.yaml"), JSON.stringify({ diff: redoclyRatings() }, null, 2)),
    ]);
    const { code, stdout, stderr } = await runRedocly(dir, ["diff", "base.json", "revision.json", "--format=json", "--fail-on=none", "--lint-config=off"], { color: false });
    const start = stdout.indexOf("{");
    if (code !== 0 || start < 0) throw new Error(`redocly diff failed (exit ${code}):\n${withoutBanner(`${stdout}\n${stderr}`)}`);
    return JSON.parse(stdout.slice(start)) as RedoclyReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
