// Engines that tell the truth: the package runs on what package.json's engines says (the packed tests run it there),
// and every package npm ci installs accepts each Node line the contributor toolchain documents (devEngines), so
// `npm ci` prints no EBADENGINE warning on any of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../spec/spec-bundle.js";

interface Lock {
  readonly packages: Record<string, { readonly version?: string; readonly engines?: { readonly node?: string } | string[]; readonly dev?: boolean }>;
}
const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string }; devEngines: { runtime: { name: string; version: string } } };
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as Lock;
const contributorRange = pkg.devEngines.runtime.version;
/** The lowest release of each documented line: a package that accepts it accepts the whole line above it. */
const lowest = contributorRange.split("||").map((range) => semver.minVersion(range.trim())!.version);

describe("engines", () => {
  it("keeps the runtime at Node 20.19 or later, and the contributor toolchain within it", () => {
    expect(pkg.engines.node).toBe(">=20.19");
    expect(pkg.devEngines.runtime.name).toBe("node");
    expect(semver.subset(contributorRange, pkg.engines.node)).toBe(true);
    expect(readFileSync(join(repoRoot, ".nvmrc"), "utf8").trim()).toMatch(/^20$/);
  });

  it.each(lowest)("every installed package accepts Node %s", (node) => {
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return path && range && !semver.satisfies(node, range) ? [`${path}@${entry.version}: ${range}`] : [];
    });
    expect(refusing).toEqual([]);
  });
});
