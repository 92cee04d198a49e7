// Reads a schema of the bundled document; produces the small ShapeSchema the runtime checks input against
// (src/core/operation.ts): type, format, enum, properties, required, additionalProperties, items. readOnly
// properties are left out, so writing a server-owned field is refused as unknown where the schema is closed.
import type { ShapeSchema } from "../../src/core/operation.js";
import type { OpenAPIDocument } from "./bundle-spec.js";
import { type Json, resolveRef } from "./json.js";
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CHECKED_FORMATS = new Set(["uuid", "date-time"]);

export function toShape(document: OpenAPIDocument, node: unknown, depth = 0): ShapeSchema {
  if (depth > 16) return {};
  const schema = resolveRef(document, node);
  const variants = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(variants)) return nullableVariant(document, variants, depth);
  const shape: Mutable<ShapeSchema> = {};
  if (typeof schema.type === "string" || Array.isArray(schema.type)) shape.type = schema.type as ShapeSchema["type"];
  if (typeof schema.format === "string" && CHECKED_FORMATS.has(schema.format)) shape.format = schema.format;
  if (Array.isArray(schema.enum)) shape.enum = schema.enum;
  if (schema.properties && typeof schema.properties === "object") {
    const properties: Record<string, ShapeSchema> = {};
    for (const [name, property] of Object.entries(schema.properties as Json)) {
      if (resolveRef(document, property).readOnly === true) continue;
      properties[name] = toShape(document, property, depth + 1);
    }
    shape.properties = properties;
    const required = ((schema.required as string[] | undefined) ?? []).filter((name) => name in properties);
    if (required.length > 0) shape.required = required;
  }
  if (schema.additionalProperties === false) shape.additionalProperties = false;
  else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    shape.additionalProperties = toShape(document, schema.additionalProperties, depth + 1);
  }
  if (schema.items) shape.items = toShape(document, schema.items, depth + 1);
  return shape;
}

/** `oneOf: [X, {type: "null"}]` is X or null; any other union is not checked here (the server will judge it). */
function nullableVariant(document: OpenAPIDocument, variants: unknown[], depth: number): ShapeSchema {
  const resolved = variants.map((variant) => resolveRef(document, variant));
  const others = resolved.filter((variant) => variant.type !== "null");
  const only = others[0];
  if (others.length !== 1 || only === undefined || resolved.length - others.length > 1) return {};
  const inner = toShape(document, only, depth + 1);
  if (resolved.length === 1 || inner.type === undefined) return inner;
  const types = Array.isArray(inner.type) ? inner.type : [inner.type];
  return { ...inner, type: [...types, "null"] };
}
