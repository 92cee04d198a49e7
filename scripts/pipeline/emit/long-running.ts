// Reads the bundled document and the operation model; produces the long-running methods of one resource class and
// the imports they need, all derived from the spec's schemas (no list of operations):
// - `waitUntilDone(id)` where a GET of one object by its one path parameter answers a schema whose `status.code` enum
//   has `done` (an artifact, a recording);
// - `download(id, destination)` where that object's `data` holds string `*download_url` properties;
// - `<method>AndWait(...)` for a POST that creates an object some resource can wait on: it answers that schema, and is
//   not an action on one object of the same resource.
import { type ImportDeclarationStructure, type MethodDeclarationStructure, type ParameterDeclarationStructure, StructureKind } from "ts-morph";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import { byCodeUnit } from "../../openapi/keys.js";
import { resolveRef, schemaRefName } from "../../openapi/pointer.js";
import type { OperationModel } from "../model.js";
import { camelCase } from "../naming.js";
import { wrapProse } from "./type-printer.js";
import type { OperationTypes } from "./operation-types.js";
import { type ResourceMethod, resourceClassName } from "./resource-class.js";

export interface LongRunningMembers {
  readonly methods: MethodDeclarationStructure[];
  readonly imports: ImportDeclarationStructure[];
}

/** The runtime of these methods, as seen from generated/resources/. */
const RUNTIME = "../../src/long-running/index.js";
/** The status code that ends a wait successfully; the schema's enum must list it. */
const DONE = "done";
/** The download URL fetched when the caller names none, where the object has it. */
const DEFAULT_FILE = "download_url";
const FILE_SUFFIX = "download_url";

/** An operation that retrieves one object whose status can be waited on. */
interface Pollable {
  readonly operation: OperationModel;
  /** The response schema's component name: what a creating operation must answer to be waited on. */
  readonly schema: string | undefined;
  /** Its `data`'s download URL properties, sorted. */
  readonly files: readonly string[];
}

/** Each operation's plain types, as its own method is written with them. */
type TypesOf = (operation: OperationModel) => OperationTypes;

/** Each resource's long-running members in turn, with what every resource shares found once (not once per resource). */
export function longRunningEmitter(document: OpenAPIDocument, all: readonly ResourceMethod[]): (resource: string) => LongRunningMembers {
  const operations = all.map((method) => method.operation);
  const byOperation = new Map(all.map((method) => [method.operation, method.types]));
  const typesOf: TypesOf = (operation) => byOperation.get(operation)!;
  const pollables = operations.map((operation) => pollableOf(document, operation)).filter((found): found is Pollable => found !== undefined);
  return (resource) => longRunningMembers(document, operations, pollables, typesOf, resource);
}

function longRunningMembers(document: OpenAPIDocument, operations: readonly OperationModel[], pollables: readonly Pollable[], typesOf: TypesOf, resource: string): LongRunningMembers {
  const own = pollables.find((pollable) => pollable.operation.resource === resource);
  const methods: MethodDeclarationStructure[] = [];
  const runtime = new Set<string>();
  const classes = new Set<string>();
  if (own) {
    methods.push(waitMethod(own, typesOf));
    runtime.add("type WaitOptions").add("pollUntilDone");
    if (own.files.length > 0) {
      methods.push(downloadMethod(own, typesOf));
      runtime.add("type DownloadDestination").add(own.files.includes(DEFAULT_FILE) ? "type DownloadOptions" : "type DownloadFileOptions").add("type DownloadResult").add("downloadArtifact");
    }
  }
  for (const operation of operations.filter((candidate) => candidate.resource === resource && candidate.info.method === "post")) {
    const schema = schemaRefName(operation.responseSchema);
    const target = schema === undefined ? undefined : pollables.find((pollable) => pollable.schema === schema);
    if (!target || !typesOf(operation).response) continue;
    // A POST on one object of the target's own resource (`/recording/{id}/delete_media/`) acts on it, creates nothing.
    if (target.operation.resource === resource && operation.pathParamNames.length > 0) continue;
    methods.push(andWaitMethod(operation, target, resource, typesOf));
    runtime.add("type WaitOptions");
    if (target.operation.resource !== resource) classes.add(target.operation.resource);
  }
  const imports: ImportDeclarationStructure[] = [];
  if (runtime.size > 0) {
    const names = [...runtime].sort((a, b) => byCodeUnit(a.replace(/^type /, ""), b.replace(/^type /, "")));
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: RUNTIME, namedImports: names });
  }
  for (const other of [...classes].sort(byCodeUnit)) {
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./${other}.js`, namedImports: [resourceClassName(other)] });
  }
  return { methods: methods.sort((a, b) => byCodeUnit(a.name, b.name)), imports };
}

/** A GET by exactly one path parameter, not a list, answering an object whose `status.code` enum includes `done`. */
function pollableOf(document: OpenAPIDocument, operation: OperationModel): Pollable | undefined {
  const { info } = operation;
  if (info.method !== "get" || info.pathParams.length !== 1 || info.pagination || !operation.successStatus) return undefined;
  const schema = operation.responseSchema;
  const properties = propertiesOf(document, schema);
  const code = propertiesOf(document, properties.status).code;
  const codes = code === undefined ? [] : (resolveRef(document, code).enum as unknown[] | undefined) ?? [];
  if (!codes.includes(DONE) || properties.id === undefined) return undefined;
  const data = propertiesOf(document, properties.data);
  const files = Object.entries(data)
    .filter(([name, property]) => name.endsWith(FILE_SUFFIX) && allowsString(resolveRef(document, property)))
    .map(([name]) => name)
    .sort(byCodeUnit);
  return { operation, schema: schemaRefName(schema), files };
}

function waitMethod({ operation }: Pollable, typesOf: TypesOf): MethodDeclarationStructure {
  const types = typesOf(operation);
  const idName = camelCase(operation.pathParamNames[0]!);
  return {
    kind: StructureKind.Method,
    name: "waitUntilDone",
    docs: [
      doc([
        `Waits until the object's \`status.code\` is \`done\`, retrieving it with \`${operation.method}\` (rate limited like any call) at a growing interval.`,
        "",
        "Resolves with the object; throws WaitFailedError (carrying the object) when it is `failed` or `deleted`, WaitTimeoutError after",
        "`options.timeout` (default an hour), APIUserAbortError when `options.signal` aborts.",
      ]),
    ],
    parameters: [idParameter(operation, types), { kind: StructureKind.Parameter, name: "options", type: "WaitOptions", hasQuestionToken: true }],
    returnType: `Promise<${types.response}>`,
    statements: [`return pollUntilDone(${idName}, (request) => this.${operation.method}(${idName}, request), options);`],
  };
}

function downloadMethod({ operation, files }: Pollable, typesOf: TypesOf): MethodDeclarationStructure {
  const idName = camelCase(operation.pathParamNames[0]!);
  const fileType = files.map((file) => JSON.stringify(file)).join(" | ");
  const hasDefault = files.includes(DEFAULT_FILE);
  return {
    kind: StructureKind.Method,
    name: "download",
    docs: [
      doc([
        hasDefault
          ? `Downloads the object's file (\`data.${DEFAULT_FILE}\`${files.length > 1 ? `, or the one \`options.file\` names: ${others(files)}` : ""}) to a file path or a WritableStream.`
          : `Downloads the object's file that \`options.file\` names (${others(files)}) to a file path or a WritableStream.`,
        "",
        "Resumes with a Range request after a dropped connection, retrieves the object again for a fresh URL when the signed one has",
        "expired (403), checks the length, and writes a path under a temporary name renamed at the end. The API key is never sent to",
        "the file host. Throws DownloadError when the object has no URL yet (wait with waitUntilDone first) or the host keeps failing.",
      ]),
    ],
    parameters: [
      idParameter(operation, typesOf(operation)),
      { kind: StructureKind.Parameter, name: "destination", type: "DownloadDestination" },
      hasDefault
        ? { kind: StructureKind.Parameter, name: "options", type: `DownloadOptions<${fileType}>`, hasQuestionToken: true }
        : { kind: StructureKind.Parameter, name: "options", type: `DownloadFileOptions<${fileType}>` },
    ],
    returnType: "Promise<DownloadResult>",
    statements: [
      `return downloadArtifact(${idName}, (request) => this.${operation.method}(${idName}, request), ${hasDefault ? JSON.stringify(DEFAULT_FILE) : "undefined"}, destination, options);`,
    ],
  };
}

function andWaitMethod(operation: OperationModel, target: Pollable, resource: string, typesOf: TypesOf): MethodDeclarationStructure {
  const types = typesOf(operation);
  const parameters: ParameterDeclarationStructure[] = operation.pathParamNames.map((name) => pathParameter(name, types));
  const args = parameters.map((parameter) => parameter.name);
  if (types.body) {
    parameters.push({ kind: StructureKind.Parameter, name: "body", type: types.body, hasQuestionToken: !operation.info.body?.required });
    args.push("body");
  }
  if (types.query) {
    parameters.push({ kind: StructureKind.Parameter, name: "query", type: types.query, hasQuestionToken: !operation.info.queryParams.some((parameter) => parameter.required) });
    args.push("query");
  }
  parameters.push({ kind: StructureKind.Parameter, name: "options", type: "WaitOptions", hasQuestionToken: true });
  const waiter = target.operation.resource === resource ? "this" : `new ${resourceClassName(target.operation.resource)}(this.core)`;
  return {
    kind: StructureKind.Method,
    name: `${operation.method}AndWait`,
    isAsync: true,
    docs: [
      doc([
        `Calls \`${operation.method}\`, then waits until the object it created is \`done\` (\`${target.operation.resource}.waitUntilDone\`) and resolves with it.`,
        "",
        "Throws what either step throws: WaitFailedError when the object ends `failed` or `deleted`, WaitTimeoutError after `options.timeout`.",
      ]),
    ],
    parameters,
    returnType: `Promise<${types.response}>`,
    statements: [
      `const created = await this.${operation.method}(${[...args, "{ signal: options?.signal }"].join(", ")});`,
      `return ${waiter}.waitUntilDone(created.id, options);`,
    ],
  };
}

/** Lines as paragraphs ("" between them), each wrapped as every generated doc is. */
function doc(lines: readonly string[]): string {
  return wrapProse(lines.join("\n").split("\n\n").map((paragraph) => paragraph.replaceAll("\n", " ")).join("\n\n"));
}

/** `\`a\`, \`b\`` for a doc line. */
function others(files: readonly string[]): string {
  return files.map((file) => `\`${file}\``).join(", ");
}

function idParameter(operation: OperationModel, types: OperationTypes): ParameterDeclarationStructure {
  return pathParameter(operation.pathParamNames[0]!, types);
}

function pathParameter(name: string, types: OperationTypes): ParameterDeclarationStructure {
  const type = types.pathParams.find((parameter) => parameter.name === name)?.type ?? "string";
  return { kind: StructureKind.Parameter, name: camelCase(name), type };
}

/** An object schema's properties, through `$ref`s and `allOf`. */
function propertiesOf(document: OpenAPIDocument, node: unknown): Json {
  if (node === undefined) return {};
  const schema = resolveRef(document, node);
  const merged: Json = {};
  for (const part of (schema.allOf as unknown[] | undefined) ?? []) Object.assign(merged, propertiesOf(document, part));
  return Object.assign(merged, (schema.properties as Json | undefined) ?? {});
}

function allowsString(schema: Json): boolean {
  return schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string"));
}
