// CHANGELOG.md: one `## <version>` section per version. Its hand-written notes are kept as written; its API
// part sits between two markers and is produced from the diff report (breaking changes first, then what
// was added, then the rest), so release:prepare can rewrite it and check:version can tell it is current.
import type { SpecChange } from "./changes.js";
import { type Impact, ruleOf } from "./rules.js";

export const CHANGELOG_FILE = "CHANGELOG.md";
const START = "<!-- api-changes: written by npm run release:prepare from the spec diff; notes go above this line -->";
const END = "<!-- /api-changes -->";
const TITLE = "# Changelog";
const PREAMBLE = [
  TITLE,
  "",
  "Each version: breaking changes first, with how to migrate, then what was added, then fixes, written by hand; below",
  "them, folded, every API change as `npm run release:prepare` lists it from the spec.",
  "",
].join("\n");

const HEADINGS: Record<Impact, string> = {
  major: "Breaking changes",
  minor: "Added",
  patch: "Changed (compatible)",
};

/**
 * The machine-made part of a version's entry: every API change, folded in a <details> that GitHub and npm render
 * closed, so the hand-written notes above it (breaking changes with their migration, additions per resource,
 * fixes) are what a reader sees first.
 */
export function apiSection(changes: readonly SpecChange[], from: string): string {
  const count = (impact: Impact) => changes.filter((change) => change.impact === impact).length;
  const tally = `${count("major")} breaking, ${count("minor")} added, ${count("patch")} compatible`;
  const lines = [START, "<details>", `<summary>Every API change since ${from}, from the spec diff (${tally})</summary>`, "", `### API changes since ${from}`];
  // Reworded descriptions and examples matter to no caller's code: counted per place, not listed one by one.
  const isDocs = (change: SpecChange) => change.rules.length === 1 && change.rules[0] === "recall-documentation";
  const docs = new Map<string, number>();
  for (const change of changes.filter(isDocs)) docs.set(change.group.short, (docs.get(change.group.short) ?? 0) + 1);
  for (const impact of ["major", "minor", "patch"] as const) {
    const these = changes.filter((change) => change.impact === impact && !isDocs(change));
    if (these.length === 0 && !(impact === "patch" && docs.size > 0)) continue;
    lines.push("", `#### ${HEADINGS[impact]}`, "");
    if (impact === "patch" && docs.size > 0) {
      const places = [...docs].map(([short, count]) => `\`${short}\`${count > 1 ? ` (${count})` : ""}`).join(", ");
      lines.push(`- Documentation (descriptions, summaries, examples, links) of ${places}.`);
    }
    for (const change of these) {
      const where = change.where ? ` · ${change.where}` : "";
      lines.push(`- \`${change.group.short}\`${where}: ${change.message}${impact === "major" ? ` (${change.rules.map((id) => `\`${id}\``).join(", ")})` : ""}`);
    }
    if (impact === "major") {
      // Each rule's reason once, rather than on every line it rates.
      const why = new Map(these.flatMap((change) => change.rules.map((id) => [id, ruleOf(id)?.why ?? change.why] as const)));
      lines.push("", `Why they break: ${[...why].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, reason]) => `\`${id}\`: ${reason}`).join("; ")}.`);
    }
  }
  if (changes.length === 0) lines.push("", "No changes to the API.");
  lines.push("", "</details>", END);
  return lines.join("\n");
}

interface Section {
  readonly start: number;
  readonly end: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Line indexes of `## <version>` (optionally `## [<version>]`, with any suffix) up to the next `## `. */
function findSection(lines: readonly string[], heading: RegExp): Section | undefined {
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const next = lines.findIndex((line, index) => index > start && /^## /.test(line));
  return { start, end: next < 0 ? lines.length : next };
}

const versionHeading = (version: string): RegExp => new RegExp(`^## \\[?${escape(version)}\\]?(\\s|$)`);

/** The changelog with `version`'s API part set to `section`: the version's entry is made from `## Unreleased` or added on top. */
export function withApiSection(text: string | undefined, version: string, section: string): string {
  const lines = (text ?? PREAMBLE).replace(/\r\n/g, "\n").split("\n");
  let found = findSection(lines, versionHeading(version));
  if (!found) {
    const unreleased = findSection(lines, /^## \[?unreleased\]?\s*$/i);
    if (unreleased) {
      lines[unreleased.start] = `## ${version} (unreleased)`;
    } else {
      const firstVersion = lines.findIndex((line) => /^## /.test(line));
      const at = firstVersion < 0 ? lines.length : firstVersion;
      lines.splice(at, 0, `## ${version} (unreleased)`, "", ...(firstVersion < 0 ? [] : [""]));
    }
    found = findSection(lines, versionHeading(version));
  }
  if (!found) throw new Error(`could not place the ${version} entry in ${CHANGELOG_FILE}`);
  const body = lines.slice(found.start + 1, found.end);
  const from = body.indexOf(START);
  const to = body.indexOf(END);
  let next: string[];
  if (from >= 0 && to > from) next = [...body.slice(0, from), ...section.split("\n"), ...body.slice(to + 1)];
  else {
    const trimmed = trimEnd(body);
    next = [...trimmed, ...(trimmed.some((line) => line.trim() !== "") ? [""] : []), ...section.split("\n"), ""];
  }
  if (next[0] !== "") next.unshift("");
  lines.splice(found.start + 1, found.end - found.start - 1, ...next);
  return `${trimEnd(lines).join("\n")}\n`;
}

/** Whether the changelog's entry for `version` has exactly this API part. */
export function hasApiSection(text: string | undefined, version: string, section: string): boolean {
  if (text === undefined) return false;
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  const found = findSection(lines, versionHeading(version));
  return found !== undefined && lines.slice(found.start + 1, found.end).join("\n").includes(section);
}

/** `## 1.2.0 (unreleased)` becomes `## 1.2.0 (2026-12-01)`. */
export function withReleaseDate(text: string, version: string, date: string): string {
  return text.replace(new RegExp(`^## \\[?${escape(version)}\\]? \\(unreleased\\)$`, "m"), `## ${version} (${date})`);
}

function trimEnd(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? "").trim() === "") end--;
  return lines.slice(0, end);
}
