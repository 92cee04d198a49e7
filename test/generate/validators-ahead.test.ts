// The validators compiled ahead in a child process (validators-ahead.ts) are the in-process compile's text, byte for
// byte, handed out only for the inputs they were compiled from; a child that cannot run leaves the compile in process.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "../../scripts/openapi/json.js";
import { compileValidators, emitValidatorsFile, validatorInputs } from "../../scripts/pipeline/emit/validators.js";
import { readOperations } from "../../scripts/pipeline/model.js";
import { compileValidatorsAhead } from "../../scripts/pipeline/validators-ahead.js";
import { bundledSpec, repoRoot } from "../spec/spec-bundle.js";

const document = bundledSpec() as unknown as OpenAPIDocument;
const operations = readOperations(document);

describe("validators compiled ahead", () => {
  it("yields the in-process text for the same inputs, and nothing for other inputs", async () => {
    const ahead = await compileValidatorsAhead(repoRoot, document, operations, undefined, 0);
    expect(ahead).toBeDefined();
    const inputs = validatorInputs(document, operations);
    expect(ahead!.read(inputs)).toBe(compileValidators(inputs));
    expect(emitValidatorsFile(document, operations, ahead)).toBe(emitValidatorsFile(document, operations));
    expect(ahead!.read({ ...inputs, operations: inputs.operations.slice(1) })).toBeUndefined();
  }, 60_000);

  it("leaves the compile in process when the child cannot run, and for inputs below the threshold", async () => {
    const empty = await mkdtemp(join(tmpdir(), "recall-ahead-"));
    try {
      expect(await compileValidatorsAhead(empty, document, operations, undefined, 0)).toBeUndefined();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
    expect(await compileValidatorsAhead(repoRoot, document, operations, undefined)).toBeUndefined();
  }, 60_000);
});
