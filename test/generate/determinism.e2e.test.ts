// The pipeline in process, twice: byte-identical output, equal to the committed generated/. (A whole run costs
// seconds of CPU, so this lives in the e2e suite; npm test's check:generated runs it once.)
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../scripts/pipeline/run-pipeline.js";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { repoRoot } from "../spec/spec-bundle.js";

describe("runPipeline", () => {
  it("yields byte-identical files on every run, equal to the committed generated/", async () => {
    const first = await runPipeline(repoRoot);
    const second = await runPipeline(repoRoot);
    expect([...second]).toEqual([...first]);
    expect(first).toEqual(await readGenerated(`${repoRoot}/generated`));
  });
});
