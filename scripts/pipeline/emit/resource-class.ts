// Reads the operations of one resource; produces its class: one short method per operation, each calling
// the shared request core in src/ with the operation's generated facts.
import { type ClassDeclarationStructure, type MethodDeclarationStructure, type ParameterDeclarationStructure, Scope, StructureKind } from "ts-morph";
import { byCodeUnit } from "../../openapi/keys.js";
import type { RateLimit } from "../../../src/core/operation.js";
import type { OperationModel } from "../model.js";
import { camelCase } from "../naming.js";
import { docText, printKey } from "./literal.js";
import type { OperationTypes } from "./operation-types.js";

/**
 * `videoMixed` -> `VideoMixedResource`: the resource's own camelCase, capitalised (not re-split into words), and
 * suffixed, since a mass-noun resource shares its bare name with its schema (`VideoMixed` is the artifact's type).
 */
export function resourceClassName(resource: string): string {
  return `${resource.charAt(0).toUpperCase()}${resource.slice(1)}Resource`;
}

/** One operation of the resource, with the plain types its method is written with. */
export interface ResourceMethod {
  readonly operation: OperationModel;
  readonly types: OperationTypes;
}

/** `extraMethods`: members derived from the schemas rather than one operation (emit/long-running.ts), appended. */
export function emitResourceClass(resource: string, methods: readonly ResourceMethod[], extraMethods: readonly MethodDeclarationStructure[] = []): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: resourceClassName(resource),
    isExported: true,
    docs: [`The \`${resource}\` resource: one method per operation of the spec.`],
    ctors: [{ parameters: [{ name: "core", type: "RequestCore", scope: Scope.Private, isReadonly: true }] }],
    methods: [...[...methods].sort((a, b) => byCodeUnit(a.operation.method, b.operation.method)).map(emitOperationMethod), ...extraMethods],
  };
}

/** The types a resource file imports from types.ts, sorted. */
export function typesUsedBy(methods: readonly ResourceMethod[], declared: ReadonlySet<string>): string[] {
  const names = methods.flatMap(({ operation, types }) => [
    types.query,
    types.body,
    operation.info.pagination ? types.item : types.response,
    ...types.pathParams.map((param) => param.type),
  ]);
  return [...new Set(names.filter((name): name is string => name !== undefined && declared.has(name)))].sort(byCodeUnit);
}

function emitOperationMethod({ operation, types }: ResourceMethod): MethodDeclarationStructure {
  const parameters: ParameterDeclarationStructure[] = types.pathParams.map(({ name, type }) => ({ kind: StructureKind.Parameter, name: camelCase(name), type }));
  const input: string[] = [];
  if (parameters.length > 0) {
    const fields = operation.pathParamNames.map((name) => (camelCase(name) === name ? name : `${printKey(name)}: ${camelCase(name)}`));
    input.push(`path: { ${fields.join(", ")} }`);
  }
  if (types.body) {
    parameters.push({ kind: StructureKind.Parameter, name: "body", type: types.body, hasQuestionToken: !operation.info.body?.required });
    input.push("body");
  }
  if (types.query) {
    const required = operation.info.queryParams.some((parameter) => parameter.required);
    parameters.push({ kind: StructureKind.Parameter, name: "query", type: types.query, hasQuestionToken: !required });
    input.push("query");
  }
  parameters.push({ kind: StructureKind.Parameter, name: "options", type: "RequestOptions", hasQuestionToken: true });
  const paginated = operation.info.pagination !== undefined && types.item !== undefined;
  const call = paginated ? "paginate" : "request";
  const returnType = paginated ? `PageIterator<${types.item}>` : `APIPromise<${types.response ?? "void"}>`;
  const target = operation.info.operationId;
  return {
    kind: StructureKind.Method,
    name: operation.method,
    docs: [methodDoc(operation)],
    parameters,
    returnType,
    statements: [`return this.core.${call}(${target}, ${input.length > 0 ? `{ ${input.join(", ")} }` : "{}"}, options);`],
  };
}

function methodDoc(operation: OperationModel): string {
  const { info } = operation;
  const lines = [operation.summary ?? info.operationId, ""];
  const description = info.rateLimits ? withoutRateLimitProse(operation.description) : operation.description?.trim();
  if (description) lines.push(description, "");
  lines.push(`\`${info.method.toUpperCase()} ${info.path}\` (operationId \`${info.operationId}\`).`);
  if (info.rateLimits) lines.push(`Rate limit: ${info.rateLimits.map(rateLimitText).join(" and ")}; the client waits its turn instead of failing.`);
  if (info.idempotent) lines.push("Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.");
  if (info.pagination) lines.push("Iterates every item of every page lazily, following the `next` cursor.");
  if (operation.deprecated) lines.push("", "@deprecated");
  if (operation.docsUrl) lines.push("", `@see ${operation.docsUrl}`);
  return docText(lines.join("\n"));
}

const PERIOD_NAMES: Readonly<Record<number, string>> = { 1: "second", 60: "minute", 3600: "hour", 86400: "day" };

function rateLimitText({ limit, per, scope, param }: RateLimit): string {
  const object = scope.replace(/_id$/, "").replace(/_/g, " ");
  const unseen = scope !== "workspace_id" && param === undefined ? ` (counted per API key: the call does not name the ${object})` : "";
  return `${limit} requests per ${PERIOD_NAMES[per] ?? `${per} s`} per ${object}${unseen}`;
}

/** The description without its "This endpoint is rate limited to..." paragraph: the limit is stated once, from x-throttles. */
function withoutRateLimitProse(description: string | undefined): string | undefined {
  const paragraphs = (description ?? "").split(/\n\s*\n/).filter((paragraph) => !/^\s*This endpoint is rate limited to\b/i.test(paragraph));
  return paragraphs.join("\n\n").trim() || undefined;
}
