// Prints a diff as text for a terminal or as Markdown for a GitHub job summary: changes grouped by client
// method and by schema, each with its impact, what changed and why, then the bump and the next version.
import semver from "semver";
import { pc } from "../pipeline/colours.js";
import type { SpecChange } from "./changes.js";
import { IMPACTS, type Impact } from "./rules.js";
import { effectiveBump, requiredVersion } from "./version.js";

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

export function bumpSentence(summary: DiffSummary): string {
  const { bump, baseVersion } = summary;
  if (!bump) return `no changes: ${baseVersion} stays.`;
  const effective = effectiveBump(baseVersion, bump);
  const note = effective === bump ? "" : ` (below 1.0.0 a ${bump} change bumps the ${effective})`;
  const required = requiredVersion(baseVersion, bump);
  const short = semver.lt(summary.revisionVersion, required) ? ` The ${summary.revisionLabel} is at ${summary.revisionVersion}, which does not cover it.` : "";
  return `requires a ${bump} bump: next version ${required}${note}.${short}`;
}

export function textReport(summary: DiffSummary): string {
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
  lines.push(`${counts(summary.changes)}: ${bumpSentence(summary)}`);
  return lines.join("\n");
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function markdownReport(summary: DiffSummary): string {
  const lines = [
    `## Spec changes from ${summary.baseLabel}, version ${summary.baseVersion}, to ${summary.revisionLabel}, version ${summary.revisionVersion}`,
    "",
    `**${counts(summary.changes)}**: ${bumpSentence(summary)}`,
  ];
  for (const [title, changes] of groups(summary.changes)) {
    lines.push("", `### ${cell(title)}`, "", "| impact | change | where | what | why |", "|---|---|---|---|---|");
    for (const change of changes) {
      lines.push(`| ${change.impact} | ${change.kind} | ${cell(change.where || "(itself)")} | ${cell(change.message)} | ${cell(change.why)} (\`${change.rules.join("`, `")}\`) |`);
    }
  }
  return lines.join("\n");
}
