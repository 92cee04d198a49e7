// Reads a type node of openapi-typescript's output; produces the same type as plain text in one view: what Recall
// returns (read) or what a client sends (write). `$Read<T>` / `$Write<T>` properties are kept or dropped the way
// openapi-typescript's own `Readable` / `Writable` helpers do, and `components["schemas"]["X"]` becomes a name.
// Works on the compiler's nodes (ts-morph's `compilerNode`): wrapping each node of a 6 MB schema.ts in a ts-morph
// Node cost more than printing it.
import { ts } from "ts-morph";
import { printKey } from "./literal.js";

export type View = "read" | "write";

/** The name of component schema `schema` in `view`, or undefined when the view has none. */
export type NameOf = (schema: string, view: View) => string;

/** A node that resolves `components["<section>"]["<name>"]` for sections other than schemas (parameters, ...). */
export type ComponentLookup = (section: string, name: string) => ts.TypeNode;

export interface Printer {
  readonly view: View;
  readonly nameOf: NameOf;
  readonly component: ComponentLookup;
}

const INDENT = "  ";
/** Prose and unions longer than this go on more lines, so no line of types.ts passes about 160 characters. */
const WRAP = 110;

/**
 * `components["schemas"]["X"]` -> `{ section: "schemas", name: "X" }`; undefined for any other node.
 */
export function componentRef(node: ts.Node): { section: string; name: string } | undefined {
  if (!ts.isIndexedAccessTypeNode(node)) return undefined;
  const outer = node.objectType;
  if (!ts.isIndexedAccessTypeNode(outer)) return undefined;
  const name = literalText(node.indexType);
  if (name === undefined) return undefined;
  const section = literalText(outer.indexType);
  const root = outer.objectType;
  if (section === undefined || !ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== "components") return undefined;
  return { section, name };
}

/** `$Read<T>` -> `{ marker: "read", inner: T }`. */
export function marker(node: ts.Node): { marker: View; inner: ts.TypeNode } | undefined {
  if (!ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName)) return undefined;
  const name = node.typeName.text;
  const inner = node.typeArguments?.[0];
  if ((name !== "$Read" && name !== "$Write") || inner === undefined) return undefined;
  return { marker: name === "$Read" ? "read" : "write", inner };
}

/** The members of an object type that are properties. */
export function propertiesOf(node: ts.TypeLiteralNode | ts.InterfaceDeclaration): ts.PropertySignature[] {
  return node.members.filter((member) => ts.isPropertySignature(member));
}

/** A property's name as written (`"a-b"` keeps its quotes), as ts-morph's `getName()` gives it. */
export function nameText(member: ts.PropertySignature): string {
  return member.name.getText();
}

/** The type of the first property named `name` as written (ts-morph's `getProperty(name)`), or undefined. */
export function propertyType(node: ts.TypeLiteralNode | ts.InterfaceDeclaration, name: string): ts.TypeNode | undefined {
  for (const member of node.members) if (ts.isPropertySignature(member) && nameText(member) === name) return member.type;
  return undefined;
}

/** Each property's type by its name as written, the first of two of one name winning (as `getProperty` finds it). */
export function propertyTypes(node: ts.TypeLiteralNode | ts.InterfaceDeclaration): Map<string, ts.TypeNode> {
  const types = new Map<string, ts.TypeNode>();
  for (const member of node.members) {
    if (!ts.isPropertySignature(member) || member.type === undefined) continue;
    const name = nameText(member);
    if (!types.has(name)) types.set(name, member.type);
  }
  return types;
}

/** The type in the printer's view, at nesting depth `depth` (for the indentation of inline object types). */
export function printType(node: ts.TypeNode, printer: Printer, depth = 0): string {
  const ref = componentRef(node);
  if (ref) return ref.section === "schemas" ? printer.nameOf(ref.name, printer.view) : printType(printer.component(ref.section, ref.name), printer, depth);
  const marked = marker(node);
  // Outside a property, openapi-typescript's helpers make a marker of the other view `never`.
  if (marked) return marked.marker === printer.view ? printType(marked.inner, printer, depth) : "never";
  if (ts.isParenthesizedTypeNode(node)) return printType(node.type, printer, depth);
  if (ts.isUnionTypeNode(node)) {
    const members = [...new Set(node.types.map((member) => printType(member, printer, depth)).filter((text) => text !== "never"))];
    const text = members.join(" | ") || "never";
    // A long enum reads one member a line, as Prettier writes it.
    if (text.length <= WRAP || text.includes("\n")) return text;
    return members.map((member) => `\n${INDENT.repeat(depth + 1)}| ${member}`).join("");
  }
  if (ts.isIntersectionTypeNode(node)) return node.types.map((member) => wrap(member, printType(member, printer, depth))).join(" & ");
  if (ts.isArrayTypeNode(node)) return `${wrap(node.elementType, printType(node.elementType, printer, depth))}[]`;
  if (ts.isTypeLiteralNode(node)) return printObject(node.members, printer, depth);
  if (ts.isTypeReferenceNode(node)) {
    const args = node.typeArguments ?? [];
    return args.length === 0 ? node.getText() : `${node.typeName.getText()}<${args.map((arg) => printType(arg, printer, depth)).join(", ")}>`;
  }
  // OpenAPI 3.1's prefixItems, which openapi-typescript writes as a tuple of plain element types.
  if (ts.isTupleTypeNode(node)) return `[${node.elements.map((element) => printType(element, printer, depth)).join(", ")}]`;
  // Keywords and literal types.
  return node.getText();
}

/** The members of an object type, each with its JSDoc, in the printer's view; undefined members are dropped. */
export function printMembers(members: readonly ts.TypeElement[], printer: Printer, depth: number): string[] {
  return members.flatMap((member) => {
    if (ts.isPropertySignature(member)) {
      const printed = printProperty(member, printer, depth);
      return printed === undefined ? [] : [printed];
    }
    if (ts.isIndexSignatureDeclaration(member)) {
      const { keyName, keyType, returnType } = printIndexSignature(member, printer, depth + 1);
      return [`[${keyName}: ${keyType}]: ${returnType};`];
    }
    throw new Error(`unexpected member in openapi-typescript's output: ${member.getText()}`);
  });
}

export function printIndexSignature(member: ts.IndexSignatureDeclaration, printer: Printer, depth: number): { keyName: string; keyType: string; returnType: string } {
  const [key] = member.parameters;
  if (!key?.type) throw new Error(`an index signature without a typed key in openapi-typescript's output: ${member.getText()}`);
  return { keyName: key.name.getText(), keyType: key.type.getText(), returnType: printType(member.type, printer, depth) };
}

/** One property as `name?: Type;` with its doc above; undefined when the view drops it. */
export function printPropertySignature(member: ts.PropertySignature, printer: Printer, depth: number): { name: string; optional: boolean; type: string; docs: string[] } | undefined {
  let typeNode = member.type;
  if (!typeNode) throw new Error(`property ${nameText(member)} has no type in openapi-typescript's output`);
  const marked = marker(typeNode);
  if (marked) {
    if (marked.marker !== printer.view) return undefined;
    typeNode = marked.inner;
  }
  const doc = docOf(member);
  return { name: printKey(unquote(nameText(member))), optional: member.questionToken !== undefined, type: printType(typeNode, printer, depth), docs: doc ? [doc] : [] };
}

function printProperty(member: ts.PropertySignature, printer: Printer, depth: number): string | undefined {
  const printed = printPropertySignature(member, printer, depth + 1);
  if (!printed) return undefined;
  const line = `${printed.name}${printed.optional ? "?" : ""}: ${printed.type};`;
  return printed.docs.length > 0 ? `${jsDocBlock(printed.docs[0] as string)}\n${line}` : line;
}

function printObject(members: readonly ts.TypeElement[], printer: Printer, depth: number): string {
  const lines = printMembers(members, printer, depth);
  if (lines.length === 0) return "{}";
  const pad = INDENT.repeat(depth + 1);
  const body = lines.flatMap((line) => line.split("\n")).map((line) => `${pad}${line}`).join("\n");
  return `{\n${body}\n${INDENT.repeat(depth)}}`;
}

/**
 * openapi-typescript's JSDoc as prose: `@description` dropped (the text is the description), continuation lines
 * dedented, `@enum` and `@constant` dropped (the type says it); `Format:` after the description; `@default`,
 * `@example`, `@deprecated` kept.
 */
export function docOf(node: ts.Node): string | undefined {
  const doc = (node as { jsDoc?: readonly ts.JSDoc[] }).jsDoc?.at(-1);
  if (!doc) return undefined;
  const inner = withoutStars(doc.getText()).replace(/\r/g, "");
  const lines = inner
    .split("\n")
    .map((line) => line.replace(/^ {4}/, ""))
    .filter((line) => !/^@(enum|constant)\b/.test(line.trim()))
    .map((line) => line.replace(/^@description\s?/, ""));
  // The description first: what a hover shows before anything else.
  const formats = lines.filter((line) => line.startsWith("Format: "));
  const text = wrapProse([...lines.filter((line) => !line.startsWith("Format: ")), ...formats].join("\n").trim());
  return text === "" ? undefined : text.replace(/\*\//g, "*\\/");
}

/** Long prose lines broken at spaces; code fences, tables and indented lines kept as written. */
export function wrapProse(text: string): string {
  let fenced = false;
  return text
    .split("\n")
    .flatMap((line) => {
      if (line.trimStart().startsWith("```")) fenced = !fenced;
      if (fenced || line.length <= WRAP || line.startsWith("|") || line.startsWith("    ")) return [line];
      const hanging = /^(\s*(?:[-*] |\d+\. )?)/.exec(line)?.[1]?.replace(/\S/g, " ") ?? "";
      const out: string[] = [];
      let current = "";
      for (const word of line.split(" ")) {
        if (current !== "" && current.length + 1 + word.length > WRAP) {
          out.push(current);
          current = `${hanging}${word}`;
        } else current = current === "" ? word : `${current} ${word}`;
      }
      out.push(current);
      return out;
    })
    .join("\n");
}

export function jsDocBlock(text: string): string {
  const lines = text.split("\n");
  if (lines.length === 1) return `/** ${text} */`;
  return ["/**", ...lines.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n");
}

function wrap(node: ts.TypeNode, text: string): string {
  const inner = ts.isParenthesizedTypeNode(node) ? node.type : node;
  const compound = ts.isUnionTypeNode(inner) || ts.isIntersectionTypeNode(inner) || ts.isFunctionTypeNode(inner);
  return compound && /[|&]/.test(text) ? `(${text})` : text;
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

/** A JSDoc comment's text without its `/**`, `*\/` and leading stars, as ts-morph's `JSDoc.getInnerText()` gives it. */
function withoutStars(comment: string): string {
  return comment
    .replace(/^\/\*\*[^\S\n]*\n?/, "")
    .replace(/(\r?\n)?[^\S\n]*\*\/$/, "")
    .split("\n")
    .map((line) => {
      const star = /^[ \f\n\r\t\v\u00a0\u2028\u2029]*\*/.exec(line);
      if (!star) return line;
      return line.slice(star[0].length + (line[star[0].length] === " " ? 1 : 0));
    })
    .join("\n");
}

export function unquote(name: string): string {
  return /^["'].*["']$/.test(name) ? (JSON.parse(name.replace(/^'|'$/g, '"')) as string) : name;
}
