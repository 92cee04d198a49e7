// npm run bench writes docs/benchmarks.md: the parts it measured replace theirs, stamped; every other part stays.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { machineLine, spliceBenchmarks } from "../../scripts/bench/benchmarks-doc.js";
import { repoRoot } from "../spec/spec-bundle.js";

const marker = (part: string) => `<!-- bench:${part} (written by npm run bench; edits inside are overwritten) -->`;
const page = ["# Benchmarks", "", marker("pipeline"), "old stamp", "", "| old pipeline |", "<!-- /bench:pipeline -->", "prose kept", marker("client"), "| old client |", "<!-- /bench:client -->", ""].join("\n");

describe("spliceBenchmarks", () => {
  it("replaces the measured part's section with the stamp and new tables, keeping the rest byte for byte", () => {
    const out = spliceBenchmarks(page, new Map([["pipeline", ["| new pipeline |"]]]), "STAMP");
    expect(out).toBe(page.replace("old stamp\n\n| old pipeline |", "STAMP\n\n| new pipeline |"));
  });

  it("appends a part the page has no section for", () => {
    const out = spliceBenchmarks(page, new Map([["bundle", ["| bundle |"]]]), "STAMP");
    expect(out.startsWith(page.trimEnd())).toBe(true);
    expect(out.endsWith(`${marker("bundle")}\nSTAMP\n\n| bundle |\n<!-- /bench:bundle -->\n`)).toBe(true);
  });

  it("refuses a section without its closing marker", () => {
    expect(() => spliceBenchmarks(page.replace("<!-- /bench:client -->", ""), new Map([["client", []]]), "S")).toThrow(/has no <!-- \/bench:client -->/);
  });

  it("stamps the machine, the Node version and the date", () => {
    expect(machineLine(new Date("2026-12-06T18:30:00Z"))).toMatch(/^Measured 2026-12-06 18:30 UTC on \d+ x .+, Node \d+\.\d+\.\d+, load average /);
  });
});

describe("docs/benchmarks.md", () => {
  const doc = readFileSync(join(repoRoot, "docs/benchmarks.md"), "utf8");
  const bench = readFileSync(join(repoRoot, "scripts/bench.ts"), "utf8");
  const parts = [...bench.matchAll(/tablesOf\("([\w-]+)"\)/g)].map((match) => match[1]!);

  it.each(parts)("has a section for the %s part, stamped", (part) => {
    const section = doc.slice(doc.indexOf(marker(part)), doc.indexOf(`<!-- /bench:${part} -->`));
    expect(section.split("\n")[1]).toMatch(/^Measured /);
    expect(section).toContain("|---|");
  });
});
