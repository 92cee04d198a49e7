// Reads openapi-typescript's `components` and `operations` interfaces; produces one named type alias per schema
// and per operation's path parameters, query, request body and response, so no user writes components["schemas"][...].
import { type InterfaceDeclaration, type SourceFile, StructureKind, ts, type TypeAliasDeclarationStructure } from "ts-morph";
import { byCodeUnit, type OpenAPIDocument } from "../bundle-spec.js";
import type { OperationModel } from "../model.js";
import { docText, printKey } from "./literal.js";

type Json = Record<string, unknown>;

export interface NamedTypes {
  readonly aliases: TypeAliasDeclarationStructure[];
  /** Names this module exports, for the emitters that import them. */
  readonly names: ReadonlySet<string>;
}

export function operationTypeNames(operation: OperationModel) {
  const stem = operation.typeStem;
  return {
    pathParams: operation.info.pathParams.length > 0 ? `${stem}PathParams` : undefined,
    query: operation.info.queryParams.length > 0 ? `${stem}Query` : undefined,
    body: operation.info.body ? `${stem}Body` : undefined,
    response: operation.successStatus ? `${stem}Response` : undefined,
    item: operation.info.pagination && operation.successStatus ? `${stem}Item` : undefined,
  };
}

export function emitNamedTypes(schemaFile: SourceFile, document: OpenAPIDocument, operations: readonly OperationModel[]): NamedTypes {
  const aliases = [
    ...emitSchemaAliases(schemaFile.getInterfaceOrThrow("components"), document),
    ...operations.flatMap((operation) => emitOperationAliases(schemaFile.getInterfaceOrThrow("operations"), operation)),
  ];
  const names = new Set<string>();
  for (const alias of aliases) {
    if (names.has(alias.name)) throw new Error(`Two generated types are both named ${alias.name}: rename a schema or an operationId`);
    names.add(alias.name);
  }
  aliases.sort((a, b) => byCodeUnit(a.name, b.name));
  return { aliases, names };
}

function emitSchemaAliases(components: InterfaceDeclaration, document: OpenAPIDocument): TypeAliasDeclarationStructure[] {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const writeOnlyUse = requestBodySchemaNames(document);
  const declared = components.getProperty("schemas");
  if (!declared) return [];
  const members = declared.getTypeNodeOrThrow().asKindOrThrow(ts.SyntaxKind.TypeLiteral).getProperties();
  return members.map((member) => {
    const name = member.getName().replace(/^["']|["']$/g, "");
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Schema "${name}" is not a TypeScript identifier: rename it in the spec`);
    const view = writeOnlyUse.has(name) ? "Writable" : "Readable";
    return alias(name, `${view}<components["schemas"][${JSON.stringify(name)}]>`, schemas[name]?.description as string | undefined);
  });
}

function emitOperationAliases(operationsInterface: InterfaceDeclaration, operation: OperationModel): TypeAliasDeclarationStructure[] {
  const id = operation.info.operationId;
  operationsInterface.getPropertyOrThrow(printKey(id));
  const base = `operations[${JSON.stringify(id)}]`;
  const names = operationTypeNames(operation);
  const label = operation.summary ?? id;
  const result: TypeAliasDeclarationStructure[] = [];
  if (names.pathParams) result.push(alias(names.pathParams, `${base}["parameters"]["path"]`, `Path parameters of ${label}.`));
  if (names.query) result.push(alias(names.query, `NonNullable<${base}["parameters"]["query"]>`, `Query parameters of ${label}.`));
  if (names.body) {
    result.push(alias(names.body, `Writable<NonNullable<${base}["requestBody"]>["content"]["application/json"]>`, `Request body of ${label}: only what a client may write.`));
  }
  if (names.response) {
    result.push(alias(names.response, `Readable<${base}["responses"][${operation.successStatus}]["content"]["application/json"]>`, `Response body of ${label}.`));
  }
  if (names.item && names.response) {
    result.push(alias(names.item, `${names.response}[${JSON.stringify(operation.info.pagination?.items)}][number]`, `One item of a ${label} page.`));
  }
  return result;
}

function alias(name: string, type: string, description: string | undefined): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    type,
    docs: description ? [docText(description)] : [],
  };
}

/** Schemas a request body refers to directly are the write view (readOnly fields stripped); all others the read view. */
function requestBodySchemaNames(document: OpenAPIDocument): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== "object") return;
    const body = (node as Json).requestBody as Json | undefined;
    const schema = ((body?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema as Json | undefined;
    const ref = schema?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) names.add(ref.slice("#/components/schemas/".length));
    Object.values(node).forEach(visit);
  };
  visit(document.paths);
  return names;
}

