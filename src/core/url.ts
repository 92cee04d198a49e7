// The request path, query and body of one call, every parameter checked before anything is sent.

import { defaultPathSerializer } from "openapi-fetch";
import { RecallValidationError } from "./errors.js";
import type { OperationInfo, ShapeSchema } from "./operation.js";
import { assertShape } from "./validate.js";

const SEGMENT: ShapeSchema = { type: ["string", "number"] };

/** The request path with its query string, relative to the base URL; openapi-fetch encodes the path values. */
export function buildUrl(op: OperationInfo, path: Record<string, unknown> = {}, query: Record<string, unknown> = {}): string {
  for (const { name, schema } of op.pathParams) {
    const value = path[name];
    const at = `path.${name}`;
    if (value == null) throw new RecallValidationError(at, "required");
    assertShape(schema, value, at);
    assertShape(SEGMENT, value, at);
    // Encoding keeps "/" out, but ".", ".." and "" are still path segments a URL parser would act on.
    if (value === "" || value === "." || value === "..") throw new RecallValidationError(at, `${JSON.stringify(value)} would change the request path`);
  }
  return defaultPathSerializer(op.path, path) + queryString(op, query);
}

// Our own serializer: openapi-fetch leaves parameter names unencoded, and a metadata key is caller data.
function queryString(op: OperationInfo, query: Record<string, unknown>): string {
  let out = "";
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
    const pairs = keyPrefix !== undefined && value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value).map(([key, v]) => [keyPrefix + key, v] as const)
      : [value].flat().map((v) => [name, v] as const);
    for (const [key, v] of pairs) {
      if (v === undefined || v === null) continue;
      if (typeof v === "object") throw new RecallValidationError(`query.${key}`, "nested objects are not supported");
      out += `&${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`;
    }
  }
  return out && `?${out.slice(1)}`;
}

/** The checked request body; none for GET and DELETE (Recall's firewall answers 403 to one, even `null`). */
export function checkBody(op: OperationInfo, body: unknown): unknown {
  const spec = op.body;
  if (spec === undefined || op.method === "get" || op.method === "delete") return undefined;
  if (body !== undefined) assertShape(spec.schema, body, "body");
  else if (spec.required) throw new RecallValidationError("body", "required");
  return body;
}
