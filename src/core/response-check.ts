// Checks a success body against the spec with the validators its operation references (generated/validators.ts,
// loaded by OperationInfo.responseValidators), and turns Ajv's errors into issues: one per place, worded as
// "expected X, got Y". Loaded only when validation is on (see response-validation.ts).
//
// A body is hostile input: lines name places and types, never values (a signed URL's signature must not reach a
// log); names are escaped and cut; each response logs a bounded number of lines, and the memory of what was
// already reported is bounded too.

import { APIResponseValidationError, type ResponseIssue } from "./check-errors.js";
import { RecallError } from "./errors.js";
import type { OperationInfo, ResponseValidators, ValidateFunction, ValidationFailure as AjvError } from "./operation.js";
import type { Logger } from "./types.js";

export type Mode = "warn" | "strict";

/** Lines a single response may log; the rest are counted in one closing line. */
export const MAX_LINES_PER_RESPONSE = 20;
/** Distinct issues remembered as reported (least recently seen forgotten first): a flood cannot grow the client. */
export const MAX_REMEMBERED = 1_000;
/** Characters of one property name shown in a path. */
const MAX_NAME = 60;

/**
 * Checks bodies for one client: in warn mode each distinct issue is logged once per client, not once per call. An
 * operation's validators are loaded on its first body; after that a check runs synchronously.
 */
export function createResponseChecker(mode: Mode, logger: Logger | undefined) {
  const reported = new Map<string, true>();
  const loaded = new WeakMap<OperationInfo, ResponseValidators>();
  let unavailable = false;

  function report(op: OperationInfo, validators: ResponseValidators, data: unknown, response: Response): void {
    const issues = check(validators, data);
    if (issues.length === 0) return;
    if (mode === "strict") {
      if (issues.some((issue) => issue.kind !== "new-property")) throw new APIResponseValidationError(op.name, response.status, response.headers, data, issues);
      return;
    }
    const requestId = response.headers.get("x-request-id") ?? response.headers.get("request-id");
    const suffix = requestId ? ` (request ${name(requestId)})` : " (no request id)";
    let logged = 0;
    let unlogged = 0;
    for (const issue of issues) {
      const key = `${op.name}\0${issue.kind}\0${issue.path}`;
      if (reported.has(key)) {
        // Seen again: most recently used, so a steady issue is not forgotten and logged anew.
        reported.delete(key);
        reported.set(key, true);
        continue;
      }
      if (logged === MAX_LINES_PER_RESPONSE) {
        unlogged++;
        continue;
      }
      logged++;
      reported.set(key, true);
      if (reported.size > MAX_REMEMBERED) reported.delete(reported.keys().next().value!);
      const what = issue.kind === "mismatch" ? `${issue.path}: expected ${issue.expected}, got ${issue.received}` : `new in the API: ${issue.path}: ${describeNew(issue)}`;
      logger?.warn?.(`${op.name}: ${what}${suffix}`);
    }
    if (unlogged > 0) logger?.warn?.(`${op.name}: and ${unlogged} more issues in this response, not logged${suffix}`);
  }

  return (op: OperationInfo, data: unknown, response: Response): void | Promise<void> => {
    const validators = loaded.get(op);
    if (validators) return report(op, validators, data, response);
    if (!op.responseValidators || unavailable) return;
    return op.responseValidators().then(
      (found) => {
        loaded.set(op, found);
        report(op, found, data, response);
      },
      (error: Error) => {
        // Where the validators are not there to load (a bundle), strict fails every call; warn says so once and goes on.
        if (mode === "strict") throw new RecallError(`validateResponses: ${error.message}`);
        unavailable = true;
        logger?.warn?.(`validateResponses: responses go unchecked: ${error.message}`);
      },
    );
  };
}

/** The body's issues; a body nested too deeply for the validators to walk is one issue, not a crash. */
function check({ open, closed }: ResponseValidators, data: unknown): ResponseIssue[] {
  try {
    // The closed variant passing means the body conforms and holds nothing new: the one pass most calls take.
    if (closed(data)) return [];
    return collectIssues(data, closed.errors ?? [], open);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{ kind: "mismatch", path: "(body)", expected: "a body nested as the spec says", received: "one nested too deeply to check" }];
  }
}

function describeNew(issue: ResponseIssue): string {
  return issue.kind === "new-property" ? "unknown property" : `${issue.received}; the spec lists ${issue.expected}`;
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
      return { kind: "new-value", path, expected: `one of ${(params.allowedValues as unknown[]).map(show).join(", ")}`, received: `${article(typeName(value))} not in that list` };
    case "const":
      return { kind: "mismatch", path, expected: show(params.allowedValue), received: `another ${typeName(value)}` };
    case "format":
      return { kind: "mismatch", path, expected: `a ${String(params.format)} string`, received: "a string not in that format" };
    default:
      return { kind: "mismatch", path, expected: `${keyword} ${Object.values(params).map(show).join(", ")}`, received: article(typeName(value)) };
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
    path += Array.isArray(at) ? "[]" : path === "" ? name(part) : `.${name(part)}`;
    at = (at as Record<string, unknown> | null)?.[part];
  }
  return path || "(body)";
}

/** A property name as shown: control characters escaped (a `\\n` in a name cannot start a forged log line), and cut. */
function name(part: string): string {
  const cut = part.length > MAX_NAME ? `${part.slice(0, MAX_NAME)}…` : part;
  return clean(cut);
}

const article = (type: string): string => (type === "null" || type === "nothing" ? type : `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`);

function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
