// README.md is the user's guide: short, install first, and every ```ts sample compiles against the package as a
// user imports it (`recall-recording`, resolved through the export map). test/docs/readme.e2e.test.ts runs the
// samples marked `ts mock` against the mock server.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../spec/spec-bundle.js";
import { readmeSamples, typecheckSamples } from "./readme-samples.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const samples = readmeSamples(readme);

describe("README.md", () => {
  it("is at most 15 KB", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it("says how to install, from npm and from a clone, in its first 60 lines", () => {
    const head = readme.split("\n").slice(0, 60).join("\n");
    expect(head).toContain("npm install recall-recording");
    expect(head).toContain("npm ci && npm pack");
  });

  it("makes a first call in its first screen (50 lines)", () => {
    const first = samples[0];
    expect(first?.line).toBeLessThanOrEqual(50);
    expect(first?.code).toMatch(/await recall\.\w+\.\w+\(/);
  });

  it("has samples, and some run against the mock", () => {
    expect(samples.length).toBeGreaterThanOrEqual(5);
    expect(samples.filter((sample) => sample.tags.includes("mock")).length).toBeGreaterThanOrEqual(2);
  });

  it("type-checks every ts sample against the package's export map", () => {
    expect(typecheckSamples(repoRoot, samples)).toEqual([]);
  });

  it("names one environment variable for the API key", () => {
    expect(readme).not.toMatch(/RECALLAI_API_KEY/);
    expect(readme).toContain("process.env.RECALL_API_KEY");
  });

  it("links only to files in the repository, and shows no picture", () => {
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map((match) => match[1]!);
    for (const link of links) expect(existsSync(join(repoRoot, link)), link).toBe(true);
    expect(readme).not.toMatch(/!\[/);
  });
});
