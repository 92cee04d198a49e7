// Reads docs/benchmarks.md and the tables of the parts one `npm run bench` measured; produces the page with those
// parts' sections replaced (each stamped with the machine and the date) and every other part's figures kept.
import { cpus, loadavg, platform, release } from "node:os";

/** One line naming where and when the figures were taken: they mean nothing without it. */
export function machineLine(now: Date = new Date()): string {
  const cpu = cpus();
  const load = loadavg().map((value) => value.toFixed(1)).join(" / ");
  return `Measured ${now.toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpu.length} x ${cpu[0]?.model.trim() ?? "unknown CPU"} (${platform()} ${release()}), Node ${process.versions.node}, load average ${load} at the end.`;
}

const open = (part: string): string => `<!-- bench:${part} (written by npm run bench; edits inside are overwritten) -->`;
const close = (part: string): string => `<!-- /bench:${part} -->`;

/** `doc` with each measured part's section (between its markers) replaced; a part without one is appended. */
export function spliceBenchmarks(doc: string, parts: ReadonlyMap<string, readonly string[]>, stamp: string): string {
  let out = doc;
  for (const [part, lines] of parts) {
    const section = [open(part), stamp, "", ...lines, close(part)].join("\n");
    const start = out.indexOf(open(part));
    const end = out.indexOf(close(part));
    if (start >= 0 && end < start) throw new Error(`docs/benchmarks.md: ${open(part)} has no ${close(part)} after it`);
    out = start < 0 ? `${out.trimEnd()}\n\n${section}\n` : out.slice(0, start) + section + out.slice(end + close(part).length);
  }
  return out;
}
