// Re-indents generated TypeScript by its brackets: two spaces a level, where the brackets a line opens together
// (`({`) make one level; a union written one member a line (`| "a"`) one level in after `name:` or `=` (level with
// its bracket inside one); JSDoc lines one space past their `/**`. ts-morph hangs every line after the first of a
// multi-line type or initializer one level too deep; this puts each line where its nesting says, in a few ms
// where TypeScript's formatter took about 0.6 s for generated/.
const INDENT = "  ";
const OPENERS = "{[(";
const CLOSERS = "}])";

export function reindent(text: string): string {
  /** Open levels, each the count of brackets still open that one line opened. */
  const levels: number[] = [];
  let inComment = false;
  let previous = "";
  let unionLevel = 0;
  return text
    .split("\n")
    .map((raw) => {
      const line = raw.trim();
      if (line === "") return "";
      if (inComment) {
        if (line.includes("*/")) inComment = false;
        return `${INDENT.repeat(levels.length)} ${line}`;
      }
      const { brackets, opensComment } = scan(line);
      // A line starting with closers sits at the start of the outermost level they close, even partly (`} | string)[];`).
      const before = levels.length;
      let index = 0;
      let touched = 0;
      for (; index < brackets.length && brackets[index]?.leading; index++) {
        if (before - touched === levels.length) touched++;
        close(levels);
      }
      if (line.startsWith("| ") && !previous.startsWith("| ")) unionLevel = /[:=]$/.test(previous) ? 1 : 0;
      const level = before - touched + (line.startsWith("| ") ? unionLevel : 0);
      let opened = -1;
      for (const { open } of brackets.slice(index)) {
        if (!open) close(levels);
        else if (opened >= 0 && opened === levels.length - 1) levels[opened] = (levels[opened] ?? 0) + 1;
        else opened = levels.push(1) - 1;
        if (opened >= levels.length) opened = -1;
      }
      inComment = opensComment;
      previous = line;
      return `${INDENT.repeat(level)}${line}`;
    })
    .join("\n");
}

function close(levels: number[]): void {
  const top = levels.length - 1;
  if (top < 0) return;
  levels[top] = (levels[top] ?? 1) - 1;
  if (levels[top] === 0) levels.pop();
}

/** The brackets outside strings and comments, in order (`leading`: a closer before anything else), and an unclosed `/*`. */
function scan(line: string): { brackets: { open: boolean; leading: boolean }[]; opensComment: boolean } {
  const brackets: { open: boolean; leading: boolean }[] = [];
  let leading = true;
  for (let index = 0; index < line.length; index++) {
    const char = line[index] as string;
    if (char === '"' || char === "'" || char === "`") {
      index = endOfString(line, index);
      leading = false;
    } else if (line.startsWith("//", index)) break;
    else if (line.startsWith("/*", index)) {
      const end = line.indexOf("*/", index + 2);
      if (end < 0) return { brackets, opensComment: true };
      index = end + 1;
    } else if (OPENERS.includes(char)) {
      brackets.push({ open: true, leading: false });
      leading = false;
    } else if (CLOSERS.includes(char)) brackets.push({ open: false, leading });
    else if (char !== " " && char !== ",") leading = false;
  }
  return { brackets, opensComment: false };
}

function endOfString(line: string, start: number): number {
  const quote = line[start];
  for (let index = start + 1; index < line.length; index++) {
    if (line[index] === "\\") index++;
    else if (line[index] === quote) return index;
  }
  return line.length;
}
