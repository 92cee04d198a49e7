// JSON pointers (RFC 6901) into a bundled document, and `$ref` resolution: the one place either is spelled out.
// A bundled document has only local references (`#/...`); anything else is a bundling bug and fails loudly.
import { type Json, type OpenAPIDocument, isObject } from "./json.js";

export const SCHEMA_REF = "#/components/schemas/";

export const escapeSegment = (segment: string): string => segment.replaceAll("~", "~0").replaceAll("/", "~1");
export const unescapeSegment = (segment: string): string => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/** `#/paths/~1api~1v1~1recording~1/get` from `["paths", "/api/v1/recording/", "get"]`. */
export function pointerOf(...segments: readonly (string | number)[]): string {
  return `#${segments.map((segment) => `/${escapeSegment(String(segment))}`).join("")}`;
}

/** The segments of `#/a/b~1c` (the leading `#` and `/` optional; URI-encoded characters decoded). */
export function splitPointer(pointer: string): string[] {
  return pointer
    .replace(/^#?\/?/, "")
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => unescapeSegment(decodeSegment(segment)));
}

/** The value at a local pointer; throws, naming the pointer, when any segment is absent. */
export function atPointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#")) throw new Error(`not a local $ref: ${pointer}`);
  let node: unknown = document;
  for (const key of splitPointer(pointer)) {
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`dangling $ref ${pointer} (no "${key}")`);
  }
  return node;
}

/**
 * The value at a pointer like Redocly's change paths, where a `$ref` segment means "follow the reference";
 * undefined where the document has nothing.
 */
export function valueAt(document: OpenAPIDocument, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of splitPointer(pointer)) {
    if (segment === "$ref" && isObject(node) && typeof node.$ref === "string") node = valueAt(document, node.$ref);
    else node = isObject(node) || Array.isArray(node) ? (node as Json)[segment] : undefined;
  }
  return isObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#") ? valueAt(document, node.$ref) : node;
}

/** Follows `$ref`s to the node they point at (a node that is no reference is returned as it is). */
export function resolveRef(document: unknown, node: unknown): Json {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = atPointer(document, current.$ref);
  }
  return current as Json;
}

/** `Recording` for `{ $ref: "#/components/schemas/Recording" }`; undefined for anything else. */
export function schemaRefName(node: unknown): string | undefined {
  const ref = isObject(node) ? node.$ref : undefined;
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF) ? unescapeSegment(ref.slice(SCHEMA_REF.length)) : undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a literal `%` in a name
  }
}
