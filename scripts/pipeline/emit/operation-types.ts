// Reads one operation of openapi-typescript's `operations` interface; produces the plain types its method is
// written with. The one naming rule (README, "Named types"):
//
//   a request or response body that is a component schema is that schema's name in its view (`Recording`,
//   `RecordingUpdate`, `CreateTranscriptRequest`); a list's items are their schema's name (`PageIterator<Recording>`);
//   a path parameter is its own type (`id: string`). Anything inline is declared as <Resource><Method><Kind>,
//   Kind one of Query, Params (request body), Response, Item: `RecordingsListQuery`.
import { type SourceFile, StructureKind, ts } from "ts-morph";
import type { OperationModel } from "../model.js";
import { printKey } from "./literal.js";
import { declaration, type NamedDeclaration } from "./named-types.js";
import type { SchemaViews } from "./schema-views.js";
import { type ComponentLookup, componentRef, marker, printType, type Printer, propertyType, propertyTypes, type View } from "./type-printer.js";

export interface OperationTypes {
  readonly pathParams: readonly { readonly name: string; readonly type: string }[];
  readonly query?: string;
  readonly body?: string;
  readonly response?: string;
  /** The element type of a paginated list. */
  readonly item?: string;
  /** Declarations for what is inline in the spec. */
  readonly declarations: readonly NamedDeclaration[];
}

/**
 * openapi-typescript's type of an operation: `operations[<operationId>]` under the spec's own operationId, or, for an
 * operation without one, the type written inline at `paths[<path>][<method>]`. Both interfaces are indexed by name
 * once: a search per operation made GitHub's 1,221 operations quadratic.
 */
export function operationNodes(schemaFile: SourceFile): (operation: OperationModel) => ts.TypeNode {
  let operations: Map<string, ts.TypeNode> | undefined;
  let paths: Map<string, ts.TypeNode> | undefined;
  return (operation) => {
    const given = operation.specOperationId;
    if (given !== undefined) {
      operations ??= propertyTypes(schemaFile.getInterfaceOrThrow("operations").compilerNode);
      return found(operations.get(printKey(given)), `operations[${JSON.stringify(given)}]`);
    }
    paths ??= propertyTypes(schemaFile.getInterfaceOrThrow("paths").compilerNode);
    const item = found(paths.get(printKey(operation.info.path)), `paths[${JSON.stringify(operation.info.path)}]`);
    if (!ts.isTypeLiteralNode(item)) throw new Error(`openapi-typescript wrote paths[${JSON.stringify(operation.info.path)}] as ${ts.SyntaxKind[item.kind]}, not a type literal`);
    return found(propertyType(item, operation.info.method), `paths[${JSON.stringify(operation.info.path)}].${operation.info.method}`);
  };
}

function found(type: ts.TypeNode | undefined, where: string): ts.TypeNode {
  if (!type) throw new Error(`openapi-typescript's output declares no ${where}`);
  return type;
}

export function operationTypes(node: ts.TypeNode, operation: OperationModel, views: SchemaViews, component: ComponentLookup): OperationTypes {
  const id = operation.info.operationId;
  const stem = `${capitalize(operation.resource)}${capitalize(operation.method)}`;
  const printer = (view: View): Printer => ({ view, nameOf: views.nameOf, component });
  const find = (at: ts.TypeNode | undefined, key: string): ts.TypeNode | undefined => member(at, key, component);
  const declarations: NamedDeclaration[] = [];
  const named = (kind: string, at: ts.TypeNode, view: View, doc: string): string => {
    const ref = componentRef(at);
    if (ref?.section === "schemas") return views.nameOf(ref.name, view);
    const name = `${stem}${kind}`;
    // A query is a type, not an interface: the request core takes it as a string-keyed record, which an
    // interface (open to declaration merging) is not assignable to.
    if (kind === "Query") declarations.push({ kind: StructureKind.TypeAlias, name, isExported: true, type: printType(at, printer(view)), docs: [doc] });
    else declarations.push(declaration(name, at, printer(view), [doc], views));
    return name;
  };
  const label = operation.summary ?? id;
  const parameters = find(node, "parameters");
  const path = find(parameters, "path");
  const pathParams = operation.pathParamNames.map((name) => {
    const type = find(path, name);
    if (!type) throw new Error(`${id}: openapi-typescript declares no path parameter ${name}`);
    return { name, type: printType(type, printer("write")) };
  });
  const query = operation.info.queryParams.length > 0 ? find(parameters, "query") : undefined;
  const bodyNode = operation.info.body ? find(find(find(node, "requestBody"), "content"), "application/json") : undefined;
  const responseNode = operation.successStatus ? find(find(find(node, "responses"), operation.successStatus), "content") : undefined;
  const json = find(responseNode, "application/json");
  const response = json ? named("Response", json, "read", `Response body of ${label}.`) : undefined;
  return {
    pathParams,
    ...(query ? { query: named("Query", query, "write", `Query parameters of ${label}.`) } : {}),
    ...(bodyNode ? { body: named("Params", bodyNode, "write", `Request body of ${label}.`) } : {}),
    ...(response ? { response } : {}),
    ...(json && operation.info.pagination ? { item: itemType(json, operation.info.pagination.items, views, printer("read"), () => {
      const name = `${stem}Item`;
      declarations.push({ kind: StructureKind.TypeAlias, name, isExported: true, type: `NonNullable<${response}[${JSON.stringify(operation.info.pagination?.items)}]>[number]`, docs: [`One item of a ${label} page.`] });
      return name;
    }) } : {}),
    declarations,
  };
}

/** The name of a page's item type: the items array's element schema, when it is one. */
function itemType(page: ts.TypeNode, items: string, views: SchemaViews, printer: Printer, fallback: () => string): string {
  const ref = componentRef(page);
  const schema = ref?.section === "schemas" ? views.schemas.get(ref.name) : page;
  let array = member(schema, items, printer.component);
  const marked = array && marker(array);
  if (marked) array = marked.inner;
  if (array && ts.isArrayTypeNode(array)) {
    const element = componentRef(array.elementType);
    if (element?.section === "schemas") return views.nameOf(element.name, "read");
  }
  return fallback();
}

/** The type of property `key` of an object type node, through `components[...]` references and optional markers. */
function member(at: ts.TypeNode | undefined, key: string, component: ComponentLookup): ts.TypeNode | undefined {
  if (at === undefined) return undefined;
  const ref = componentRef(at);
  if (ref && ref.section !== "schemas") return member(component(ref.section, ref.name), key, component);
  if (ts.isTypeReferenceNode(at) && at.typeName.getText() === "NonNullable") return member(at.typeArguments?.[0], key, component);
  if (!ts.isTypeLiteralNode(at)) return undefined;
  const type = propertyType(at, key) ?? propertyType(at, JSON.stringify(key));
  return type === undefined || type.getText() === "never" ? undefined : type;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
