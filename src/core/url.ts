// Path and query building, compiled once per operation: checks every parameter before anything is sent.

import { RecallValidationError } from "./errors.js";
import type { OperationInfo, ParameterInfo } from "./operation.js";
import { assertShape } from "./validate.js";

export interface CompiledOperation {
  readonly op: OperationInfo;
  readonly method: string;
  /** Literal pieces of the path template around the parameters: literals.length === names.length + 1. */
  readonly literals: readonly string[];
  readonly names: readonly string[];
  readonly pathParams: ReadonlyMap<string, ParameterInfo>;
  readonly queryParams: ReadonlyMap<string, ParameterInfo>;
  readonly requiredQuery: number;
  /** GET and DELETE never carry a body (Recall's firewall answers 403 to one, even `null`). */
  readonly sendsBody: boolean;
}

const compiled = new WeakMap<OperationInfo, CompiledOperation>();

export function compile(op: OperationInfo): CompiledOperation {
  let c = compiled.get(op);
  if (c !== undefined) return c;
  const pieces = op.path.split(/\{([^{}]+)\}/);
  c = {
    op,
    method: op.method.toUpperCase(),
    literals: pieces.filter((_, i) => i % 2 === 0),
    names: pieces.filter((_, i) => i % 2 === 1),
    pathParams: new Map(op.pathParams.map((p) => [p.name, p])),
    queryParams: new Map(op.queryParams.map((p) => [p.name, p])),
    requiredQuery: op.queryParams.filter((p) => p.required).length,
    sendsBody: op.body !== undefined && op.method !== "get" && op.method !== "delete",
  };
  compiled.set(op, c);
  return c;
}

/** The request path with its query string, relative to the base URL. */
export function buildUrl(c: CompiledOperation, path: Record<string, unknown> | undefined, query: Record<string, unknown> | undefined): string {
  let url = c.literals[0]!;
  for (let i = 0; i < c.names.length; i++) {
    const name = c.names[i]!;
    url += pathSegment(c.pathParams.get(name), name, path?.[name]) + c.literals[i + 1]!;
  }
  return query === undefined && c.requiredQuery === 0 ? url : url + queryString(c, query ?? {});
}

function pathSegment(param: ParameterInfo | undefined, name: string, value: unknown): string {
  if (value === undefined || value === null) throw new RecallValidationError(`path.${name}`, "required");
  if (param !== undefined) assertShape(param.schema, value, `path.${name}`);
  if (typeof value !== "string" && typeof value !== "number") {
    throw new RecallValidationError(`path.${name}`, `expected string, got ${typeof value}`);
  }
  const segment = encodeURIComponent(value);
  // Encoding keeps "/" out, but ".", ".." and "" are still path segments a URL parser would act on.
  if (segment === "" || segment === "." || segment === "..") {
    throw new RecallValidationError(`path.${name}`, `${JSON.stringify(value)} would change the request path`);
  }
  return segment;
}

// Our own serializer: openapi-fetch leaves parameter names unencoded, and a metadata key is caller data.
function queryString(c: CompiledOperation, query: Record<string, unknown>): string {
  let out = "";
  for (const name in query) {
    const value = query[name];
    if (value === undefined) continue;
    const param = c.queryParams.get(name);
    if (param === undefined) throw new RecallValidationError(`query.${name}`, "unknown parameter");
    assertShape(param.schema, value, `query.${name}`);
    if (param.keyPrefix !== undefined && value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const key in value) out += pair(param.keyPrefix + key, (value as Record<string, unknown>)[key]);
    } else if (Array.isArray(value)) {
      for (const item of value) out += pair(name, item);
    } else {
      out += pair(name, value);
    }
  }
  if (c.requiredQuery > 0) for (const param of c.op.queryParams) {
    if (param.required && query[param.name] === undefined) throw new RecallValidationError(`query.${param.name}`, "required");
  }
  return out === "" ? "" : `?${out.slice(1)}`;
}

function pair(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") throw new RecallValidationError(`query.${name}`, "nested objects are not supported");
  return `&${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
}

/** Checks the request body against the operation's schema, and hands it back. */
export function checkBody(c: CompiledOperation, body: unknown): unknown {
  const spec = c.op.body;
  if (spec !== undefined) {
    if (body !== undefined) assertShape(spec.schema, body, "body");
    else if (spec.required) throw new RecallValidationError("body", "required");
  }
  return body;
}
