// Compares two bundled specs: Redocly's engine finds and rates the changes, changes.ts places and explains them.
import { alignParameters } from "./align.js";
import { rateChanges, requiredBump } from "./changes.js";
import { redoclyDiff } from "./redocly-diff.js";
import type { DiffSummary } from "./report.js";
import { type SpecSide, infoVersion } from "./sources.js";
import { assertSemver } from "./version.js";

export async function diffSpecs(base: SpecSide, revision: SpecSide): Promise<DiffSummary> {
  const baseVersion = assertSemver(infoVersion(base.document), `info.version of the spec at ${base.label}`);
  const revisionVersion = assertSemver(infoVersion(revision.document), `info.version of the spec at ${revision.label}`);
  const [before, after] = alignParameters(base.document, revision.document);
  const report = await redoclyDiff(before, after);
  const changes = rateChanges(report.changes, before, after);
  return { baseLabel: base.label, revisionLabel: revision.label, baseVersion, revisionVersion, changes, bump: requiredBump(changes) };
}
