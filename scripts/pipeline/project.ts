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

/** Re-indents a file (two spaces, LF) with TypeScript's formatter, leaving everything else as written. */
export function formatFile(file: SourceFile): void {
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true, newLineCharacter: "\n", insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true });
}
