// A tiny checker for the ShapeSchema subset: allocation-free when the value fits, a named path when it does not.

import { RecallValidationError } from "./errors.js";
import type { ShapeSchema } from "./operation.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3339 date-time, as JSON Schema's `format: date-time` means it.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** A failure: the path below the checked value (innermost segment last) and what went wrong. */
interface Failure {
  readonly segments: string[];
  readonly problem: string;
}

/** Throws RecallValidationError naming `root` + the offending path when `value` does not fit `schema`. */
export function assertShape(schema: ShapeSchema, value: unknown, root: string): void {
  const failure = check(schema, value);
  if (failure === undefined) return;
  let path = root;
  for (let i = failure.segments.length - 1; i >= 0; i--) path += `.${failure.segments[i]}`;
  throw new RecallValidationError(path, failure.problem);
}

export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function fitsType(type: string, value: unknown): boolean {
  switch (type) {
    case "string": return typeof value === "string";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "integer": return Number.isInteger(value);
    case "boolean": return typeof value === "boolean";
    case "null": return value === null;
    case "array": return Array.isArray(value);
    case "object": return value !== null && typeof value === "object" && !Array.isArray(value);
  }
  return true;
}

function check(schema: ShapeSchema, value: unknown): Failure | undefined {
  const { type } = schema;
  if (type !== undefined) {
    const ok = typeof type === "string" ? fitsType(type, value) : type.some((t) => fitsType(t, value));
    if (!ok) return fail(`expected ${typeof type === "string" ? type : type.join(" or ")}, got ${typeName(value)}`);
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    return fail(`expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value) ?? typeName(value)}`);
  }
  if (typeof value === "string" && schema.format !== undefined) {
    if (schema.format === "uuid" && !UUID.test(value)) return fail(`expected a UUID, got ${JSON.stringify(value)}`);
    if (schema.format === "date-time" && (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value)))) {
      return fail(`expected an RFC 3339 date-time, got ${JSON.stringify(value)}`);
    }
  }
  if (Array.isArray(value)) {
    if (schema.items === undefined) return undefined;
    for (let i = 0; i < value.length; i++) {
      const inner = check(schema.items, value[i]);
      if (inner !== undefined) return within(inner, String(i));
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") return checkObject(schema, value as Record<string, unknown>);
  return undefined;
}

function checkObject(schema: ShapeSchema, value: Record<string, unknown>): Failure | undefined {
  const { properties, additionalProperties: extra } = schema;
  if (schema.required !== undefined) {
    for (const name of schema.required) if (value[name] === undefined) return within(fail("required"), name);
  }
  for (const key in value) {
    // JSON.stringify drops undefined, so an undefined property is as good as absent.
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
    const own = properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : undefined;
    const sub = own ?? (typeof extra === "object" ? extra : undefined);
    if (sub === undefined) {
      if (extra === false) return within(fail("unknown property"), key);
      continue;
    }
    const inner = check(sub, value[key]);
    if (inner !== undefined) return within(inner, key);
  }
  return undefined;
}

function fail(problem: string): Failure {
  return { segments: [], problem };
}

function within(failure: Failure, segment: string): Failure {
  failure.segments.push(segment);
  return failure;
}
