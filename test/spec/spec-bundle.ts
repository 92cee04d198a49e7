// Shared by the spec tests: the project's spec bundled by the document layer (the pipeline's own reader), and its
// pointer helpers typed for test data.
import { fileURLToPath } from "node:url";
import { bundleDocumentSync } from "../../scripts/openapi/bundle.js";
import { atPointer as valueAtPointer, escapeSegment, resolveRef } from "../../scripts/openapi/pointer.js";
import { type RedoclyRun, runRedoclySync } from "../../scripts/openapi/redocly.js";
import { SPEC_ENTRY } from "../../scripts/openapi/spec.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Runs the pinned Redocly CLI in `cwd` through the document layer's runner; never throws on a non-zero exit. */
export function redocly(args: readonly string[], cwd: string = repoRoot): RedoclyRun & { status: number | null } {
  const run = runRedoclySync(cwd, args);
  return { ...run, status: run.code };
}

let cached: JsonObject | undefined;

/** spec/openapi.yaml bundled into one document whose $refs all point inside it (`#/components/...`). */
export function bundledSpec(): JsonObject {
  cached ??= bundleDocumentSync(repoRoot, SPEC_ENTRY) as JsonObject;
  return cached;
}

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** RFC 6901 escaping of one pointer segment. */
export const escapePointer = escapeSegment;

/** The value at a local JSON pointer such as `#/components/schemas/Recording`; throws when it is absent. */
export function atPointer(doc: Json, pointer: string): Json {
  return valueAtPointer(doc, pointer) as Json;
}

/** Follows `$ref` chains until a node that is not a reference. */
export function deref(doc: Json, node: Json): Json {
  return resolveRef(doc, node) as unknown as Json;
}
