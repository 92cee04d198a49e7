// The one place output formatting is fixed: every emitted file comes from a Project made here.
import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from "ts-morph";
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

/** The longest line a generated file a user may open should have (the validators module aside). */
export const MAX_LINE = 160;

/**
 * Re-indents a file (two spaces, LF) by its brackets (reindent.ts), leaving everything else as written, and puts
 * each name of an import or export list too long for one line on a line of its own.
 */
export function formatFile(file: SourceFile): void {
  for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
    const text = declaration.getText();
    if (text.length <= MAX_LINE || text.includes("\n")) continue;
    declaration.replaceWithText(text.replace(/\{ (.*) \}/, (_, names: string) => `{\n${names.split(", ").map((name) => `  ${name},`).join("\n")}\n}`));
  }
  const text = file.getFullText();
  const indented = reindent(text.split("\n").map(wrapSignature).join("\n"));
  if (indented !== text) file.replaceWithText(indented);
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
