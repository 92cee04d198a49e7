// Reads openapi-typescript's `components` and `operations` interfaces; produces one named type alias per schema
// and per operation's path parameters, query, request body and response, so no user writes components["schemas"][...].
import { type InterfaceDeclaration, type SourceFile, StructureKind, ts, type TypeAliasDeclarationStructure } from "ts-morph";
import { byCodeUnit } from "../../openapi/keys.js";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import type { OperationModel } from "../model.js";
import { resolveRef, schemaRefName } from "../../openapi/pointer.js";
import { schemaTypeName } from "../naming.js";
import { docText, printKey } from "./literal.js";

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

/**
 * Each schema under its own name in the view it is used in: the read view (no writeOnly fields) when a response
 * or another schema uses it, plus `<Name>Write` (no readOnly fields) when a request body also refers to it;
 * a schema only request bodies use is the write view under its own name.
 */
function emitSchemaAliases(components: InterfaceDeclaration, document: OpenAPIDocument): TypeAliasDeclarationStructure[] {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  const { written, read } = schemaUses(document);
  const declared = components.getProperty("schemas");
  if (!declared) return [];
  // `schemas: never` when the spec declares none.
  const members = declared.getTypeNodeOrThrow().asKind(ts.SyntaxKind.TypeLiteral)?.getProperties() ?? [];
  return members.flatMap((member) => {
    const name = member.getName().replace(/^["']|["']$/g, "");
    const typeName = schemaTypeName(name);
    const type = `components["schemas"][${JSON.stringify(name)}]`;
    const description = schemas[name]?.description as string | undefined;
    if (!written.has(name)) return [alias(typeName, `Readable<${type}>`, description)];
    if (!read.has(name)) return [alias(typeName, `Writable<${type}>`, description)];
    return [alias(typeName, `Readable<${type}>`, description), alias(`${typeName}Write`, `Writable<${type}>`, `${typeName} as a request body sends it: without its readOnly fields.`)];
  });
}

function emitOperationAliases(operationsInterface: InterfaceDeclaration, operation: OperationModel): TypeAliasDeclarationStructure[] {
  if (operation.specOperationId !== undefined) operationsInterface.getPropertyOrThrow(printKey(operation.specOperationId));
  const id = operation.info.operationId;
  const base = operation.schemaType;
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
    result.push(alias(names.item, `NonNullable<${names.response}[${JSON.stringify(operation.info.pagination?.items)}]>[number]`, `One item of a ${label} page.`));
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

/**
 * `written`: schemas a request body refers to directly. `read`: schemas a response or another schema refers to
 * (a nested schema is read wherever its parent is; openapi-typescript's views apply deeply).
 */
function schemaUses(document: OpenAPIDocument): { written: Set<string>; read: Set<string> } {
  const written = new Set<string>();
  const read = new Set<string>();
  const collect = (node: unknown, into: Set<string>): void => {
    if (Array.isArray(node)) return node.forEach((item) => collect(item, into));
    if (node === null || typeof node !== "object") return;
    const name = schemaRefName(node);
    if (name !== undefined) into.add(name);
    Object.values(node).forEach((value) => collect(value, into));
  };
  for (const item of Object.values((document.paths ?? {}) as Record<string, Json>)) {
    for (const operation of Object.values(item)) {
      if (operation === null || typeof operation !== "object" || Array.isArray(operation)) continue;
      const { requestBody, responses } = operation as Json;
      const bodySchema = (((resolveRef(document, requestBody ?? {}).content as Json | undefined)?.["application/json"] as Json | undefined)?.schema);
      const direct = schemaRefName(bodySchema);
      if (direct !== undefined) written.add(direct);
      collect(responses, read);
    }
  }
  collect(document.webhooks, read);
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, Json>;
  for (const schema of Object.values(schemas)) collect(schema, read);
  return { written, read };
}
