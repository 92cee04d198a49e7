// Reads a schema of the bundled document; produces the small ShapeSchema the runtime checks input against
// (src/core/operation.ts): type, format, enum, properties, required, additionalProperties, items. readOnly
// properties are left out, so writing a server-owned field is refused as unknown where the schema is closed.
// A `$ref` to a component schema stays a reference (ShapeRef): each component's shape is emitted once, by name.
import type { ShapeSchema } from "../../src/core/operation.js";
import type { Json, OpenAPIDocument } from "../openapi/json.js";
import { resolveRef, schemaRefName } from "../openapi/pointer.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where a shape names a component schema's shape instead of repeating it; the emitters print it as a reference. */
export interface ShapeRef {
  readonly $shape: string;
}

/** A ShapeSchema whose nested shapes may be ShapeRefs. */
export type Shape = ShapeSchema | ShapeRef;

export const isShapeRef = (value: unknown): value is ShapeRef => typeof (value as ShapeRef | null)?.$shape === "string";

const CHECKED_FORMATS = new Set(["uuid", "date-time"]);
/** Inline nesting deeper than this is not checked client-side (the server still judges it). */
const MAX_INLINE_DEPTH = 16;

/** The shape of `node`: a reference when it is a `$ref` to a component schema, else the schema inline. */
export function toShape(document: OpenAPIDocument, node: unknown, depth = 0): Shape {
  const name = schemaRefName(node);
  if (name !== undefined) return { $shape: name };
  return inlineShape(document, resolveRef(document, node), depth);
}

/** The shape of a component schema itself, for its one named declaration. */
export function componentShape(document: OpenAPIDocument, name: string): Shape {
  const schema = ((document.components as Json | undefined)?.schemas as Json | undefined)?.[name];
  if (schema === undefined) throw new Error(`dangling $ref #/components/schemas/${name}`);
  return toShape(document, schema);
}

function inlineShape(document: OpenAPIDocument, schema: Json, depth: number): Shape {
  if (depth > MAX_INLINE_DEPTH) return {};
  const variants = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(variants)) return nullableVariant(document, variants, depth);
  const shape: Mutable<ShapeSchema> = {};
  if (typeof schema.type === "string" || Array.isArray(schema.type)) shape.type = schema.type as ShapeSchema["type"];
  if (typeof schema.format === "string" && CHECKED_FORMATS.has(schema.format)) shape.format = schema.format;
  if (Array.isArray(schema.enum)) shape.enum = schema.enum;
  if (schema.properties && typeof schema.properties === "object") {
    const properties: Record<string, Shape> = {};
    for (const [name, property] of Object.entries(schema.properties as Json)) {
      if (resolveRef(document, property).readOnly === true) continue;
      properties[name] = toShape(document, property, depth + 1);
    }
    shape.properties = properties as Record<string, ShapeSchema>;
    const required = ((schema.required as string[] | undefined) ?? []).filter((name) => name in properties);
    if (required.length > 0) shape.required = required;
  }
  if (schema.additionalProperties === false) shape.additionalProperties = false;
  else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    shape.additionalProperties = toShape(document, schema.additionalProperties, depth + 1) as ShapeSchema;
  }
  if (schema.items) shape.items = toShape(document, schema.items, depth + 1) as ShapeSchema;
  return shape;
}

/** `oneOf: [X, {type: "null"}]` is X or null; any other union is not checked here (the server will judge it). */
function nullableVariant(document: OpenAPIDocument, variants: unknown[], depth: number): Shape {
  const resolved = variants.map((variant) => resolveRef(document, variant));
  const others = resolved.filter((variant) => variant.type !== "null");
  const only = others[0];
  if (others.length !== 1 || only === undefined || resolved.length - others.length > 1) return {};
  // Inline, not a reference: `null` joins the variant's own type.
  const inner = inlineShape(document, only, depth + 1) as ShapeSchema;
  if (resolved.length === 1 || inner.type === undefined) return inner;
  const types = Array.isArray(inner.type) ? inner.type : [inner.type];
  return { ...inner, type: [...types, "null"] };
}

/** Every component schema `roots` reference, directly or through other components, sorted by name. */
export function referencedShapes(document: OpenAPIDocument, roots: readonly unknown[]): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  const visit = (node: unknown): void => {
    if (isShapeRef(node)) {
      if (shapes.has(node.$shape)) return;
      const shape = componentShape(document, node.$shape);
      shapes.set(node.$shape, shape);
      return visit(shape);
    }
    if (node === null || typeof node !== "object") return;
    Object.values(node).forEach(visit);
  };
  roots.forEach(visit);
  return new Map([...shapes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
