// Reads openapi-typescript's `components`, `operations` and `webhooks`; decides which named views each component
// schema gets. The one rule (README, "Named types"):
//
//   `X` is the read view, what Recall returns: writeOnly properties dropped.
//   `XWrite` is the write view, what a client sends: readOnly properties dropped. It exists only where a request
//   body uses X (directly or through other schemas) and the two views differ (X or a schema it uses has a
//   readOnly or writeOnly property). A schema only request bodies use is its write view under its own name.
import { ts } from "ts-morph";
import { schemaTypeName } from "../naming.js";
import { type ComponentLookup, componentRef, marker, type NameOf, nameText, propertiesOf, propertyType, type View } from "./type-printer.js";

export interface SchemaViews {
  /** Every component schema's type node, by name, in openapi-typescript's order (alphabetical). */
  readonly schemas: ReadonlyMap<string, ts.TypeNode>;
  /** The view declared under the schema's own name. */
  readonly ownView: (schema: string) => View;
  /** True when `<schema>Write` is declared too. */
  readonly hasWriteName: (schema: string) => boolean;
  readonly nameOf: NameOf;
}

export function schemaViews(
  components: ts.InterfaceDeclaration,
  operations: ts.InterfaceDeclaration | undefined,
  webhooks: ts.InterfaceDeclaration | undefined,
  component: ComponentLookup,
): SchemaViews {
  const schemas = schemaNodes(components);
  const refsIn = (node: ts.Node, view: View | undefined): string[] => schemaRefsIn(node, view, component);
  const differs = viewsDiffer(schemas, refsIn);
  const read = new Set<string>();
  const written = new Set<string>();
  const reach = (node: ts.Node, view: View, into: Set<string>): void => {
    for (const name of refsIn(node, view)) {
      if (into.has(name)) continue;
      into.add(name);
      const schema = schemas.get(name);
      if (schema) reach(schema, view, into);
    }
  };
  for (const operation of operations ? propertiesOf(operations) : []) {
    const type = operation.type;
    if (!type || !ts.isTypeLiteralNode(type)) continue;
    for (const member of propertiesOf(type)) {
      const memberType = member.type;
      if (!memberType) continue;
      if (nameText(member) === "requestBody") reach(memberType, "write", written);
      else if (nameText(member) === "responses") reach(memberType, "read", read);
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

function schemaNodes(components: ts.InterfaceDeclaration): Map<string, ts.TypeNode> {
  // `schemas: never` when the spec declares none.
  const literal = propertyType(components, "schemas");
  const members = literal && ts.isTypeLiteralNode(literal) ? propertiesOf(literal) : [];
  return new Map(members.map((member) => [nameText(member).replace(/^["']|["']$/g, ""), typeOrThrow(member)]));
}

function typeOrThrow(member: ts.PropertySignature): ts.TypeNode {
  if (!member.type) throw new Error(`property ${nameText(member)} has no type in openapi-typescript's output`);
  return member.type;
}

/** Schemas whose read and write views differ: a marker inside, or a reference to such a schema (to a fixed point). */
function viewsDiffer(schemas: ReadonlyMap<string, ts.TypeNode>, refsIn: (node: ts.Node, view: undefined) => string[]): Set<string> {
  const refs = new Map([...schemas].map(([name, node]) => [name, refsIn(node, undefined)]));
  const differs = new Set([...schemas].filter(([, node]) => hasMarkerInside(node)).map(([name]) => name));
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

/** True when a `$Read<T>` or `$Write<T>` is among the node's descendants. */
function hasMarkerInside(node: ts.Node): boolean {
  return ts.forEachChild(node, (child) => (marker(child) !== undefined || hasMarkerInside(child) ? true : undefined)) ?? false;
}

/**
 * Schema names `node` refers to, through other components (parameters, responses) too; in a view, not those under
 * the other view's marker (that view drops them).
 */
function schemaRefsIn(node: ts.Node, view: View | undefined, component: ComponentLookup): string[] {
  const found: string[] = [];
  const visit = (child: ts.Node): void => {
    const ref = componentRef(child);
    if (ref) {
      if (ref.section === "schemas") found.push(ref.name);
      else visit(component(ref.section, ref.name));
      return;
    }
    const marked = marker(child);
    if (marked && view !== undefined && marked.marker !== view) return;
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}
