// Reads openapi-typescript's `components`, `operations` and `webhooks`; decides which named views each component
// schema gets. The one rule (README, "Named types"):
//
//   `X` is the read view, what Recall returns: writeOnly properties dropped.
//   `XWrite` is the write view, what a client sends: readOnly properties dropped. It exists only where a request
//   body uses X (directly or through other schemas) and the two views differ (X or a schema it uses has a
//   readOnly or writeOnly property). A schema only request bodies use is its write view under its own name.
import { Node, type InterfaceDeclaration, SyntaxKind, type TypeNode } from "ts-morph";
import { schemaTypeName } from "../naming.js";
import { type ComponentLookup, componentRef, marker, type NameOf, type View } from "./type-printer.js";

export interface SchemaViews {
  /** Every component schema's type node, by name, in openapi-typescript's order (alphabetical). */
  readonly schemas: ReadonlyMap<string, TypeNode>;
  /** The view declared under the schema's own name. */
  readonly ownView: (schema: string) => View;
  /** True when `<schema>Write` is declared too. */
  readonly hasWriteName: (schema: string) => boolean;
  readonly nameOf: NameOf;
}

export function schemaViews(
  components: InterfaceDeclaration,
  operations: InterfaceDeclaration | undefined,
  webhooks: InterfaceDeclaration | undefined,
  component: ComponentLookup,
): SchemaViews {
  const schemas = schemaNodes(components);
  const refsIn = (node: Node, view: View | undefined): string[] => schemaRefsIn(node, view, component);
  const differs = viewsDiffer(schemas, refsIn);
  const read = new Set<string>();
  const written = new Set<string>();
  const reach = (node: Node, view: View, into: Set<string>): void => {
    for (const name of refsIn(node, view)) {
      if (into.has(name)) continue;
      into.add(name);
      const schema = schemas.get(name);
      if (schema) reach(schema, view, into);
    }
  };
  for (const operation of operations?.getProperties() ?? []) {
    const type = operation.getTypeNode();
    if (!type || !Node.isTypeLiteral(type)) continue;
    for (const member of type.getProperties()) {
      const memberType = member.getTypeNode();
      if (!memberType) continue;
      if (member.getName() === "requestBody") reach(memberType, "write", written);
      else if (member.getName() === "responses") reach(memberType, "read", read);
    }
  }
  if (webhooks) reach(webhooks, "read", read);
  const onlyWritten = (schema: string): boolean => written.has(schema) && !read.has(schema);
  const hasWriteName = (schema: string): boolean => written.has(schema) && read.has(schema) && differs.has(schema);
  return {
    schemas,
    ownView: (schema) => (onlyWritten(schema) ? "write" : "read"),
    hasWriteName,
    nameOf: (schema, view) => {
      if (!schemas.has(schema)) throw new Error(`openapi-typescript refers to schema ${schema}, which components.schemas does not declare`);
      return view === "write" && hasWriteName(schema) ? `${typeName(schema)}Write` : typeName(schema);
    },
  };
}

/** The one place a schema's name becomes a type's name. */
function typeName(schema: string): string {
  return schemaTypeName(schema);
}

function schemaNodes(components: InterfaceDeclaration): Map<string, TypeNode> {
  const declared = components.getProperty("schemas");
  // `schemas: never` when the spec declares none.
  const literal = declared?.getTypeNodeOrThrow();
  const members = literal && Node.isTypeLiteral(literal) ? literal.getProperties() : [];
  return new Map(members.map((member) => [member.getName().replace(/^["']|["']$/g, ""), member.getTypeNodeOrThrow()]));
}

/** Schemas whose read and write views differ: a marker inside, or a reference to such a schema (to a fixed point). */
function viewsDiffer(schemas: ReadonlyMap<string, TypeNode>, refsIn: (node: Node, view: undefined) => string[]): Set<string> {
  const refs = new Map([...schemas].map(([name, node]) => [name, refsIn(node, undefined)]));
  const differs = new Set([...schemas].filter(([, node]) => node.getDescendantsOfKind(SyntaxKind.TypeReference).some((child) => marker(child) !== undefined)).map(([name]) => name));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, used] of refs) {
      if (differs.has(name) || !used.some((schema) => differs.has(schema))) continue;
      differs.add(name);
      changed = true;
    }
  }
  return differs;
}

/**
 * Schema names `node` refers to, through other components (parameters, responses) too; in a view, not those under
 * the other view's marker (that view drops them).
 */
function schemaRefsIn(node: Node, view: View | undefined, component: ComponentLookup): string[] {
  const found: string[] = [];
  const visit = (child: Node): void => {
    const ref = componentRef(child);
    if (ref) {
      if (ref.section === "schemas") found.push(ref.name);
      else visit(component(ref.section, ref.name));
      return;
    }
    const marked = marker(child);
    if (marked && view !== undefined && marked.marker !== view) return;
    child.forEachChild(visit);
  };
  visit(node);
  return found;
}
