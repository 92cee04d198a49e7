// One schema reduced to what spec:compare compares, the same way for OpenAPI 3.0 (`nullable: true`) and 3.1
// (`type: [..., "null"]`): its types, whether it is nullable, its enum values, properties and required
// names, array items and map values. drf-spectacular's `allOf: [$ref]` wrappers and our
// `oneOf: [$ref, {type: "null"}]` reduce to the same shape.
import type { OpenAPIDocument } from "../openapi/json.js";
import { isObject } from "../openapi/json.js";
import { schemaRefName, valueAt } from "../openapi/pointer.js";

export interface Shape {
  /** Component schema name when the schema is a $ref to one (the name reports use). */
  readonly name: string | undefined;
  readonly types: ReadonlySet<string>;
  readonly nullable: boolean;
  /** JSON-encoded enum values (null excluded), or undefined when any value is allowed. */
  readonly enum: ReadonlySet<string> | undefined;
  readonly properties: ReadonlyMap<string, unknown>;
  readonly required: ReadonlySet<string>;
  readonly items: unknown;
  readonly values: unknown;
}

const EMPTY: Shape = { name: undefined, types: new Set(), nullable: false, enum: undefined, properties: new Map(), required: new Set(), items: undefined, values: undefined };

const isNullSchema = (node: unknown): boolean =>
  isObject(node) && (node.type === "null" || (Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null));

export function shapeOf(document: OpenAPIDocument, node: unknown, depth = 0): Shape {
  if (!isObject(node) || depth > 20) return EMPTY;
  if (typeof node.$ref === "string") {
    const target = shapeOf(document, valueAt(document, node.$ref), depth + 1);
    const name = schemaRefName(node);
    // 3.1 allows siblings of $ref (e.g. `nullable` spelled as a sibling type); merge them over the target.
    const { $ref: _ref, ...siblings } = node;
    return merge({ ...target, name: name ?? target.name }, own(document, siblings, depth));
  }
  return own(document, node, depth);
}

function own(document: OpenAPIDocument, node: Record<string, unknown>, depth: number): Shape {
  const types = new Set<string>();
  let nullable = node.nullable === true;
  for (const type of Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type]) {
    if (type === "null") nullable = true;
    else types.add(String(type));
  }
  let enumValues: Set<string> | undefined;
  const values = Array.isArray(node.enum) ? node.enum : "const" in node ? [node.const] : undefined;
  if (values) {
    if (values.includes(null)) nullable = true;
    enumValues = new Set(values.filter((value) => value !== null).map((value) => JSON.stringify(value)));
    if (enumValues.size === 0) enumValues = undefined;
  }
  const properties = new Map(Object.entries(isObject(node.properties) ? node.properties : {}));
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  let shape: Shape = {
    name: undefined,
    types,
    nullable,
    enum: enumValues,
    properties,
    required,
    items: node.items,
    values: isObject(node.additionalProperties) ? node.additionalProperties : undefined,
  };
  if (Array.isArray(node.allOf)) for (const part of node.allOf) shape = merge(shape, shapeOf(document, part, depth + 1));
  for (const key of ["oneOf", "anyOf"] as const) {
    const variants = node[key];
    if (!Array.isArray(variants)) continue;
    const real = variants.filter((variant) => !isNullSchema(variant));
    if (real.length < variants.length) shape = { ...shape, nullable: true };
    const shapes = real.map((variant) => shapeOf(document, variant, depth + 1));
    // One real variant is "that, or null"; several are compared as their union.
    shape = merge(shape, shapes.length === 1 ? (shapes[0] ?? EMPTY) : union(shapes));
  }
  return shape;
}

function merge(a: Shape, b: Shape): Shape {
  return {
    name: a.name ?? b.name,
    types: new Set([...a.types, ...b.types]),
    nullable: a.nullable || b.nullable,
    enum: a.enum && b.enum ? new Set([...a.enum].filter((value) => b.enum?.has(value))) : (a.enum ?? b.enum),
    properties: new Map([...a.properties, ...b.properties]),
    required: new Set([...a.required, ...b.required]),
    items: a.items ?? b.items,
    values: a.values ?? b.values,
  };
}

function union(shapes: readonly Shape[]): Shape {
  const all = shapes.reduce(merge, EMPTY);
  const required = new Set([...all.required].filter((name) => shapes.every((shape) => shape.required.has(name))));
  const enumValues = shapes.every((shape) => shape.enum) ? new Set(shapes.flatMap((shape) => [...(shape.enum ?? [])])) : undefined;
  return { ...all, name: undefined, required, enum: enumValues };
}
