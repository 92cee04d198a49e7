// Semantic versioning of the spec and the package, which share one version: what a change requires and
// whether a version satisfies it. Below 1.0.0 a breaking change bumps the minor (semver's 0.x rule, as
// Redocly's --check-version does), so 0.1.0 with a breaking change needs 0.2.0.
import semver from "semver";
import type { Impact } from "./rules.js";

export function assertSemver(version: string | undefined, where: string): string {
  if (version === undefined || semver.valid(version) === null) {
    throw new Error(`${where}: version ${JSON.stringify(version ?? null)} is not a semantic version (like 1.2.3)`);
  }
  return version;
}

/** The bump a change of this impact takes from this version (major becomes minor below 1.0.0). */
export function effectiveBump(from: string, impact: Impact): Impact {
  return impact === "major" && semver.major(from) === 0 ? "minor" : impact;
}

/** The lowest version that satisfies the changes since `from`; `from` itself when nothing changed. */
export function requiredVersion(from: string, impact: Impact | undefined): string {
  if (impact === undefined) return from;
  return semver.inc(from, effectiveBump(from, impact)) ?? from;
}

export interface VersionVerdict {
  readonly ok: boolean;
  readonly required: string;
}

/** Where the version stands against the last recorded release: the verdict check:version and diff:spec share. */
export interface ReleaseVerdict {
  /** The last recorded release, or undefined before the first (then any version may come first). */
  readonly released: string | undefined;
  /** The biggest impact among the changes since the release. */
  readonly bump: Impact | undefined;
  /** The lowest version that covers them. */
  readonly required: string;
  /** The spec's version now. */
  readonly current: string;
  readonly ok: boolean;
}

export function judgeVersion(from: string, current: string, impact: Impact | undefined): VersionVerdict {
  const required = requiredVersion(from, impact);
  return { ok: semver.gte(current, required), required };
}

/** The version release:prepare sets: the required one, or the current one when it is already higher. */
export function preparedVersion(from: string, current: string, impact: Impact | undefined): string {
  const required = requiredVersion(from, impact);
  return semver.gt(current, required) ? current : required;
}

export const maxImpact = (a: Impact | undefined, b: Impact | undefined): Impact | undefined => {
  const order: (Impact | undefined)[] = [undefined, "patch", "minor", "major"];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
};
