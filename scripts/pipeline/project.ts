// The one place output formatting is fixed: every emitted file is printed by a Project made here and formatted
// as text by formatText, so no emitted file is ever parsed.
import { IndentationText, NewLineKind, type OptionalKind, Project, QuoteKind, type SourceFileStructure } from "ts-morph";
import { reindent } from "./reindent.js";

export function createEmitProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
      insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
    },
  });
}

interface StructurePrinter {
  printText(writer: ReturnType<Project["createWriter"]>, structure: OptionalKind<SourceFileStructure>): void;
}

/**
 * The text `project.createSourceFile(path, structure)` would hold, but for each line's leading whitespace (formatText
 * sets it again), without the parse createSourceFile ends with: emitted files are only ever read as text, and parsing
 * them (twice, with formatting) was most of the post-processing's CPU on GitHub's 1,221-operation description. ts-morph
 * does not export its source-file structure printer, so it is taken from the project (ts-morph is pinned;
 * test/generate/print-structure.test.ts holds the two texts equal once formatted).
 */
export function printStructure(project: Project, structure: OptionalKind<SourceFileStructure>): string {
  const factory = (project as unknown as { _context?: { structurePrinterFactory?: { forSourceFile?: (options: { isAmbient: boolean }) => StructurePrinter } } })._context?.structurePrinterFactory;
  if (typeof factory?.forSourceFile !== "function") throw new Error("ts-morph no longer has project._context.structurePrinterFactory.forSourceFile: print with project.createSourceFile(path, structure).getFullText() instead");
  const deferred: string[] = [];
  const light = withPlaceholders(structure, deferred) as OptionalKind<SourceFileStructure>;
  const writer = project.createWriter();
  factory.forSourceFile({ isAmbient: false }).printText(writer, light);
  const printed = writer.toString();
  let filled = 0;
  const text = printed.replace(PLACEHOLDER, (_, index: string) => {
    filled++;
    return deferred[Number(index)] as string;
  });
  if (filled !== deferred.length) throw new Error(`printStructure: ${deferred.length} texts set aside, ${filled} put back`);
  return text;
}

/** Private-use characters: no spec text the generator prints holds them (printStructure counts them back). */
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
/** Structure properties whose text ts-morph's writer copies twice and hangs line by line (TypedNodeStructurePrinter). */
const DEFERRED_KEYS: ReadonlySet<string> = new Set(["type", "returnType", "initializer"]);

/**
 * A copy of the structure with each multi-line type and initializer text replaced by a short placeholder, its text
 * kept in `deferred`: ts-morph's writer copied and hung every line of them (a quarter of its printing time on GitHub's
 * description) only for formatText to set each line's indentation again. A blank text is kept (the printer leaves out
 * a blank type).
 */
function withPlaceholders(value: unknown, deferred: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withPlaceholders(item, deferred));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (DEFERRED_KEYS.has(key) && typeof inner === "string" && inner.includes("\n") && inner.trim() !== "") {
      if (inner.includes("\uE000")) throw new Error(`printStructure: a ${key} holds U+E000, which marks a set-aside text`);
      copy[key] = `\uE000${deferred.push(inner) - 1}\uE001`;
    } else copy[key] = withPlaceholders(inner, deferred);
  }
  return copy;
}

/** The longest line a generated file a user may open should have (the validators module aside). */
export const MAX_LINE = 160;

/** An import or export declaration with a list of names on one line: `import type { A, B } from "./x.js";`. */
const NAME_LIST = /^(?:import|export)(?: type)?(?: [\w$]+,)? \{ .* \}(?: from "[^"]*")?;$/;

/**
 * A printed file as generated/ holds it: re-indented (two spaces, LF) by its brackets (reindent.ts), everything else
 * as written; each name of an import or export list too long for one line on a line of its own; a long method
 * header one parameter a line; one blank line after the imports.
 */
export function formatText(printed: string): string {
  const lines: string[] = [];
  /** Lines up to the end of the last import declaration: printed files put every import first, one a line. */
  let importLines = 0;
  let count = 0;
  for (const line of printed.split("\n")) {
    const formatted = line.length <= MAX_LINE ? line : NAME_LIST.test(line) ? wrapNames(line) : wrapSignature(line);
    lines.push(formatted);
    count += formatted === line ? 1 : formatted.split("\n").length;
    if (line.startsWith("import ")) importLines = count;
  }
  const indented = reindent(lines.join("\n"));
  if (importLines === 0) return `${indented.trimEnd()}\n`;
  return withBlankLineAfter(indented, indented.split("\n", importLines).join("\n").length);
}

/** `import { A, B } from "x";` with each name on a line of its own. */
function wrapNames(line: string): string {
  return line.replace(/\{ (.*) \}/, (_, names: string) => `{\n${names.split(", ").map((name) => `  ${name},`).join("\n")}\n}`);
}

function withBlankLineAfter(text: string, end: number): string {
  const body = text.trimEnd();
  if (body.startsWith("\n\n", end)) return `${body}\n`;
  return `${body.slice(0, end)}\n${body.slice(end)}\n`;
}

/** A method header too long for one line gets each parameter on a line of its own (reindent then indents them). */
function wrapSignature(line: string): string {
  const header = /^(\s*[\w$]+)\((.*)\)(: .*)? \{$/.exec(line);
  if (line.length <= MAX_LINE || !header) return line;
  const [, name, parameters, returns = ""] = header;
  return `${name}(\n${splitTopLevel(parameters!).map((parameter) => `${parameter},`).join("\n")}\n)${returns} {`;
}

/** Splits at the commas outside brackets and string literals. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let index = 0; index < list.length; index++) {
    const char = list[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("([{<".includes(char)) depth++;
    else if (")]}>".includes(char) && list[index - 1] !== "=") depth--;
    else if (char === "," && depth === 0) {
      parts.push(list.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}
