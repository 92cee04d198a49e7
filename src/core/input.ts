// The path, query and body of one call, each checked before anything is sent, and the URL path openapi-fetch's
// serializers make of them.

import { createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import { RecallValidationError } from "./errors.js";
import type { OperationInfo, ShapeSchema } from "./operation.js";
import type { RequestInput } from "./types.js";
import { assertShape } from "./validate.js";

const SEGMENT: ShapeSchema = { type: ["string", "number"] };
const serializeQuery = createQuerySerializer();

/**
 * The request path with its query string, relative to the base URL, and the body as JSON.
 * Throws RecallValidationError naming the first bad parameter.
 */
export function checkInput(op: OperationInfo, { path = {}, query = {}, body }: RequestInput): { path: string; json: string | undefined } {
  for (const { name, schema } of op.pathParams) {
    const value = path[name];
    const at = `path.${name}`;
    if (value == null) throw new RecallValidationError(at, "required");
    assertShape(schema, value, at);
    if (typeof value !== "string") assertShape(SEGMENT, value, at);
    // openapi-fetch encodes the value, which keeps "/" out; ".", ".." and "" are still segments a URL parser acts on.
    if (value === "" || value === "." || value === "..") throw new RecallValidationError(at, `${JSON.stringify(value)} would change the request path`);
  }
  const search = serializeQuery(checkQuery(op, query));
  return { path: defaultPathSerializer(op.path, path) + (search && `?${search}`), json: checkBody(op, body) };
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

/** The checked body as JSON; none for GET and DELETE (Recall's firewall answers 403 to one, even `null`). */
function checkBody(op: OperationInfo, body: unknown): string | undefined {
  const spec = op.body;
  if (spec === undefined || op.method === "get" || op.method === "delete") return undefined;
  if (body === undefined) {
    if (spec.required) throw new RecallValidationError("body", "required");
    return undefined;
  }
  assertShape(spec.schema, body, "body");
  try {
    return JSON.stringify(body);
  } catch (error) {
    throw new RecallValidationError("body", `cannot be sent as JSON (${(error as Error).message})`);
  }
}
