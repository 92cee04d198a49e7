// Response-validation cases derived from the bundled spec, not listed by hand: every operation with a JSON success
// body, its success examples, and the places in its richest example that the (b) null, (c) missing and (d) new-value
// cases break, found by walking the resolved response schema alongside the example.

import type { ResponseIssue } from "../../src/index.js";
import { bundledSpec, deref, isObject, type Json, type JsonObject } from "../spec/spec-bundle.js";

/** One property of the example: its key path into the body, the path as the client reports it, and its schema. */
export interface Place {
  readonly keys: readonly (string | number)[];
  readonly display: string;
  readonly value: Json;
  readonly required: boolean;
  readonly nullable: boolean;
  /** Merged from an `allOf`: where Ajv checks each member's keywords (its `type` too) on its own. */
  readonly composed: boolean;
  readonly schema: JsonObject;
}

export interface OperationCase {
  readonly operationId: string;
  readonly status: number;
  /** Every success example of the operation: each must pass as (a). */
  readonly examples: readonly JsonObject[];
  /** The example with the most places: the one the other cases break. */
  readonly richest: JsonObject;
  readonly places: readonly Place[];
  /** The request body the call sends: the spec's first request example, or `{}` when the body requires nothing. */
  readonly requestBody: Json | undefined;
}

/** The enum value no spec lists: a stand-in for one Recall adds later. */
export const NEW_VALUE = "new_in_the_api";

/** Every operation of the spec whose success response has a JSON body, in the spec's order. */
export function operationCases(): OperationCase[] {
  const spec = bundledSpec();
  const cases: OperationCase[] = [];
  for (const item of Object.values(spec.paths as JsonObject)) {
    for (const operation of Object.values(deref(spec, item) as JsonObject)) {
      if (!isObject(operation) || typeof operation.operationId !== "string") continue;
      const responses = operation.responses as JsonObject;
      const code = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
      const media = code ? ((deref(spec, responses[code] as Json) as JsonObject).content as JsonObject | undefined)?.["application/json"] : undefined;
      if (!code || !isObject(media)) continue;
      const examples = examplesOf(spec, media);
      if (examples.length === 0) throw new Error(`${operation.operationId}: the ${code} response has no example to validate`);
      const walked = examples.map((example) => walk(spec, media.schema as Json, example));
      const richest = walked.reduce((best, places, index) => (places.length > (walked[best] as Place[]).length ? index : best), 0);
      cases.push({
        operationId: operation.operationId,
        status: Number(code),
        examples,
        richest: examples[richest] as JsonObject,
        places: walked[richest] as Place[],
        requestBody: requestBodyOf(spec, operation.requestBody),
      });
    }
  }
  return cases;
}

function examplesOf(spec: JsonObject, media: JsonObject): JsonObject[] {
  const named = Object.values((media.examples ?? {}) as JsonObject).map((example) => (deref(spec, example) as JsonObject).value as Json);
  return [...named, ...(media.example === undefined ? [] : [media.example])].filter(isObject);
}

function requestBodyOf(spec: JsonObject, requestBody: Json | undefined): Json | undefined {
  if (requestBody === undefined) return undefined;
  const media = ((deref(spec, requestBody) as JsonObject).content as JsonObject)["application/json"] as JsonObject;
  const [first] = examplesOf(spec, media);
  if (first) return first;
  const schema = deref(spec, media.schema as Json) as JsonObject;
  if (Array.isArray(schema.required) && schema.required.length > 0) throw new Error(`a request body requires ${schema.required.join(", ")} and has no example`);
  return {};
}

/** A schema with its `$ref`s followed, its `allOf` merged and a `oneOf`/`anyOf` that only adds null unwrapped. */
interface Resolved {
  readonly schema: JsonObject;
  readonly nullable: boolean;
  /** False where the value could match several object branches: what the validator reports there is not one place. */
  readonly plain: boolean;
  readonly composed: boolean;
}

function resolve(spec: JsonObject, node: Json): Resolved {
  const schema = deref(spec, node) as JsonObject;
  const alternatives = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (alternatives) {
    const branches = alternatives.map((branch) => resolve(spec, branch));
    const nonNull = branches.filter((branch) => branch.schema.type !== "null");
    const nullable = nonNull.length < branches.length || nonNull.some((branch) => branch.nullable);
    if (nonNull.length === 1) return { ...(nonNull[0] as Resolved), nullable };
    return { schema, nullable, plain: false, composed: false };
  }
  const type = schema.type;
  const nullable = (Array.isArray(type) && type.includes("null")) || (Array.isArray(schema.enum) && schema.enum.includes(null));
  if (!Array.isArray(schema.allOf)) return { schema, nullable, plain: true, composed: false };
  const parts = schema.allOf.map((part) => resolve(spec, part));
  const merged: JsonObject = { ...schema, properties: {}, required: [] };
  delete merged.allOf;
  for (const part of [{ schema }, ...parts]) {
    Object.assign(merged.properties as JsonObject, part.schema.properties ?? {});
    (merged.required as Json[]).push(...((part.schema.required ?? []) as Json[]));
    if (part.schema.type !== undefined) merged.type = part.schema.type;
  }
  return { schema: merged, nullable, plain: parts.every((part) => part.plain), composed: true };
}

/** Every named property the example holds, breadth first, with what the spec says of it (array items: the first). */
function walk(spec: JsonObject, root: Json, body: JsonObject): Place[] {
  const places: Place[] = [];
  const queue: { keys: (string | number)[]; display: string; value: Json; resolved: Resolved }[] = [{ keys: [], display: "", value: body, resolved: resolve(spec, root) }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { keys, display, value, resolved } = next;
    if (!resolved.plain) continue;
    const { schema } = resolved;
    if (Array.isArray(value) && value.length > 0 && schema.items !== undefined) {
      queue.push({ keys: [...keys, 0], display: `${display}[]`, value: value[0] as Json, resolved: resolve(spec, schema.items) });
      continue;
    }
    if (!isObject(value) || !isObject(schema.properties)) continue;
    const required = (schema.required ?? []) as Json[];
    for (const [key, property] of Object.entries(schema.properties)) {
      if (!(key in value)) continue;
      const child = resolve(spec, property);
      const place = { keys: [...keys, key], display: display === "" ? key : `${display}.${key}`, value: value[key] as Json };
      places.push({ ...place, required: required.includes(key), nullable: child.nullable, composed: child.composed, schema: child.schema });
      queue.push({ ...place, resolved: child });
    }
  }
  return places;
}

/** The shallowest and the deepest place that fit, once each: a top-level field and one nested in other objects. */
export function shallowAndDeep(places: readonly Place[], fits: (place: Place) => boolean): Place[] {
  const found = places.filter(fits);
  const deep = found.reduce<Place | undefined>((best, place) => (best === undefined || place.keys.length > best.keys.length ? place : best), undefined);
  return disjoint([found[0], deep]);
}

/** The places given, in order, without one that holds or lies inside an earlier one (one change would undo the other). */
export function disjoint(places: readonly (Place | undefined)[]): Place[] {
  const within = (inner: Place, outer: Place) => outer.keys.every((key, index) => inner.keys[index] === key);
  const kept: Place[] = [];
  for (const place of places) {
    if (place && !kept.some((before) => within(place, before) || within(before, place))) kept.push(place);
  }
  return kept;
}

/** A required property the spec types as a string that is never null: (b) sets it to null. */
export const requiredString = (place: Place): boolean =>
  place.required && !place.nullable && place.schema.type === "string" && place.schema.enum === undefined && typeof place.value === "string";

/** A required enum of strings that is never null: (b) sets it to null too, which is a wrong type, not a new value. */
export const requiredEnum = (place: Place): boolean =>
  place.required && !place.nullable && place.schema.type === "string" && Array.isArray(place.schema.enum) && typeof place.value === "string";

/** An object the example fills: (e) puts a number there. */
export const filledObject = (place: Place): boolean => place.schema.type === "object" && isObject(place.value);

/** A string-valued enum the example fills: (d) puts a value there the spec does not list. */
export const filledEnum = (place: Place): boolean => Array.isArray(place.schema.enum) && typeof place.value === "string";

/** The body's object that holds `keys`, and the last key: where a case writes or deletes. */
export function parentOf(body: JsonObject, keys: readonly (string | number)[]): [Record<string | number, Json>, string | number] {
  let at: Json = body;
  for (const key of keys.slice(0, -1)) at = (at as Record<string | number, Json>)[key] as Json;
  return [at as Record<string | number, Json>, keys[keys.length - 1] as string | number];
}

/** The line warn mode logs for an issue, as the issue's example shows it. */
export function lineOf(method: string, issue: ResponseIssue, requestId: string): string {
  const what =
    issue.kind === "mismatch"
      ? `${issue.path}: expected ${issue.expected}, got ${issue.received}`
      : `new in the API: ${issue.path}: ${issue.kind === "new-property" ? "unknown property" : `${issue.received}; the spec lists ${issue.expected}`}`;
  return `${method}: ${what} (request ${requestId})`;
}
