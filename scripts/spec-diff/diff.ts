// Compares two bundled specs: Redocly's engine finds and rates the changes, changes.ts places and explains them.
import type { OpenAPIDocument } from "../openapi/json.js";
import { alignParameters } from "./align.js";
import { rateChanges, requiredBump } from "./changes.js";
import { redoclyDiff } from "./redocly-diff.js";
import type { DiffSummary } from "./render-changes.js";
import { type SpecSide, infoVersion } from "./sources.js";
import { assertSemver } from "./version.js";

export async function diffSpecs(base: SpecSide, revision: SpecSide): Promise<DiffSummary> {
  const baseVersion = assertSemver(infoVersion(base.document), `info.version of the spec at ${base.label}`);
  const revisionVersion = assertSemver(infoVersion(revision.document), `info.version of the spec at ${revision.label}`);
  const [before, after] = alignParameters(base.document, revision.document);
  // Bundles have sorted keys, so equal text means no change; the common case in npm test skips the CLI.
  const report = sameApart(before, after) ? { changes: [] } : await redoclyDiff(before, after);
  const changes = rateChanges(report.changes, before, after);
  return { baseLabel: base.label, revisionLabel: revision.label, baseVersion, revisionVersion, changes, bump: requiredBump(changes) };
}

/** Equal documents once info.version (the version itself, not a change) is set aside. */
function sameApart(a: OpenAPIDocument, b: OpenAPIDocument): boolean {
  const text = (document: OpenAPIDocument) => JSON.stringify({ ...document, info: { ...(document.info as object), version: "" } });
  return text(a) === text(b);
}
