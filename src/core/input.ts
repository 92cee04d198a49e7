// The path, query and body of one call, each checked before anything is sent; openapi-fetch then builds the URL.

import { RecallValidationError } from "./errors.js";
import type { OperationInfo, ShapeSchema } from "./operation.js";
import type { RequestInput } from "./types.js";
import { assertShape } from "./validate.js";

/** openapi-fetch's `params`, ready to serialize. */
export interface RequestParams {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
}

const SEGMENT: ShapeSchema = { type: ["string", "number"] };

/** The checked params and body of a call; throws RecallValidationError naming the first bad parameter. */
export function checkInput(op: OperationInfo, { path = {}, query = {}, body }: RequestInput): { params: RequestParams; body: unknown } {
  for (const { name, schema } of op.pathParams) {
    const value = path[name];
    const at = `path.${name}`;
    if (value == null) throw new RecallValidationError(at, "required");
    assertShape(schema, value, at);
    if (typeof value !== "string") assertShape(SEGMENT, value, at);
    // openapi-fetch encodes the value, which keeps "/" out; ".", ".." and "" are still segments a URL parser acts on.
    if (value === "" || value === "." || value === "..") throw new RecallValidationError(at, `${JSON.stringify(value)} would change the request path`);
  }
  return { params: { path, query: checkQuery(op, query) }, body: checkBody(op, body) };
}

// openapi-fetch encodes values but not names, and a name under a key prefix (`metadata__KEY`) is caller data: encoded here.
function checkQuery(op: OperationInfo, query: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const param of op.queryParams) {
    if (param.required && query[param.name] === undefined) throw new RecallValidationError(`query.${param.name}`, "required");
  }
  for (const name in query) {
    const value = query[name];
    if (value === undefined) continue;
    const param = op.queryParams.find((p) => p.name === name);
    if (param === undefined) throw new RecallValidationError(`query.${name}`, "unknown parameter");
    assertShape(param.schema, value, `query.${name}`);
    const { keyPrefix } = param;
    const pairs = keyPrefix !== undefined && value !== null && typeof value === "object" && !Array.isArray(value) ? Object.entries(value).map(([key, v]) => [keyPrefix + key, v] as const) : [[name, value] as const];
    for (const [key, v] of pairs) {
      if ([v].flat().some((item) => item !== null && typeof item === "object")) throw new RecallValidationError(`query.${key}`, "nested objects are not supported");
      flat[encodeURIComponent(key)] = v;
    }
  }
  return flat;
}

/** The checked request body; none for GET and DELETE (Recall's firewall answers 403 to one, even `null`). */
function checkBody(op: OperationInfo, body: unknown): unknown {
  const spec = op.body;
  if (spec === undefined || op.method === "get" || op.method === "delete") return undefined;
  if (body !== undefined) assertShape(spec.schema, body, "body");
  else if (spec.required) throw new RecallValidationError("body", "required");
  return body;
}
