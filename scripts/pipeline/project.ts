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
  const indented = reindent(text);
  if (indented !== text) file.replaceWithText(indented);
}
