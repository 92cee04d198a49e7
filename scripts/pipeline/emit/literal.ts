// Writes plain data as a TypeScript literal through ts-morph's code writer: identifier keys bare, in the order
// given (callers sort), ShapeRefs as the name of the shape they point at.
import type { CodeBlockWriter, WriterFunction } from "ts-morph";
import { isIdentifier } from "../naming.js";
import { isShapeRef } from "../shape-schema.js";

/** How a ShapeRef is written: the expression naming the shape, and whether it must be read lazily (a cycle). */
export type ShapeReference = (name: string) => { readonly text: string; readonly lazy: boolean };

const noShapes: ShapeReference = (name) => {
  throw new Error(`unexpected shape reference ${name}`);
};

export function literal(value: unknown, reference: ShapeReference = noShapes): WriterFunction {
  // Level 0: ts-morph hands an initializer's writer one level in, which would indent every line after the first.
  return (writer) => writer.withIndentationLevel(0, () => writeValue(writer, value, reference));
}

function writeValue(writer: CodeBlockWriter, value: unknown, reference: ShapeReference): void {
  if (value === undefined) throw new Error("undefined has no literal");
  if (isShapeRef(value)) {
    writer.write(reference(value.$shape).text);
    return;
  }
  if (value === null || typeof value !== "object") {
    writer.write(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== "object")) {
      const items = value.map((item) => JSON.stringify(item));
      const oneLine = `[${items.join(", ")}]`;
      if (oneLine.length <= ONE_LINE) writer.write(oneLine);
      // A long enum: several items a line, so no line of shapes.ts passes about 160 characters.
      else writer.write("[").newLine().indent(() => rows(items).forEach((row) => writer.write(row).newLine())).write("]");
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of value) {
        writeValue(writer, item, reference);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indent(() => {
    for (const [key, item] of entries) {
      const target = isShapeRef(item) ? reference(item.$shape) : undefined;
      // A shape that refers back to one still being declared is read when checked, not when declared.
      if (target?.lazy) writer.write(`get ${printKey(key)}() { return ${target.text}; },`).newLine();
      else {
        writer.write(`${printKey(key)}: `);
        writeValue(writer, item, reference);
        writer.write(",").newLine();
      }
    }
  });
  writer.write("}");
}

const ONE_LINE = 100;

function rows(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last !== undefined && last.length + item.length + 2 <= ONE_LINE) out[out.length - 1] = `${last} ${item},`;
    else out.push(`${item},`);
  }
  return out;
}

export function printKey(key: string): string {
  return isIdentifier(key) ? key : JSON.stringify(key);
}

/** Text safe inside a JSDoc block. */
export function docText(text: string): string {
  return text.replace(/\*\//g, "*\\/").trim();
}
