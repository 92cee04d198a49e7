// Reads what the spec yields and what generated/ holds; produces one change per file (unchanged, stale,
// missing, extra) with a short unified diff for the drift report.
import { createTwoFilesPatch } from "diff";
import { byCodeUnit } from "../openapi/keys.js";

export interface FileChange {
  readonly path: string;
  /** `stale`: differs; `missing`: the spec yields it, generated/ lacks it; `extra`: generated/ has it, the spec does not yield it. */
  readonly kind: "unchanged" | "stale" | "missing" | "extra";
  readonly diff: string;
}

const MAX_DIFF_LINES = 40;

export function compareFiles(wanted: ReadonlyMap<string, string>, actual: ReadonlyMap<string, string>): FileChange[] {
  const paths = [...new Set([...wanted.keys(), ...actual.keys()])].sort(byCodeUnit);
  return paths.map((path) => {
    const want = wanted.get(path);
    const have = actual.get(path);
    if (want === have) return { path, kind: "unchanged", diff: "" };
    const kind = want === undefined ? "extra" : have === undefined ? "missing" : "stale";
    return { path, kind, diff: shortDiff(path, have ?? "", want ?? "") };
  });
}

/** Lines either side of the changed region that the diff may look at: Myers' diff is quadratic in what differs. */
const WINDOW = 200;

function shortDiff(path: string, have: string, want: string): string {
  const [haveWindow, wantWindow] = changedRegion(have, want);
  const patch = createTwoFilesPatch(`generated/${path}`, `generated/${path} (from the spec)`, haveWindow, wantWindow, "", "", { context: 2 });
  const lines = patch.split("\n").slice(1).filter((line, index, all) => index < all.length - 1 || line !== "");
  if (lines.length <= MAX_DIFF_LINES) return lines.join("\n");
  return [...lines.slice(0, MAX_DIFF_LINES), `... ${lines.length - MAX_DIFF_LINES} more diff lines`].join("\n");
}

/** Both texts from a little before their first differing line, at most WINDOW lines each (line numbers are lost when cut). */
function changedRegion(have: string, want: string): [string, string] {
  const a = have.split("\n");
  const b = want.split("\n");
  if (a.length <= WINDOW && b.length <= WINDOW) return [have, want];
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  const from = Math.max(0, first - 2);
  return [a.slice(from, from + WINDOW).join("\n"), b.slice(from, from + WINDOW).join("\n")];
}
