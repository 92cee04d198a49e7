// Shared by the spec tests: bundles spec/ with the real Redocly CLI and resolves local $refs in the result.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const redoclyBin = join(repoRoot, "node_modules", ".bin", "redocly");

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Runs the pinned Redocly CLI in `cwd`; never throws on a non-zero exit. */
export function redocly(args: readonly string[], cwd: string = repoRoot): SpawnSyncReturns<string> {
  return spawnSync(redoclyBin, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
}

let cached: JsonObject | undefined;

/** spec/openapi.yaml bundled into one document whose $refs all point inside it (`#/components/...`). */
export function bundledSpec(): JsonObject {
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), "recall-spec-bundle-"));
  try {
    const out = join(dir, "openapi.json");
    const run = redocly(["bundle", "spec/openapi.yaml", "--ext", "json", "-o", out]);
    if (run.status !== 0) throw new Error(`redocly bundle failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
    cached = JSON.parse(readFileSync(out, "utf8")) as JsonObject;
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** RFC 6901 escaping of one pointer segment. */
export const escapePointer = (segment: string): string => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** The value at a local JSON pointer such as `#/components/schemas/Recording`; throws when it is absent. */
export function atPointer(doc: Json, pointer: string): Json {
  if (!pointer.startsWith("#")) throw new Error(`not a local pointer: ${pointer}`);
  let node: Json | undefined = doc;
  for (const raw of pointer.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`dangling pointer ${pointer} at ${key}`);
  }
  return node;
}

/** Follows `$ref` chains until a node that is not a reference. */
export function deref(doc: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = atPointer(doc, current.$ref);
  }
  return current;
}
