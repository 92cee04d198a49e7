// Reads openapi-typescript's `components` interface; produces one named declaration per component schema and view
// (schema-views.ts says which): `interface` for an object, `type` for a union, enum or primitive, with each
// property's description as JSDoc and every other schema referred to by name. What a user hovers is that name.
import { type InterfaceDeclarationStructure, Node, type SourceFile, StructureKind, type TypeAliasDeclarationStructure, type TypeNode } from "ts-morph";
import { type ComponentLookup, componentRef, docOf, printIndexSignature, printPropertySignature, printType, type Printer } from "./type-printer.js";
import { type SchemaViews, schemaViews } from "./schema-views.js";

export type NamedDeclaration = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

export interface SchemaDeclarations {
  readonly declarations: NamedDeclaration[];
  readonly views: SchemaViews;
  readonly component: ComponentLookup;
}

export function emitSchemaDeclarations(schemaFile: SourceFile): SchemaDeclarations {
  const components = schemaFile.getInterfaceOrThrow("components");
  const component = componentLookup(schemaFile);
  const views = schemaViews(components, schemaFile.getInterface("operations"), schemaFile.getInterface("webhooks"), component);
  const declarations: NamedDeclaration[] = [];
  const docs = schemaDocs(schemaFile);
  for (const [name, node] of views.schemas) {
    const doc = docs.get(name);
    const own = views.ownView(name);
    declarations.push(declaration(views.nameOf(name, own), node, { view: own, nameOf: views.nameOf, component }, doc ? [doc] : [], views));
    if (views.hasWriteName(name)) {
      const write = `${views.nameOf(name, "read")} as a request body sends it: without its readOnly fields.`;
      declarations.push(declaration(views.nameOf(name, "write"), node, { view: "write", nameOf: views.nameOf, component }, [write], views));
    }
  }
  return { declarations, views, component };
}

/**
 * An object becomes an interface; an allOf of named objects and one inline object becomes an interface extending
 * them (when no property is declared twice, which an interface would reject); anything else a type alias.
 */
export function declaration(name: string, node: TypeNode, printer: Printer, docs: string[], views?: SchemaViews): NamedDeclaration {
  if (Node.isTypeLiteral(node)) return objectInterface(name, node.getMembers(), [], printer, docs);
  if (views && Node.isIntersectionTypeNode(node)) {
    const parts = node.getTypeNodes();
    const literals = parts.filter((part) => Node.isTypeLiteral(part));
    const bases = parts.filter((part) => !Node.isTypeLiteral(part));
    const own = literals[0];
    if (literals.length <= 1 && bases.every((base) => isInterface(base, printer, views)) && !declaresTwice(parts, views)) {
      const members = own && Node.isTypeLiteral(own) ? own.getMembers() : [];
      return objectInterface(name, members, bases.map((base) => printType(base, printer)), printer, docs);
    }
  }
  return { kind: StructureKind.TypeAlias, name, isExported: true, type: printType(node, printer), docs };
}

function objectInterface(name: string, members: readonly Node[], bases: string[], printer: Printer, docs: string[]): InterfaceDeclarationStructure {
  const properties = members.filter((member) => Node.isPropertySignature(member)).flatMap((member) => {
    const printed = printPropertySignature(member, printer, 0);
    return printed ? [{ kind: StructureKind.PropertySignature as const, name: printed.name, hasQuestionToken: printed.optional, type: printed.type, docs: printed.docs }] : [];
  });
  const indexSignatures = members
    .filter((member) => Node.isIndexSignatureDeclaration(member))
    .map((member) => ({ kind: StructureKind.IndexSignature as const, ...printIndexSignature(member, printer, 0) }));
  const unknown = members.find((member) => !Node.isPropertySignature(member) && !Node.isIndexSignatureDeclaration(member));
  if (unknown) throw new Error(`unexpected member in openapi-typescript's output: ${unknown.getText()}`);
  return { kind: StructureKind.Interface, name, isExported: true, extends: bases, properties, indexSignatures, docs };
}

/** True when the part is a schema declared as an interface (so an interface can extend it). */
function isInterface(part: TypeNode, printer: Printer, views: SchemaViews): boolean {
  const node = schemaNode(part, views);
  if (!node) return false;
  return Node.isTypeLiteral(node) || (Node.isIntersectionTypeNode(node) && declaration("_", node, printer, [], views).kind === StructureKind.Interface);
}

/** True when two parts of an allOf declare a property of the same name. */
function declaresTwice(parts: readonly TypeNode[], views: SchemaViews): boolean {
  const seen = new Set<string>();
  for (const part of parts) {
    for (const key of propertyNames(part, views)) {
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

function propertyNames(node: TypeNode, views: SchemaViews): string[] {
  if (Node.isTypeLiteral(node)) return node.getMembers().map((member) => (Node.isPropertySignature(member) ? member.getName() : "[index]"));
  if (Node.isIntersectionTypeNode(node)) return node.getTypeNodes().flatMap((part) => propertyNames(part, views));
  const target = schemaNode(node, views);
  return target ? propertyNames(target, views) : [];
}

function schemaNode(node: TypeNode, views: SchemaViews): TypeNode | undefined {
  const ref = componentRef(node);
  return ref?.section === "schemas" ? views.schemas.get(ref.name) : undefined;
}

/** Each schema's own JSDoc in openapi-typescript's output, as prose. */
function schemaDocs(schemaFile: SourceFile): Map<string, string> {
  const declared = schemaFile.getInterfaceOrThrow("components").getProperty("schemas")?.getTypeNodeOrThrow();
  const docs = new Map<string, string>();
  if (!declared || !Node.isTypeLiteral(declared)) return docs;
  for (const member of declared.getProperties()) {
    const doc = docOf(member.getJsDocs());
    if (doc) docs.set(member.getName().replace(/^["']|["']$/g, ""), doc);
  }
  return docs;
}

/** `components["parameters"]["X"]` and friends, found in openapi-typescript's `components` interface. */
function componentLookup(schemaFile: SourceFile): ComponentLookup {
  const components = schemaFile.getInterfaceOrThrow("components");
  return (section, name) => {
    const group = components.getPropertyOrThrow(section).getTypeNodeOrThrow();
    if (!Node.isTypeLiteral(group)) throw new Error(`components.${section} is not an object type in openapi-typescript's output`);
    const member = group.getProperty(name) ?? group.getProperty(JSON.stringify(name));
    if (!member) throw new Error(`openapi-typescript refers to components.${section}.${name}, which it does not declare`);
    return member.getTypeNodeOrThrow();
  };
}
