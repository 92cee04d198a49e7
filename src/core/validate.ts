// A tiny checker for the ShapeSchema subset: allocation-free when the value fits, a named path when it does not.

import { RecallValidationError } from "./errors.js";
import { FORMATS } from "./formats.js";
import type { ShapeSchema } from "./operation.js";

/** Throws RecallValidationError naming `root` + the offending path when `value` does not fit `schema`. */
export function assertShape(schema: ShapeSchema, value: unknown, root: string): void {
  check(schema, value, [root]);
}

/** The JSON type a value has (`NaN` and `Infinity` named as such, since JSON has no place for them). */
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : typeof value;
}

const fits = (type: string, value: unknown): boolean => (type === "integer" ? Number.isInteger(value) : typeName(value) === type);

// `at` is the path so far, pushed and popped on the way down: nothing is built unless a check fails.
function check(schema: ShapeSchema, value: unknown, at: string[]): void {
  const { type, format } = schema;
  if (type !== undefined && !(typeof type === "string" ? fits(type, value) : type.some((t) => fits(t, value)))) {
    fail(at, `expected ${[type].flat().join(" or ")}, got ${typeName(value)}`);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    fail(at, `expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value) ?? typeName(value)}`);
  }
  if (typeof value === "string") {
    // The same patterns as the response validators: what one accepts, the other does.
    if (format === "uuid" ? !FORMATS.uuid.test(value) : format === "date-time" && !FORMATS["date-time"].test(value)) {
      fail(at, `expected ${format === "uuid" ? "a UUID" : "an RFC 3339 date-time"}, got ${JSON.stringify(value)}`);
    }
  } else if (value !== null && typeof value === "object") {
    const { properties, additionalProperties: extra } = schema;
    const array = Array.isArray(value);
    const object = value as Record<string, unknown>;
    if (!array) for (const name of schema.required ?? []) if (object[name] === undefined) fail([...at, name], "required");
    for (const key in object) {
      // JSON.stringify drops an undefined property, so it is as good as absent (an array item becomes null: checked).
      if (!Object.hasOwn(object, key) || (!array && object[key] === undefined)) continue;
      const sub = array ? schema.items : (properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : undefined) ?? (typeof extra === "object" ? extra : undefined);
      at.push(key);
      if (sub !== undefined) check(sub, object[key], at);
      else if (extra === false && !array) fail(at, "unknown property");
      at.pop();
    }
  }
}

function fail(at: string[], problem: string): never {
  throw new RecallValidationError(at.join("."), problem);
}
