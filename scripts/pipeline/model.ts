// Reads the bundled document; produces the operation model every emitter works from, sorted by operationId.
import type { OperationInfo, PaginationInfo, ParameterInfo, RateLimit, ShapeSchema } from "../../src/core/operation.js";
import { byCodeUnit } from "../openapi/keys.js";
import type { OpenAPIDocument } from "../openapi/json.js";
import { isIdentifier, methodNameOf, pascalCase } from "./naming.js";
import type { Json } from "../openapi/json.js";
import { resolveRef } from "../openapi/pointer.js";
import { toShape } from "./shape-schema.js";

const HTTP_METHODS = ["get", "put", "post", "patch", "delete"] as const;
const IDEMPOTENCY_HEADER = "idempotency-key";

export interface OperationModel {
  /** The runtime facts; a nested schema may be a ShapeRef (shape-schema.ts), emitted as a reference to shapes.ts. */
  readonly info: OperationInfo;
  /** PascalCase operationId, the stem of every type named after the operation. */
  readonly typeStem: string;
  readonly resource: string;
  readonly method: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly docsUrl: string | undefined;
  readonly deprecated: boolean;
  /** The 2xx status whose JSON body the method returns, or undefined when success has no body. */
  readonly successStatus: string | undefined;
  readonly pathParamNames: readonly string[];
}

export function readOperations(document: OpenAPIDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Json)) {
    const item = resolveRef(document, rawItem);
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (operation) operations.push(readOperation(document, path, method, operation, shared));
    }
  }
  operations.sort((a, b) => byCodeUnit(a.info.operationId, b.info.operationId));
  assertUnique(operations);
  return operations;
}

function readOperation(
  document: OpenAPIDocument,
  path: string,
  method: OperationInfo["method"],
  operation: Json,
  shared: unknown[],
): OperationModel {
  const operationId = operation.operationId;
  if (typeof operationId !== "string") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  // It names the operation's export in generated/operations.ts.
  if (!isIdentifier(operationId)) throw new Error(`operationId "${operationId}" of ${method.toUpperCase()} ${path} is not a JavaScript identifier: use letters, digits and _`);
  const parameters = mergeParameters(document, shared, (operation.parameters as unknown[] | undefined) ?? []);
  const pathParamNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const byLocation = (location: string): ParameterInfo[] =>
    parameters
      .filter((parameter) => parameter.in === location)
      .map((parameter) => ({
        name: parameter.name as string,
        required: parameter.required === true,
        schema: toShape(document, parameter.schema ?? {}) as ShapeSchema,
        ...(typeof parameter["x-key-prefix"] === "string" ? { keyPrefix: parameter["x-key-prefix"] } : {}),
      }));
  const pathParams = byLocation("path").sort((a, b) => pathParamNames.indexOf(a.name) - pathParamNames.indexOf(b.name));
  const info: OperationInfo = {
    operationId,
    method,
    path,
    pathParams,
    queryParams: byLocation("query").sort((a, b) => byCodeUnit(a.name, b.name)),
    ...readBody(document, operation),
    idempotent: parameters.some((parameter) => parameter.in === "header" && String(parameter.name).toLowerCase() === IDEMPOTENCY_HEADER),
    ...readThrottles(operationId, operation["x-throttles"], path),
    ...readPagination(operationId, operation["x-pagination"]),
  };
  const { resource, method: methodName } = methodNameOf({ operationId, path, tags: operation.tags as unknown[] | undefined }, operation["x-sdk-method"]);
  const externalDocs = operation.externalDocs as Json | undefined;
  return {
    info,
    typeStem: pascalCase(operationId),
    resource,
    method: methodName,
    summary: operation.summary as string | undefined,
    description: operation.description as string | undefined,
    docsUrl: externalDocs?.url as string | undefined,
    deprecated: operation.deprecated === true,
    successStatus: successStatusOf(document, operation),
    pathParamNames,
  };
}

/** Operation-level parameters override path-level ones with the same name and location (OpenAPI 3.1, 4.8.10.1). */
function mergeParameters(document: OpenAPIDocument, shared: unknown[], own: unknown[]): Json[] {
  const merged = new Map<string, Json>();
  for (const raw of [...shared, ...own]) {
    const parameter = resolveRef(document, raw);
    merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  return [...merged.values()];
}

function readBody(document: OpenAPIDocument, operation: Json): Pick<OperationInfo, "body"> {
  if (!operation.requestBody) return {};
  const body = resolveRef(document, operation.requestBody);
  const json = (body.content as Json | undefined)?.["application/json"] as Json | undefined;
  if (!json) throw new Error(`${String(operation.operationId)}: only application/json request bodies are supported`);
  return { body: { required: body.required === true, schema: toShape(document, json.schema ?? {}) as ShapeSchema } };
}

function successStatusOf(document: OpenAPIDocument, operation: Json): string | undefined {
  const responses = (operation.responses ?? {}) as Json;
  const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status)).sort(byCodeUnit)[0];
  if (success === undefined) throw new Error(`${String(operation.operationId)} declares no 2xx response`);
  const content = resolveRef(document, responses[success]).content as Json | undefined;
  return content?.["application/json"] ? success : undefined;
}

/** Seconds per `x-throttles` period. */
const PERIODS: Readonly<Record<string, number>> = { sec: 1, min: 60, hour: 3_600, day: 86_400 };

/**
 * Recall's own extension, as in its OpenAPI definitions: `x-throttles: [{ scope_key, limit, period }]`.
 * Every entry is a separate budget the call must fit in.
 */
function readThrottles(operationId: string, raw: unknown, path: string): { rateLimits?: readonly RateLimit[] } {
  if (raw === undefined) return {};
  const expected = "x-throttles must be a non-empty list of { scope_key: <name>_id, limit: positive integer, period: sec|min|hour|day }";
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${operationId}: ${expected}`);
  const rateLimits = raw.map((entry, index) => {
    const { scope_key: scope, limit, period } = (entry ?? {}) as Json;
    const per = typeof period === "string" ? PERIODS[period] : undefined;
    if (typeof scope !== "string" || !/^[a-z][a-z0-9_]*_id$/.test(scope) || !isPositiveInteger(limit) || per === undefined) {
      throw new Error(`${operationId}: x-throttles[${index}] is ${JSON.stringify(entry)}; ${expected}`);
    }
    const param = scopeParam(path, scope);
    return { limit, per, scope, ...(param === undefined ? {} : { param }) };
  });
  return { rateLimits };
}

/**
 * The path parameter that names the object a limit is scoped to: one called `<scope_key>` itself, or the `{id}`
 * right after the scope's own resource (`bot_id` in `/api/v1/bot/{id}/leave_call/`). None for the workspace
 * (the API key is the workspace), nor where the path names another object (`bot_id` on `/recording/{id}/`).
 */
function scopeParam(path: string, scope: string): string | undefined {
  if (scope === "workspace_id") return undefined;
  const segments = path.split("/").filter(Boolean);
  if (segments.includes(`{${scope}}`)) return scope;
  const object = scope.slice(0, -"_id".length);
  const names = new Set([object, `${object}s`].map((name) => name.replace(/_/g, "")));
  for (const [index, segment] of segments.entries()) {
    const next = segments[index + 1];
    if (names.has(segment.replace(/[-_]/g, "")) && next?.startsWith("{")) return next.slice(1, -1);
  }
  return undefined;
}

function readPagination(operationId: string, raw: unknown): { pagination?: PaginationInfo } {
  if (raw === undefined) return {};
  const { style, items, next } = (raw ?? {}) as Json;
  if (style !== "cursor" || typeof items !== "string" || typeof next !== "string") {
    throw new Error(`${operationId}: x-pagination must be { style: cursor, items: <property>, next: <property> }`);
  }
  return { pagination: { style, items, next } };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function assertUnique(operations: readonly OperationModel[]): void {
  const seen = new Map<string, string>();
  for (const operation of operations) {
    const key = `${operation.resource}.${operation.method}`;
    const previous = seen.get(key);
    if (previous) throw new Error(`${previous} and ${operation.info.operationId} would both become ${key}; add x-sdk-method to one`);
    seen.set(key, operation.info.operationId);
  }
}
