// The document as plain JSON: the types and guards every reader of it shares.

export type Json = Record<string, unknown>;
/** A bundled document: every `$ref` local, keys sorted, OpenAPI 3.1 (see upgrade.ts). */
export type OpenAPIDocument = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}
