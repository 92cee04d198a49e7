// Checks a success body against the spec with the validators generated from it (generated/validators.ts), and turns
// Ajv's errors into issues: one per place, worded as "expected X, got Y". Loaded only when validation is on
// (see response-validation.ts), so a client with `validateResponses: "off"` never loads it or the validators.

import * as generated from "../../generated/validators.js";
import { APIResponseValidationError, type ResponseIssue } from "./check-errors.js";
import type { OperationInfo } from "./operation.js";
import type { Logger } from "./types.js";

/** The part of an Ajv error the wording needs. */
interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: readonly AjvError[] | null;
}

const validators = generated as unknown as Readonly<Record<string, ValidateFunction | undefined>>;
const methods: Readonly<Record<string, string | undefined>> = generated.methods;

export type Mode = "warn" | "strict";

/** Checks bodies for one client: in warn mode each distinct issue is logged once per client, not once per call. */
export function createResponseChecker(mode: Mode, logger: Logger | undefined) {
  const reported = new Set<string>();
  return (op: OperationInfo, data: unknown, response: Response): void => {
    const open = validators[`${op.operationId}_open`];
    const closed = validators[`${op.operationId}_closed`];
    // The closed variant passing means the body conforms and holds nothing new: the one pass most calls take.
    if (!open || !closed || closed(data)) return;
    const issues = collectIssues(data, closed.errors ?? [], open);
    if (issues.length === 0) return;
    const method = methods[op.operationId] ?? op.operationId;
    if (mode === "strict") {
      if (issues.some((issue) => issue.kind !== "new-property")) throw new APIResponseValidationError(method, response.status, response.headers, data, issues);
      return;
    }
    const requestId = response.headers.get("x-request-id") ?? response.headers.get("request-id");
    const suffix = requestId ? ` (request ${requestId})` : " (no request id)";
    for (const issue of issues) {
      const key = `${method}\0${issue.kind}\0${issue.path}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const what = issue.kind === "mismatch" ? `${issue.path}: expected ${issue.expected}, got ${issue.received}` : `new in the API: ${issue.path}: ${describeNew(issue)}`;
      logger?.warn?.(`${method}: ${what}${suffix}`);
    }
  };
}

function describeNew(issue: ResponseIssue): string {
  return issue.kind === "new-property" ? "unknown property" : `value ${issue.received}, the spec lists ${issue.expected}`;
}

function collectIssues(data: unknown, closedErrors: readonly AjvError[], open: ValidateFunction): ResponseIssue[] {
  const additions = closedErrors.filter((error) => error.keyword === "additionalProperties");
  const issues: ResponseIssue[] = [];
  // Closing objects can also fail a oneOf branch (its object gained a property), so what the body contradicts is
  // taken from the spec as written, which runs only when the closed variant found more than additions.
  if (additions.length < closedErrors.length && !open(data)) issues.push(...mismatches(data, open.errors ?? []));
  const seen = new Set<string>();
  for (const error of additions) {
    const path = displayPath(data, `${error.instancePath}/${escape(String(error.params.additionalProperty))}`);
    if (seen.has(path)) continue;
    seen.add(path);
    issues.push({ kind: "new-property", path, expected: "a property the spec names", received: "an unknown one" });
  }
  return issues;
}

/** Ajv reports each failed branch of a `oneOf: [X, null]` as well as the oneOf: only the branch that got furthest is kept. */
function mismatches(data: unknown, errors: readonly AjvError[]): ResponseIssue[] {
  const alternatives = new Set(errors.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf").map((error) => error.instancePath));
  // Ajv reports a missing property at its object's own path, so a `required` error there also means the object branch matched.
  const deeper = (path: string) => errors.some((error) => error.instancePath.startsWith(`${path}/`) || (error.instancePath === path && error.keyword === "required"));
  const merged = new Map<string, ResponseIssue>();
  for (const error of errors) {
    if (error.keyword === "oneOf" || error.keyword === "anyOf") continue;
    const atAlternative = alternatives.has(error.instancePath);
    // A branch's type error where another branch matched deeper down: the deeper errors tell what is wrong.
    if (atAlternative && error.keyword === "type" && deeper(error.instancePath)) continue;
    // A null or a number where an enum of strings stands is a wrong type (its type error says so), not a new value.
    if (error.keyword === "enum" && !sameTypeAsAllowed(data, error) && errors.some((other) => other.keyword === "type" && other.instancePath === error.instancePath)) continue;
    const issue = toIssue(data, error);
    const key = `${issue.kind}\0${issue.path}`;
    const before = merged.get(key);
    // The branches' type errors at one place become one: "expected object or null, got string".
    // (Members of an allOf each say "object": named once.)
    merged.set(key, before && atAlternative && error.keyword === "type" ? { ...before, expected: either(before.expected, issue.expected) } : (before ?? issue));
  }
  return [...merged.values()];
}

function either(before: string, added: string): string {
  return [...new Set([...before.split(" or "), ...added.split(" or ")])].join(" or ");
}

function sameTypeAsAllowed(data: unknown, error: AjvError): boolean {
  const received = typeName(valueAt(data, error.instancePath));
  return (error.params.allowedValues as unknown[]).some((allowed) => typeName(allowed) === received);
}

function toIssue(data: unknown, error: AjvError): ResponseIssue {
  const { keyword, params } = error;
  if (keyword === "required") {
    return { kind: "mismatch", path: displayPath(data, `${error.instancePath}/${escape(String(params.missingProperty))}`), expected: "a value (required)", received: "nothing" };
  }
  const path = displayPath(data, error.instancePath);
  const value = valueAt(data, error.instancePath);
  switch (keyword) {
    case "type":
      return { kind: "mismatch", path, expected: [params.type].flat().join(" or "), received: typeName(value) };
    case "enum":
      return { kind: "new-value", path, expected: `one of ${(params.allowedValues as unknown[]).map(show).join(", ")}`, received: show(value) };
    case "const":
      return { kind: "mismatch", path, expected: show(params.allowedValue), received: show(value) };
    case "format":
      return { kind: "mismatch", path, expected: `a ${String(params.format)} string`, received: show(value) };
    default:
      return { kind: "mismatch", path, expected: `${keyword} ${Object.values(params).map(show).join(", ")}`, received: show(value) };
  }
}

function segments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function valueAt(data: unknown, pointer: string): unknown {
  let at = data;
  for (const part of segments(pointer)) at = (at as Record<string, unknown> | null)?.[part];
  return at;
}

/** `/results/3/status/code` as `results[].status.code`: the place in the schema, the same for every list item. */
function displayPath(data: unknown, pointer: string): string {
  let at = data;
  let path = "";
  for (const part of segments(pointer)) {
    path += Array.isArray(at) ? "[]" : path === "" ? part : `.${part}`;
    at = (at as Record<string, unknown> | null)?.[part];
  }
  return path || "(body)";
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return value === undefined ? "nothing" : typeof value;
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
