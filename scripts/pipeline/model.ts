// Reads the bundled document; produces the operation model every emitter works from, sorted by operationId.
import type { OperationInfo, PaginationInfo, ParameterInfo, RateLimit, ShapeSchema } from "../../src/core/operation.js";
import { byCodeUnit } from "../openapi/keys.js";
import type { Json, OpenAPIDocument } from "../openapi/json.js";
import { type OperationEntry, operationsOf, SpecError } from "../openapi/document.js";
import { resolveRef } from "../openapi/pointer.js";
import { methodNameOf, operationIdentifier, typeNameOf } from "./naming.js";
import { toShape } from "./shape-schema.js";

/** The methods the request core sends (src/core/operation.ts). */
const CLIENT_METHODS: ReadonlySet<string> = new Set(["get", "put", "post", "patch", "delete"]);
const JSON_MEDIA_TYPE = "application/json";
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
  /** That body's JSON schema as written (a `$ref` stays one), the one every emitter of responses reads. */
  readonly responseSchema: unknown;
  readonly pathParamNames: readonly string[];
  /** Where the operation is in the bundled document, for errors. */
  readonly pointer: string;
  /** The spec's own operationId (the key of openapi-typescript's `operations`), absent when the spec gives none. */
  readonly specOperationId: string | undefined;
  /** openapi-typescript's type of the operation: `operations["<operationId>"]`, or `paths["<path>"]["<method>"]` without one. */
  readonly schemaType: string;
}

export function readOperations(document: OpenAPIDocument): OperationModel[] {
  const operations = operationsOf(document, ["paths"]).map((entry) => readOperation(document, entry));
  operations.sort((a, b) => byCodeUnit(a.info.operationId, b.info.operationId));
  assertUnique(operations, "identifier", (operation) => operation.info.operationId, "rename one operationId");
  assertUnique(operations, "type name stem", (operation) => operation.typeStem, "rename one operationId");
  assertUnique(operations, "SDK method", (operation) => `${operation.resource}.${operation.method}`, "add x-sdk-method: { resource, name } to one");
  return operations;
}

function readOperation(document: OpenAPIDocument, { key: path, method, operation, sharedParameters, pointer }: OperationEntry): OperationModel {
  if (!CLIENT_METHODS.has(method)) {
    throw new SpecError(pointer, `${method.toUpperCase()} operation`, "the client sends GET, PUT, POST, PATCH and DELETE only; leave it out of the spec the client is generated from");
  }
  const given = typeof operation.operationId === "string" ? operation.operationId : undefined;
  const tags = operation.tags as unknown[] | undefined;
  // The identifier names the operation's export in generated/operations.ts and keys its validators.
  const operationId = operationIdentifier({ operationId: given, httpMethod: method, path });
  const parameters = mergeParameters(document, sharedParameters, (operation.parameters as unknown[] | undefined) ?? []);
  const pathParamNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const byLocation = (location: string): ParameterInfo[] =>
    parameters
      .filter((parameter) => parameter.in === location)
      .map((parameter) => ({
        name: parameter.name as string,
        required: parameter.required === true,
        schema: toShape(document, parameterSchema(parameter)) as ShapeSchema,
        ...(typeof parameter["x-key-prefix"] === "string" ? { keyPrefix: parameter["x-key-prefix"] } : {}),
      }));
  const pathParams = byLocation("path").sort((a, b) => pathParamNames.indexOf(a.name) - pathParamNames.indexOf(b.name));
  const { resource, method: methodName } = methodNameOf({ operationId: given, httpMethod: method, path, tags }, operation["x-sdk-method"]);
  const info: OperationInfo = {
    operationId,
    name: `${resource}.${methodName}`,
    method: method as OperationInfo["method"],
    path,
    pathParams,
    queryParams: byLocation("query").sort((a, b) => byCodeUnit(a.name, b.name)),
    ...readBody(document, operation, pointer),
    idempotent: parameters.some((parameter) => parameter.in === "header" && String(parameter.name).toLowerCase() === IDEMPOTENCY_HEADER),
    ...readThrottles(operationId, operation["x-throttles"], path),
    ...readPagination(operationId, operation["x-pagination"]),
  };
  const externalDocs = operation.externalDocs as Json | undefined;
  return {
    info,
    typeStem: typeNameOf(operationId),
    resource,
    method: methodName,
    summary: operation.summary as string | undefined,
    description: operation.description as string | undefined,
    docsUrl: externalDocs?.url as string | undefined,
    deprecated: operation.deprecated === true,
    ...readSuccess(document, operation),
    pathParamNames,
    pointer,
    specOperationId: given,
    schemaType: given === undefined ? `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]` : `operations[${JSON.stringify(given)}]`,
  };
}

/** A parameter's schema: `schema`, or the one of its `content` (OpenAPI allows either). */
function parameterSchema(parameter: Json): unknown {
  if (parameter.schema !== undefined) return parameter.schema;
  const content = Object.values((parameter.content ?? {}) as Json)[0] as Json | undefined;
  return content?.schema ?? {};
}

/** Operation-level parameters override path-level ones with the same name and location (OpenAPI 3.1, 4.8.10.1). */
function mergeParameters(document: OpenAPIDocument, shared: readonly unknown[], own: readonly unknown[]): Json[] {
  const merged = new Map<string, Json>();
  for (const raw of [...shared, ...own]) {
    const parameter = resolveRef(document, raw);
    merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  return [...merged.values()];
}

function readBody(document: OpenAPIDocument, operation: Json, pointer: string): Pick<OperationInfo, "body"> {
  if (!operation.requestBody) return {};
  const body = resolveRef(document, operation.requestBody);
  const content = (body.content ?? {}) as Json;
  const json = content[JSON_MEDIA_TYPE] as Json | undefined;
  if (!json) {
    const types = Object.keys(content).join(", ") || "no media type";
    throw new SpecError(
      `${pointer}/requestBody`,
      `${types} request body`,
      "the client sends application/json bodies only; add an application/json body, or leave the operation out (Redocly's filter-out decorator in redocly.yaml)",
    );
  }
  return { body: { required: body.required === true, schema: toShape(document, json.schema ?? {}) as ShapeSchema } };
}

function readSuccess(document: OpenAPIDocument, operation: Json): Pick<OperationModel, "successStatus" | "responseSchema"> {
  const responses = (operation.responses ?? {}) as Json;
  const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status)).sort(byCodeUnit)[0];
  // No 2xx (a redirect to a download, say) or a body that is not JSON: the method resolves to nothing.
  const content = success === undefined ? undefined : (resolveRef(document, responses[success]).content as Json | undefined);
  const json = content?.[JSON_MEDIA_TYPE] as Json | undefined;
  return json ? { successStatus: success, responseSchema: json.schema } : { successStatus: undefined, responseSchema: undefined };
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

/** Two operations one name would merge: refused, naming both by pointer and what to change. */
function assertUnique(operations: readonly OperationModel[], what: string, nameOf: (operation: OperationModel) => string, fix: string): void {
  const seen = new Map<string, OperationModel>();
  for (const operation of operations) {
    const name = nameOf(operation);
    const previous = seen.get(name);
    if (previous) {
      throw new SpecError(operation.pointer, `${what} ${name}`, `${previous.pointer} would get it too; ${fix}`);
    }
    seen.set(name, operation);
  }
}
