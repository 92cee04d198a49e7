// Reads a type node of openapi-typescript's output; produces the same type as plain text in one view: what Recall
// returns (read) or what a client sends (write). `$Read<T>` / `$Write<T>` properties are kept or dropped the way
// openapi-typescript's own `Readable` / `Writable` helpers do, and `components["schemas"]["X"]` becomes a name.
import { type IndexSignatureDeclaration, Node, type JSDoc, type PropertySignature, type TypeNode } from "ts-morph";
import { printKey } from "./literal.js";

export type View = "read" | "write";

/** The name of component schema `schema` in `view`, or undefined when the view has none. */
export type NameOf = (schema: string, view: View) => string;

/** A node that resolves `components["<section>"]["<name>"]` for sections other than schemas (parameters, ...). */
export type ComponentLookup = (section: string, name: string) => TypeNode;

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
export function componentRef(node: Node): { section: string; name: string } | undefined {
  if (!Node.isIndexedAccessTypeNode(node)) return undefined;
  const outer = node.getObjectTypeNode();
  const name = literalText(node.getIndexTypeNode());
  if (!Node.isIndexedAccessTypeNode(outer) || name === undefined) return undefined;
  const section = literalText(outer.getIndexTypeNode());
  const root = outer.getObjectTypeNode();
  if (section === undefined || !Node.isTypeReference(root) || root.getTypeName().getText() !== "components") return undefined;
  return { section, name };
}

/** `$Read<T>` -> `{ marker: "read", inner: T }`. */
export function marker(node: Node): { marker: View; inner: TypeNode } | undefined {
  if (!Node.isTypeReference(node)) return undefined;
  const name = node.getTypeName().getText();
  const [inner] = node.getTypeArguments();
  if ((name !== "$Read" && name !== "$Write") || inner === undefined) return undefined;
  return { marker: name === "$Read" ? "read" : "write", inner };
}

/** The type in the printer's view, at nesting depth `depth` (for the indentation of inline object types). */
export function printType(node: TypeNode, printer: Printer, depth = 0): string {
  const ref = componentRef(node);
  if (ref) return ref.section === "schemas" ? printer.nameOf(ref.name, printer.view) : printType(printer.component(ref.section, ref.name), printer, depth);
  const marked = marker(node);
  // Outside a property, openapi-typescript's helpers make a marker of the other view `never`.
  if (marked) return marked.marker === printer.view ? printType(marked.inner, printer, depth) : "never";
  if (Node.isParenthesizedTypeNode(node)) return printType(node.getTypeNode(), printer, depth);
  if (Node.isUnionTypeNode(node)) {
    const members = [...new Set(node.getTypeNodes().map((member) => printType(member, printer, depth)).filter((text) => text !== "never"))];
    const text = members.join(" | ") || "never";
    // A long enum reads one member a line, as Prettier writes it.
    if (text.length <= WRAP || text.includes("\n")) return text;
    return members.map((member) => `\n${INDENT.repeat(depth + 1)}| ${member}`).join("");
  }
  if (Node.isIntersectionTypeNode(node)) return node.getTypeNodes().map((member) => wrap(member, printType(member, printer, depth))).join(" & ");
  if (Node.isArrayTypeNode(node)) return `${wrap(node.getElementTypeNode(), printType(node.getElementTypeNode(), printer, depth))}[]`;
  if (Node.isTypeLiteral(node)) return printObject(node.getMembers(), printer, depth);
  if (Node.isTypeReference(node)) {
    const args = node.getTypeArguments();
    return args.length === 0 ? node.getText() : `${node.getTypeName().getText()}<${args.map((arg) => printType(arg, printer, depth)).join(", ")}>`;
  }
  // OpenAPI 3.1's prefixItems, which openapi-typescript writes as a tuple of plain element types.
  if (Node.isTupleTypeNode(node)) return `[${node.getElements().map((element) => printType(element, printer, depth)).join(", ")}]`;
  // Keywords and literal types.
  return node.getText();
}

/** The members of an object type, each with its JSDoc, in the printer's view; undefined members are dropped. */
export function printMembers(members: readonly Node[], printer: Printer, depth: number): string[] {
  return members.flatMap((member) => {
    if (Node.isPropertySignature(member)) {
      const printed = printProperty(member, printer, depth);
      return printed === undefined ? [] : [printed];
    }
    if (Node.isIndexSignatureDeclaration(member)) {
      const { keyName, keyType, returnType } = printIndexSignature(member, printer, depth + 1);
      return [`[${keyName}: ${keyType}]: ${returnType};`];
    }
    throw new Error(`unexpected member in openapi-typescript's output: ${member.getText()}`);
  });
}

export function printIndexSignature(member: IndexSignatureDeclaration, printer: Printer, depth: number): { keyName: string; keyType: string; returnType: string } {
  return { keyName: member.getKeyName(), keyType: member.getKeyTypeNode().getText(), returnType: printType(member.getReturnTypeNodeOrThrow(), printer, depth) };
}

/** One property as `name?: Type;` with its doc above; undefined when the view drops it. */
export function printPropertySignature(member: PropertySignature, printer: Printer, depth: number): { name: string; optional: boolean; type: string; docs: string[] } | undefined {
  let typeNode = member.getTypeNodeOrThrow();
  const marked = marker(typeNode);
  if (marked) {
    if (marked.marker !== printer.view) return undefined;
    typeNode = marked.inner;
  }
  const doc = docOf(member.getJsDocs());
  return { name: printKey(unquote(member.getName())), optional: member.hasQuestionToken(), type: printType(typeNode, printer, depth), docs: doc ? [doc] : [] };
}

function printProperty(member: PropertySignature, printer: Printer, depth: number): string | undefined {
  const printed = printPropertySignature(member, printer, depth + 1);
  if (!printed) return undefined;
  const line = `${printed.name}${printed.optional ? "?" : ""}: ${printed.type};`;
  return printed.docs.length > 0 ? `${jsDocBlock(printed.docs[0] as string)}\n${line}` : line;
}

function printObject(members: readonly Node[], printer: Printer, depth: number): string {
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
export function docOf(docs: readonly JSDoc[]): string | undefined {
  const doc = docs.at(-1);
  if (!doc) return undefined;
  const inner = doc.getInnerText().replace(/\r/g, "");
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

function wrap(node: TypeNode, text: string): string {
  const inner = Node.isParenthesizedTypeNode(node) ? node.getTypeNode() : node;
  const compound = Node.isUnionTypeNode(inner) || Node.isIntersectionTypeNode(inner) || Node.isFunctionTypeNode(inner);
  return compound && /[|&]/.test(text) ? `(${text})` : text;
}

function literalText(node: Node): string | undefined {
  if (!Node.isLiteralTypeNode(node)) return undefined;
  const literal = node.getLiteral();
  return Node.isStringLiteral(literal) ? literal.getLiteralValue() : undefined;
}

export function unquote(name: string): string {
  return /^["'].*["']$/.test(name) ? (JSON.parse(name.replace(/^'|'$/g, '"')) as string) : name;
}
