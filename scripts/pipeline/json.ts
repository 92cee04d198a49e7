// The bundled document as plain JSON, and the one `$ref` resolver every reader of it uses.
import type { OpenAPIDocument } from "./bundle-spec.js";

export type Json = Record<string, unknown>;

export const SCHEMA_REF = "#/components/schemas/";

/** Follows local `$ref`s (the document is bundled: no other kind is left) to the node they point at. */
export function resolveRef(document: OpenAPIDocument, node: unknown): Json {
  let current = node as Json;
  for (let hops = 0; typeof current?.$ref === "string"; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${String(current.$ref)}`);
    const ref = current.$ref as string;
    if (!ref.startsWith("#/")) throw new Error(`unbundled $ref ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document) as Json;
    if (current === undefined) throw new Error(`dangling $ref ${ref}`);
  }
  return current;
}

/** `Recording` for `{ $ref: "#/components/schemas/Recording" }`; undefined for anything else. */
export function schemaRefName(node: unknown): string | undefined {
  const ref = (node as Json | null | undefined)?.$ref;
  return typeof ref === "string" && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length).replace(/~1/g, "/").replace(/~0/g, "~") : undefined;
}
