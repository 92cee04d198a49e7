// Reads schemas of the bundled document; produces copies whose objects admit no property the spec does not name.
// Recall's objects stay open in the spec (Recall adds fields; a client must accept them); the closed copy exists only
// so the runtime can name such a field "new in the API". An `allOf` of object schemas is merged into one object
// first, since `additionalProperties: false` on each member would refuse the other members' properties.
// (`unevaluatedProperties: false` handles allOf by itself, but Ajv then tracks evaluated properties at run time:
// the code doubled in size and the check slowed down.)

import type { Json } from "../../openapi/json.js";
import { schemaRefName } from "../../openapi/pointer.js";

// What an allOf member may hold and still be merged: the keywords of a plain object schema, and annotations.
const MERGEABLE = new Set(["type", "properties", "required", "description", "title"]);

/** Closed copies of `schemas` (by name); the input is not changed. */
export function closeObjects(schemas: Readonly<Record<string, unknown>>, components: Readonly<Record<string, unknown>> = schemas): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, close(schema, components)]));
}

function close(node: unknown, components: Readonly<Record<string, unknown>>): unknown {
  if (Array.isArray(node)) return node.map((item) => close(item, components));
  if (node === null || typeof node !== "object") return node;
  const merged = mergeAllOf(node as Json, components);
  // Merged only where two or more parts bring properties: `allOf: [{$ref: A}]` (a $ref with siblings, as
  // drf-spectacular writes every property) stays a reference to A's closed copy, which refuses the same properties;
  // merged, A's properties would be copied into every user (a 100 KB provider union into each closed artifact).
  const schema = merged !== node && propertySources(node as Json, components) > 1 ? merged : (node as Json);
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "const" || key === "enum" || key === "example" || key === "examples" || key === "default") out[key] = value;
    else if (key === "properties" && value !== null && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, close(sub, components)]));
    } else out[key] = close(value, components);
  }
  if ("properties" in schema && !("additionalProperties" in schema) && !("allOf" in schema)) out.additionalProperties = false;
  return out;
}

/** `allOf: [{$ref: A}, {properties}]` becomes one object with A's and the member's properties; anything else stays. */
function mergeAllOf(schema: Json, components: Readonly<Record<string, unknown>>): Json {
  const { allOf, ...rest } = schema;
  if (!Array.isArray(allOf)) return schema;
  const members = allOf.map((member) => resolve(member, components));
  if (!members.every((member) => member !== undefined && Object.keys(member).every((key) => MERGEABLE.has(key)))) return schema;
  const merged: Json = { ...rest, type: "object", properties: { ...(rest.properties as Json | undefined) }, required: [...((rest.required as string[] | undefined) ?? [])] };
  for (const member of members as Json[]) {
    Object.assign(merged.properties as Json, member.properties);
    (merged.required as string[]).push(...((member.required as string[] | undefined) ?? []));
  }
  merged.required = [...new Set(merged.required as string[])];
  return merged;
}

/** How many of an allOf schema's own properties and its members' bring properties. */
function propertySources(schema: Json, components: Readonly<Record<string, unknown>>): number {
  const members = (schema.allOf as unknown[]).map((member) => resolve(member, components));
  return (schema.properties !== undefined ? 1 : 0) + members.filter((member) => member?.properties !== undefined).length;
}

/** A member as one plain object (its own `allOf` merged first, so a shortcut built on MediaObject merges too), or undefined. */
function resolve(member: unknown, components: Readonly<Record<string, unknown>>): Json | undefined {
  const ref = (member as Json | null)?.$ref;
  const name = schemaRefName(member);
  // A $ref member with siblings (or pointing outside components) is left to allOf.
  if (typeof ref === "string" && (Object.keys(member as Json).length > 1 || name === undefined)) return undefined;
  const target = name !== undefined ? components[name] : member;
  if (target === null || typeof target !== "object" || Array.isArray(target)) return undefined;
  const flat = mergeAllOf(target as Json, components);
  return "allOf" in flat ? undefined : flat;
}
