// Formats what generate and check:generated print: one line per file, the drift with short diffs, a summary with the time.
import { pc } from "./colours.js";
import type { FileChange } from "./file-changes.js";
import { GENERATED_DIR } from "./layout.js";

export { pc };

const LABEL: Record<FileChange["kind"], (text: string) => string> = {
  unchanged: pc.dim,
  stale: pc.yellow,
  missing: pc.red,
  extra: pc.red,
};

export function seconds(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(2)} s`;
}

export function writtenReport(changes: readonly FileChange[], startedAt: number): string {
  const verb: Record<FileChange["kind"], string> = { unchanged: "unchanged", stale: "written", missing: "written", extra: "removed" };
  const lines = changes.map((change) => `  ${LABEL[change.kind](verb[change.kind].padEnd(9))}  ${GENERATED_DIR}/${change.path}`);
  const count = (word: string) => changes.filter((change) => verb[change.kind] === word).length;
  const summary = `${count("written")} written, ${count("unchanged")} unchanged, ${count("removed")} removed in ${seconds(startedAt)}`;
  return [...lines, pc.green(summary)].join("\n");
}

export function driftReport(changes: readonly FileChange[], startedAt: number, fixCommand: string): string {
  const drifted = changes.filter((change) => change.kind !== "unchanged");
  if (drifted.length === 0) return pc.green(`${GENERATED_DIR}/ matches the spec: ${changes.length} files checked in ${seconds(startedAt)}`);
  const blocks = drifted.map((change) => `  ${LABEL[change.kind](change.kind.padEnd(7))}  ${GENERATED_DIR}/${change.path}\n${indent(colourDiff(change.diff), "    ")}`);
  return [
    pc.red(`${GENERATED_DIR}/ does not match the spec: ${drifted.length} of ${changes.length} files drifted`),
    ...blocks,
    `Fix: run ${pc.bold(fixCommand)}, review the diff, commit (${seconds(startedAt)}).`,
  ].join("\n");
}

function colourDiff(diff: string): string {
  return diff
    .split("\n")
    .map((line) => (line.startsWith("+") ? pc.green(line) : line.startsWith("-") ? pc.red(line) : line.startsWith("@@") ? pc.cyan(line) : line))
    .join("\n");
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}
