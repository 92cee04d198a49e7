// Compares our spec with one of Recall's definition documents, for the resources both describe (a resource is
// a path's part before its first `{parameter}`): operations on one side only, then per operation both have
// its parameters, request body and success responses, property by property: presence, required,
// nullable, type and enum values. A named schema is reported once, under its name, however many
// operations reach it.
import type { OpenAPIDocument } from "../openapi/json.js";
import { operationsOf } from "../openapi/document.js";
import { isObject } from "../openapi/json.js";
import { pointerOf, valueAt } from "../openapi/pointer.js";
import type { OperationRef } from "../spec-diff/document.js";
import { shapeOf } from "./schema-shape.js";

export interface Disagreement {
  /** `GET /api/v1/recording/` for operation-level findings, else the schema's name (ours, or Recall's). */
  readonly group: string;
  /** The place in the group: `metadata.*`, `query parameter status_code`, `` for the operation itself. */
  readonly where: string;
  readonly aspect: "operation" | "parameter" | "request body" | "response" | "property" | "required" | "nullable" | "type" | "enum";
  readonly ours: string;
  readonly theirs: string;
}

export interface Comparison {
  /** Path prefixes both documents describe. */
  readonly resources: readonly string[];
  /** Operations both describe, as `METHOD path`. */
  readonly compared: readonly string[];
  /** How many of their operations are about resources ours does not describe (not compared). */
  readonly outOfScope: number;
  readonly disagreements: readonly Disagreement[];
}

const resourceOf = (path: string): string => path.split(/\{[^}]*\}/)[0] ?? path;
const matchKey = (ref: OperationRef): string => `${ref.method.toUpperCase()} ${ref.key.replace(/\{[^}]*\}/g, "{}")}`;
const label = (ref: OperationRef): string => `${ref.method.toUpperCase()} ${ref.key}`;

export function compareSpecs(ours: OpenAPIDocument, theirs: OpenAPIDocument): Comparison {
  const [mine, recall] = [operationsOf(ours).filter((op) => op.section === "paths"), operationsOf(theirs).filter((op) => op.section === "paths")];
  const resources = new Set(mine.map((op) => resourceOf(op.key)).filter((resource) => recall.some((op) => resourceOf(op.key) === resource)));
  const inScope = (op: OperationRef) => resources.has(resourceOf(op.key));
  const found = new Map<string, Disagreement>();
  const add = (finding: Disagreement) => found.set(`${finding.group}\u0000${finding.where}\u0000${finding.aspect}`, finding);
  const recallByKey = new Map(recall.filter(inScope).map((op) => [matchKey(op), op]));
  const mineByKey = new Map(mine.filter(inScope).map((op) => [matchKey(op), op]));
  const compared: string[] = [];
  for (const [key, op] of mineByKey) {
    const other = recallByKey.get(key);
    if (!other) {
      add({ group: label(op), where: "", aspect: "operation", ours: describeOp(op), theirs: "absent" });
      continue;
    }
    compared.push(label(op));
    compareOperation(op, other, { ours, theirs, add, seen: new Set() });
  }
  for (const [key, op] of recallByKey) {
    if (!mineByKey.has(key)) add({ group: label(op), where: "", aspect: "operation", ours: "absent", theirs: describeOp(op) });
  }
  return {
    resources: [...resources].sort(),
    compared: compared.sort(),
    outOfScope: recall.filter((op) => !inScope(op)).length,
    disagreements: [...found.values()].sort(byGroupThenWhere),
  };
}

function describeOp(op: OperationRef): string {
  return typeof op.operation.operationId === "string" ? op.operation.operationId : "present";
}

interface Walk {
  readonly ours: OpenAPIDocument;
  readonly theirs: OpenAPIDocument;
  readonly add: (finding: Disagreement) => void;
  /** Pairs of schema nodes already compared (recursive schemas end here). */
  readonly seen: Set<string>;
}

/** A request never carries readOnly properties and a response never carries writeOnly ones. */
type Direction = "request" | "response";

function compareOperation(mine: OperationRef, recall: OperationRef, walk: Walk): void {
  const group = label(mine);
  const paramsOf = (document: OpenAPIDocument, op: OperationRef) => {
    const item = valueAt(document, pointerOf(op.section, op.key));
    const all = [...(isObject(item) && Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.operation.parameters) ? op.operation.parameters : [])];
    const byKey = new Map<string, Record<string, unknown>>();
    for (const raw of all) {
      const parameter = isObject(raw) && typeof raw.$ref === "string" ? valueAt(document, raw.$ref) : raw;
      // Path parameters are matched by position in the path, whatever their names; the rest by name.
      if (isObject(parameter) && parameter.in !== "path") byKey.set(`${String(parameter.in)} parameter ${String(parameter.name)}`, parameter);
    }
    return byKey;
  };
  const [ourParams, theirParams] = [paramsOf(walk.ours, mine), paramsOf(walk.theirs, recall)];
  for (const name of [...new Set([...ourParams.keys(), ...theirParams.keys()])].sort()) {
    const [a, b] = [ourParams.get(name), theirParams.get(name)];
    if (!a || !b) {
      walk.add({ group, where: name, aspect: "parameter", ours: a ? "present" : "absent", theirs: b ? "present" : "absent" });
      continue;
    }
    if ((a.required === true) !== (b.required === true)) walk.add({ group, where: name, aspect: "required", ours: yesNo(a.required === true), theirs: yesNo(b.required === true) });
    compareSchemas(a.schema, b.schema, group, name, walk, "request");
  }
  const bodyOf = (op: OperationRef, document: OpenAPIDocument) => jsonSchema(document, op.operation.requestBody);
  const [ourBody, theirBody] = [bodyOf(mine, walk.ours), bodyOf(recall, walk.theirs)];
  if ((ourBody === undefined) !== (theirBody === undefined)) {
    walk.add({ group, where: "request body", aspect: "request body", ours: ourBody ? "present" : "absent", theirs: theirBody ? "present" : "absent" });
  } else if (ourBody !== undefined) compareSchemas(ourBody, theirBody, group, "request body", walk, "request");
  const successes = (op: OperationRef) => Object.keys(isObject(op.operation.responses) ? op.operation.responses : {}).filter((code) => /^2/.test(code));
  for (const code of [...new Set([...successes(mine), ...successes(recall)])].sort()) {
    const where = `response ${code}`;
    const [a, b] = [responseOf(walk.ours, mine, code), responseOf(walk.theirs, recall, code)];
    if (a === undefined || b === undefined) {
      walk.add({ group, where, aspect: "response", ours: a === undefined ? "absent" : "present", theirs: b === undefined ? "absent" : "present" });
      continue;
    }
    const [schemaA, schemaB] = [jsonSchema(walk.ours, a), jsonSchema(walk.theirs, b)];
    if ((schemaA === undefined) !== (schemaB === undefined)) {
      walk.add({ group, where: `${where} body`, aspect: "response", ours: schemaA ? "a JSON body" : "no body", theirs: schemaB ? "a JSON body" : "no body" });
    } else if (schemaA !== undefined) compareSchemas(schemaA, schemaB, group, where, walk, "response");
  }
}

function responseOf(document: OpenAPIDocument, op: OperationRef, code: string): unknown {
  const responses = op.operation.responses;
  const response = isObject(responses) ? responses[code] : undefined;
  return isObject(response) && typeof response.$ref === "string" ? valueAt(document, response.$ref) : response;
}

/** The application/json schema of a request body or response, following a $ref to the object itself. */
function jsonSchema(document: OpenAPIDocument, holder: unknown): unknown {
  const resolved = isObject(holder) && typeof holder.$ref === "string" ? valueAt(document, holder.$ref) : holder;
  const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : undefined;
  const json = content ? (content["application/json"] ?? Object.entries(content).find(([type]) => type.includes("json"))?.[1]) : undefined;
  return isObject(json) ? json.schema : undefined;
}

const yesNo = (value: boolean): string => (value ? "yes" : "no");

function compareSchemas(ourNode: unknown, theirNode: unknown, group: string, where: string, walk: Walk, direction: Direction): void {
  const [a, b] = [shapeOf(walk.ours, ourNode), shapeOf(walk.theirs, theirNode)];
  // A schema named in ours restarts the location, so it is reported once under its name.
  if (a.name !== undefined) [group, where] = [a.name, ""];
  const pair = `${direction}\u0000${group}\u0000${where}\u0000${a.name ?? ""}\u0000${b.name ?? ""}`;
  if (walk.seen.has(pair)) return;
  walk.seen.add(pair);
  const add = (aspect: Disagreement["aspect"], ours: string, theirs: string, at = where) => walk.add({ group, where: at, aspect, ours, theirs });
  if (a.types.size > 0 && b.types.size > 0 && !sameSet(a.types, b.types)) add("type", list(a.types), list(b.types));
  if (a.nullable !== b.nullable) add("nullable", yesNo(a.nullable), yesNo(b.nullable));
  if (a.enum || b.enum) {
    const [onlyOurs, onlyTheirs] = [minus(a.enum, b.enum), minus(b.enum, a.enum)];
    if (!a.enum || !b.enum) add("enum", a.enum ? list(a.enum) : "any value", b.enum ? list(b.enum) : "any value");
    else if (onlyOurs.length > 0 || onlyTheirs.length > 0) add("enum", onlyOurs.length ? `also ${onlyOurs.join(", ")}` : "no extra values", onlyTheirs.length ? `also ${onlyTheirs.join(", ")}` : "no extra values");
  }
  const child = (key: string) => (where ? `${where}.${key}` : key);
  for (const key of [...new Set([...a.properties.keys(), ...b.properties.keys()])].sort()) {
    const [x, y] = [a.properties.get(key), b.properties.get(key)];
    const hidden = direction === "request" ? "readOnly" : "writeOnly";
    if ((x === undefined || flag(walk.ours, x, hidden)) && (y === undefined || flag(walk.theirs, y, hidden))) continue;
    if (x === undefined || y === undefined) {
      add("property", x === undefined ? "absent" : "present", y === undefined ? "absent" : "present", child(key));
      continue;
    }
    if (a.required.has(key) !== b.required.has(key)) add("required", yesNo(a.required.has(key)), yesNo(b.required.has(key)), child(key));
    compareSchemas(x, y, group, child(key), walk, direction);
  }
  if (a.items !== undefined && b.items !== undefined) compareSchemas(a.items, b.items, group, `${where}[]`, walk, direction);
  if (a.values !== undefined && b.values !== undefined) compareSchemas(a.values, b.values, group, where ? `${where}.*` : "*", walk, direction);
}

/** `readOnly: true` (or writeOnly) on the property or on the schema it refers to. */
function flag(document: OpenAPIDocument, node: unknown, name: "readOnly" | "writeOnly"): boolean {
  if (!isObject(node)) return false;
  if (node[name] === true) return true;
  return typeof node.$ref === "string" && flag(document, valueAt(document, node.$ref), name);
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((value) => b.has(value));
const list = (values: ReadonlySet<string>): string => [...values].sort().join(" | ");
const minus = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): string[] => [...(a ?? [])].filter((value) => !b?.has(value)).sort();

function byGroupThenWhere(a: Disagreement, b: Disagreement): number {
  // Operations (`GET /...`) first, then schemas; inside a group, the operation itself, then by place.
  const opA = /^[A-Z]+ \//.test(a.group);
  const opB = /^[A-Z]+ \//.test(b.group);
  if (opA !== opB) return opA ? -1 : 1;
  return cmp(a.group, b.group) || cmp(a.where, b.where) || cmp(a.aspect, b.aspect);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
