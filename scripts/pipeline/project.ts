// The one place output formatting is fixed: every emitted file comes from a Project made here.
import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile } from "ts-morph";

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
 * Re-indents a file (two spaces, LF) with TypeScript's formatter, leaving everything else as written, and puts
 * each name of an import or export list too long for one line on a line of its own.
 */
export function formatFile(file: SourceFile): void {
  for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
    const text = declaration.getText();
    if (text.length <= MAX_LINE || text.includes("\n")) continue;
    declaration.replaceWithText(text.replace(/\{ (.*) \}/, (_, names: string) => `{\n${names.split(", ").map((name) => `  ${name},`).join("\n")}\n}`));
  }
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true, newLineCharacter: "\n", insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true });
  const text = file.getFullText();
  const indented = indentUnionMembers(text);
  if (indented !== text) file.replaceWithText(indented);
}

/** The formatter leaves a union written one member a line level with its property; one level deeper reads as Prettier's. */
function indentUnionMembers(text: string): string {
  const lines = text.split("\n");
  let header: string | undefined;
  return lines
    .map((line) => {
      const member = /^(\s*)\| /.exec(line);
      if (member && header !== undefined && member[1] === header) return `  ${line}`;
      if (!member) header = /[:=]$/.test(line) ? (/^\s*/.exec(line)?.[0] ?? "") : undefined;
      return line;
    })
    .join("\n");
}
