// Prints a diff as text for a terminal or as Markdown for a GitHub job summary: changes grouped by client
// method and by schema, each with its impact, what changed and why, then the diff's bump and the version verdict.
import { pc } from "../pipeline/colours.js";
import type { SpecChange } from "./changes.js";
import { IMPACTS, type Impact } from "./rules.js";
import type { ReleaseVerdict } from "./version.js";

export interface DiffSummary {
  readonly baseLabel: string;
  readonly revisionLabel: string;
  readonly baseVersion: string;
  readonly revisionVersion: string;
  readonly changes: readonly SpecChange[];
  readonly bump: Impact | undefined;
}

const COLOUR: Record<Impact, (text: string) => string> = { major: pc.red, minor: pc.green, patch: pc.dim };

function groups(changes: readonly SpecChange[]): [string, SpecChange[]][] {
  const byTitle = new Map<string, SpecChange[]>();
  for (const change of changes) byTitle.set(change.group.title, [...(byTitle.get(change.group.title) ?? []), change]);
  return [...byTitle];
}

export function counts(changes: readonly SpecChange[]): string {
  return IMPACTS.map((impact) => `${changes.filter((change) => change.impact === impact).length} ${impact}`).join(", ");
}

/**
 * What this diff is rated, then the version verdict: the same one check:version gives (changes since the last
 * release), so the two commands never disagree about an unreleased version that already covers a change.
 */
function bumpSentence(summary: DiffSummary, verdict: ReleaseVerdict): string {
  const { bump } = summary;
  const rated = bump ? `this diff is rated ${bump}` : "no API changes in this diff";
  if (verdict.released === undefined) return `${rated}; no release is recorded yet, so version ${verdict.current} may come first.`;
  const since = verdict.bump ? `the changes since release ${verdict.released} need version ${verdict.required} or later` : `nothing changed since release ${verdict.released}`;
  return verdict.ok
    ? `${rated}; ${since}, and ${verdict.current} covers them.`
    : `${rated}; ${since}, and the version is ${verdict.current}: run npm run release:prepare.`;
}

export function textReport(summary: DiffSummary, verdict: ReleaseVerdict): string {
  const lines = [pc.bold(`Spec changes from ${summary.baseLabel}, version ${summary.baseVersion}, to ${summary.revisionLabel}, version ${summary.revisionVersion}`), ""];
  for (const [title, changes] of groups(summary.changes)) {
    lines.push(pc.bold(title));
    for (const change of changes) {
      lines.push(`  ${COLOUR[change.impact](change.impact.padEnd(5))}  ${change.kind.padEnd(8)}  ${change.where || "(itself)"}`);
      lines.push(`         ${change.message}`);
      lines.push(pc.dim(`         why: ${change.why} (${change.rules.join(", ")})`));
    }
    lines.push("");
  }
  lines.push(`${counts(summary.changes)}: ${bumpSentence(summary, verdict)}`);
  return lines.join("\n");
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function markdownReport(summary: DiffSummary, verdict: ReleaseVerdict): string {
  const lines = [
    `## Spec changes from ${summary.baseLabel}, version ${summary.baseVersion}, to ${summary.revisionLabel}, version ${summary.revisionVersion}`,
    "",
    `**${counts(summary.changes)}**: ${bumpSentence(summary, verdict)}`,
  ];
  for (const [title, changes] of groups(summary.changes)) {
    lines.push("", `### ${cell(title)}`, "", "| impact | change | where | what | why |", "|---|---|---|---|---|");
    for (const change of changes) {
      lines.push(`| ${change.impact} | ${change.kind} | ${cell(change.where || "(itself)")} | ${cell(change.message)} | ${cell(change.why)} (\`${change.rules.join("`, `")}\`) |`);
    }
  }
  return lines.join("\n");
}
