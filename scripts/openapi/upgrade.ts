// Reads a parsed OpenAPI 3.0 or 3.1 document; produces it as OpenAPI 3.1, whose Schema Object is JSON Schema
// 2020-12, so every emitter (openapi-typescript, the shapes, Ajv's validators) reads one dialect. A 3.1 document is
// returned as it is. What changes (OpenAPI 3.1.0 release notes, "Schema Object"):
//   nullable: true beside type           -> type: [type, "null"] (and null joins an enum)
//   nullable: true without type          -> anyOf: [the schema, { type: "null" }] (beside $ref, allOf, oneOf, ...)
//   exclusiveMinimum/Maximum: true|false -> the bound as a number, or nothing
// `example` stays: 3.1 keeps it as a deprecated annotation.
import { type Json, isObject } from "./json.js";

/** Keywords whose value maps names to schemas. */
const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
/** Keywords whose value is one schema. */
const SCHEMA_VALUES = ["additionalProperties", "items", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema"];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
/** Keywords that describe a schema without constraining it: they stay on the outside when nullable wraps it. */
const ANNOTATIONS = new Set(["title", "description", "default", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "$comment"]);

export function upgradeToOpenAPI31(document: Json): Json {
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.0.")) return document;
  const upgraded = upgradeStructure(document) as Json;
  return { ...upgraded, openapi: "3.1.0" };
}

/** The document's own objects (not schemas): every `schema` member and `components.schemas` hold schemas. */
function upgradeStructure(node: unknown, key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => upgradeStructure(item));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [name, value] of Object.entries(node)) {
    // Examples and extensions are data, whatever their keys look like.
    if (name === "example" || name === "examples" || name.startsWith("x-")) out[name] = value;
    else if (name === "schema") out[name] = upgradeSchema(value);
    else if (key === "components" && name === "schemas" && isObject(value)) out[name] = mapValues(value, upgradeSchema);
    else out[name] = upgradeStructure(value, name);
  }
  return out;
}

export function upgradeSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const out: Json = { ...schema };
  for (const key of SCHEMA_MAPS) if (isObject(out[key])) out[key] = mapValues(out[key], upgradeSchema);
  for (const key of SCHEMA_VALUES) if (isObject(out[key])) out[key] = upgradeSchema(out[key]);
  for (const key of SCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(upgradeSchema);
  upgradeExclusive(out, "exclusiveMinimum", "minimum");
  upgradeExclusive(out, "exclusiveMaximum", "maximum");
  return upgradeNullable(out);
}

function upgradeExclusive(schema: Json, exclusive: string, bound: string): void {
  if (typeof schema[exclusive] !== "boolean") return;
  if (schema[exclusive] === true && typeof schema[bound] === "number") {
    schema[exclusive] = schema[bound];
    delete schema[bound];
  } else delete schema[exclusive];
}

function upgradeNullable(schema: Json): Json {
  if (!("nullable" in schema)) return schema;
  const { nullable, ...rest } = schema;
  if (nullable !== true) return rest;
  if (typeof rest.type === "string" || Array.isArray(rest.type)) {
    const types = Array.isArray(rest.type) ? rest.type : [rest.type];
    const withNull: Json = { ...rest, type: types.includes("null") ? types : [...types, "null"] };
    if (Array.isArray(rest.enum) && !rest.enum.includes(null)) withNull.enum = [...rest.enum, null];
    return withNull;
  }
  const annotations: Json = {};
  const constraints: Json = {};
  for (const [key, value] of Object.entries(rest)) (ANNOTATIONS.has(key) || key.startsWith("x-") ? annotations : constraints)[key] = value;
  // `{ nullable: true }` alone already admits null (and anything else).
  if (Object.keys(constraints).length === 0) return rest;
  return { ...annotations, anyOf: [constraints, { type: "null" }] };
}

function mapValues(map: Json, transform: (value: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, transform(value)]));
}
