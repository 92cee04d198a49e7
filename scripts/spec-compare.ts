// npm run spec:compare -- <OpenAPI document> [--json]: compares our spec with one of Recall's published
// definition documents (OpenAPI 3.0.3 JSON) for the resources both describe, and lists every disagreement:
// operations on one side only, parameters, and per schema property presence, required, nullable, type and
// enum values. Exit 0 when they agree, 1 when they disagree, 2 on unusable input.
import { basename, resolve } from "node:path";
import { bundleSpec } from "./openapi/spec.js";
import { SPEC_ENTRY } from "./pipeline/layout.js";
import { pc } from "./pipeline/colours.js";
import { type Comparison, type Disagreement, compareSpecs } from "./spec-compare/disagreements.js";
import { UnusableInput, loadOpenAPI } from "./spec-compare/load.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith("--"));
const json = args.includes("--json");

const MAX_VALUES = 8;

/** Long enum lists (languages, models) cut to their first values in text; --json keeps all. */
function shorten(values: string): string {
  const parts = values.split(" | ");
  return parts.length > MAX_VALUES ? `${parts.slice(0, MAX_VALUES).join(" | ")} | ... (${parts.length - MAX_VALUES} more)` : values;
}

function describe(finding: Disagreement): string {
  const where = finding.where || (/^[A-Z]+ \//.test(finding.group) ? "(the operation)" : "(the schema)");
  if (finding.aspect === "operation" || finding.aspect === "parameter" || finding.aspect === "property" || finding.aspect === "response" || finding.aspect === "request body") {
    const side = finding.ours === "absent" ? "only in Recall's" : finding.theirs === "absent" ? "only in ours" : `ours: ${finding.ours}; Recall's: ${finding.theirs}`;
    return `${where}: ${side}${finding.aspect === "operation" ? ` (${finding.ours === "absent" ? finding.theirs : finding.ours})` : ""}`;
  }
  return `${where} · ${finding.aspect}: ours ${shorten(finding.ours)}; Recall's ${shorten(finding.theirs)}`;
}

function textReport(comparison: Comparison, file: string): string {
  const lines = [
    pc.bold(`spec:compare: ${SPEC_ENTRY} (ours) with ${basename(file)} (Recall's)`),
    `Resources both describe: ${comparison.resources.join(", ")}; operations in both: ${comparison.compared.length}` +
      (comparison.outOfScope ? `; ${comparison.outOfScope} of Recall's operations are about resources ours does not describe (not compared).` : "."),
  ];
  let group: string | undefined;
  for (const finding of comparison.disagreements) {
    if (finding.group !== group) lines.push("", pc.bold(finding.group));
    group = finding.group;
    lines.push(`  ${describe(finding)}`);
  }
  const count = comparison.disagreements.length;
  lines.push("", count ? pc.red(`${count} disagreement${count === 1 ? "" : "s"}.`) : pc.green("They agree on every operation both describe."));
  return lines.join("\n");
}

try {
  if (files.length !== 1 || args.some((arg) => arg.startsWith("--") && arg !== "--json")) {
    throw new UnusableInput(`usage: npm run spec:compare -- <OpenAPI document (JSON or YAML)> [--json]; got ${args.join(" ") || "nothing"}`);
  }
  const file = files[0] ?? "";
  const [ours, theirs] = await Promise.all([bundleSpec(root), loadOpenAPI(file)]);
  const comparison = compareSpecs(ours, theirs);
  if (comparison.resources.length === 0) throw new UnusableInput(`${file} describes none of the resources ${SPEC_ENTRY} does; nothing to compare`);
  console.log(json ? JSON.stringify(comparison, null, 2) : textReport(comparison, file));
  process.exitCode = comparison.disagreements.length > 0 ? 1 : 0;
} catch (error) {
  console.error(pc.red(`spec:compare: ${error instanceof Error ? error.message : String(error)}`));
  process.exitCode = error instanceof UnusableInput ? 2 : 1;
}
