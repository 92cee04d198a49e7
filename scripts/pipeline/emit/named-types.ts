// Reads openapi-typescript's `components` interface; produces one named declaration per component schema and view
// (schema-views.ts says which): `interface` for an object, `type` for a union, enum or primitive, with each
// property's description as JSDoc and every other schema referred to by name. What a user hovers is that name.
import { type InterfaceDeclarationStructure, type SourceFile, StructureKind, ts, type TypeAliasDeclarationStructure } from "ts-morph";
import { type ComponentLookup, componentRef, docOf, nameText, printIndexSignature, printPropertySignature, printType, type Printer, propertiesOf, propertyType, propertyTypes } from "./type-printer.js";
import { type SchemaViews, schemaViews } from "./schema-views.js";

export type NamedDeclaration = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

export interface SchemaDeclarations {
  readonly declarations: NamedDeclaration[];
  readonly views: SchemaViews;
  readonly component: ComponentLookup;
}

export function emitSchemaDeclarations(schemaFile: SourceFile): SchemaDeclarations {
  const components = schemaFile.getInterfaceOrThrow("components").compilerNode;
  const component = componentLookup(components);
  const views = schemaViews(components, schemaFile.getInterface("operations")?.compilerNode, schemaFile.getInterface("webhooks")?.compilerNode, component);
  const declarations: NamedDeclaration[] = [];
  const docs = schemaDocs(components);
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
export function declaration(name: string, node: ts.TypeNode, printer: Printer, docs: string[], views?: SchemaViews): NamedDeclaration {
  if (ts.isTypeLiteralNode(node)) return objectInterface(name, node.members, [], printer, docs);
  if (views && ts.isIntersectionTypeNode(node)) {
    const parts = node.types;
    const literals = parts.filter((part) => ts.isTypeLiteralNode(part));
    const bases = parts.filter((part) => !ts.isTypeLiteralNode(part));
    const own = literals[0];
    if (literals.length <= 1 && bases.every((base) => isInterface(base, printer, views)) && !declaresTwice(parts, views)) {
      const members = own && ts.isTypeLiteralNode(own) ? own.members : [];
      return objectInterface(name, members, bases.map((base) => printType(base, printer)), printer, docs);
    }
  }
  return { kind: StructureKind.TypeAlias, name, isExported: true, type: printType(node, printer), docs };
}

function objectInterface(name: string, members: readonly ts.TypeElement[], bases: string[], printer: Printer, docs: string[]): InterfaceDeclarationStructure {
  const properties = members.filter((member) => ts.isPropertySignature(member)).flatMap((member) => {
    const printed = printPropertySignature(member, printer, 0);
    return printed ? [{ kind: StructureKind.PropertySignature as const, name: printed.name, hasQuestionToken: printed.optional, type: printed.type, docs: printed.docs }] : [];
  });
  const indexSignatures = members
    .filter((member) => ts.isIndexSignatureDeclaration(member))
    .map((member) => ({ kind: StructureKind.IndexSignature as const, ...printIndexSignature(member, printer, 0) }));
  const unknown = members.find((member) => !ts.isPropertySignature(member) && !ts.isIndexSignatureDeclaration(member));
  if (unknown) throw new Error(`unexpected member in openapi-typescript's output: ${unknown.getText()}`);
  return { kind: StructureKind.Interface, name, isExported: true, extends: bases, properties, indexSignatures, docs };
}

/** True when the part is a schema declared as an interface (so an interface can extend it). */
function isInterface(part: ts.TypeNode, printer: Printer, views: SchemaViews): boolean {
  const node = schemaNode(part, views);
  if (!node) return false;
  return ts.isTypeLiteralNode(node) || (ts.isIntersectionTypeNode(node) && declaration("_", node, printer, [], views).kind === StructureKind.Interface);
}

/** True when two parts of an allOf declare a property of the same name. */
function declaresTwice(parts: readonly ts.TypeNode[], views: SchemaViews): boolean {
  const seen = new Set<string>();
  for (const part of parts) {
    for (const key of propertyNames(part, views)) {
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

function propertyNames(node: ts.TypeNode, views: SchemaViews): string[] {
  if (ts.isTypeLiteralNode(node)) return node.members.map((member) => (ts.isPropertySignature(member) ? nameText(member) : "[index]"));
  if (ts.isIntersectionTypeNode(node)) return node.types.flatMap((part) => propertyNames(part, views));
  const target = schemaNode(node, views);
  return target ? propertyNames(target, views) : [];
}

function schemaNode(node: ts.TypeNode, views: SchemaViews): ts.TypeNode | undefined {
  const ref = componentRef(node);
  return ref?.section === "schemas" ? views.schemas.get(ref.name) : undefined;
}

/** Each schema's own JSDoc in openapi-typescript's output, as prose. */
function schemaDocs(components: ts.InterfaceDeclaration): Map<string, string> {
  const declared = propertyType(components, "schemas");
  const docs = new Map<string, string>();
  if (!declared || !ts.isTypeLiteralNode(declared)) return docs;
  for (const member of propertiesOf(declared)) {
    const doc = docOf(member);
    if (doc) docs.set(nameText(member).replace(/^["']|["']$/g, ""), doc);
  }
  return docs;
}

/**
 * `components["parameters"]["X"]` and friends, found in openapi-typescript's `components` interface; each section
 * indexed by name once, where a lookup per reference searched it member by member.
 */
function componentLookup(components: ts.InterfaceDeclaration): ComponentLookup {
  const sections = new Map<string, Map<string, ts.TypeNode>>();
  const section = (name: string): Map<string, ts.TypeNode> => {
    const known = sections.get(name);
    if (known) return known;
    const group = propertyType(components, name);
    if (!group) throw new Error(`openapi-typescript's components interface declares no ${name}`);
    if (!ts.isTypeLiteralNode(group)) throw new Error(`components.${name} is not an object type in openapi-typescript's output`);
    const members = propertyTypes(group);
    sections.set(name, members);
    return members;
  };
  return (name, member) => {
    const members = section(name);
    const type = members.get(member) ?? members.get(JSON.stringify(member));
    if (!type) throw new Error(`openapi-typescript refers to components.${name}.${member}, which it does not declare`);
    return type;
  };
}
