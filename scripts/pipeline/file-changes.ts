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

function shortDiff(path: string, have: string, want: string): string {
  const patch = createTwoFilesPatch(`generated/${path}`, `generated/${path} (from the spec)`, have, want, "", "", { context: 2 });
  const lines = patch.split("\n").slice(1).filter((line, index, all) => index < all.length - 1 || line !== "");
  if (lines.length <= MAX_DIFF_LINES) return lines.join("\n");
  return [...lines.slice(0, MAX_DIFF_LINES), `... ${lines.length - MAX_DIFF_LINES} more diff lines`].join("\n");
}
