// README's samples marked `ts mock` run, as written, against the mock of `npm run mock` (Stoplight Prism on the
// spec, which answers 4xx to a request the spec does not allow): each completes, and every call it makes succeeds.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { usePrism } from "../contract/use-prism.js";
import { repoRoot } from "../spec/spec-bundle.js";
import { mock } from "./readme-client.js";
import { readmeSamples } from "./readme-samples.js";

const samples = readmeSamples(readFileSync(join(repoRoot, "README.md"), "utf8")).filter((sample) => sample.tags.includes("mock"));
const client = join(repoRoot, "test/docs/readme-client.ts");
const dir = mkdtempSync(join(tmpdir(), "recall-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README's mock samples", () => {
  const prism = usePrism();

  it.each(samples.map((sample) => [sample.line, sample] as const))("the sample at README.md:%i runs against the mock", async (line, sample) => {
    mock.url = prism().url;
    mock.exchanges = [];
    const file = join(dir, `sample-${line}.ts`);
    // The one change: the package name resolves to the source, through readme-client.ts.
    writeFileSync(file, sample.code.replace(/from "recall-recording"/g, `from ${JSON.stringify(client)}`));
    await import(file);
    expect(mock.exchanges.length, "calls made").toBeGreaterThan(0);
    expect(mock.exchanges.filter((exchange) => exchange.status >= 400)).toEqual([]);
  });
});
