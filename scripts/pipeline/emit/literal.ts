// Prints plain data as a TypeScript literal: identifier keys bare, in the order given (callers sort), two-space indent.
import { isIdentifier } from "../naming.js";

export function printLiteral(value: unknown, indent = ""): string {
  if (value === undefined) throw new Error("undefined has no literal");
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((item) => item === null || typeof item !== "object")) return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    return `[\n${value.map((item) => `${inner}${printLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, item]) => `${inner}${printKey(key)}: ${printLiteral(item, inner)},`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

export function printKey(key: string): string {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

/** `.name` where name is an identifier, else `["name"]`. */
export function propertyAccess(key: string): string {
  const printed = printKey(key);
  return printed === key ? `.${key}` : `[${printed}]`;
}

/** Text safe inside a JSDoc block. */
export function docText(text: string): string {
  return text.replace(/\*\//g, "*\\/").trim();
}
