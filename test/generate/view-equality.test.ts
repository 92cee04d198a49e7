// The named types can never drift from openapi-typescript's: for every component schema of the project's spec and of
// the api-scale fixture, the declaration under each name is exactly openapi-typescript's view of that schema.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFiles } from "../../scripts/pipeline/assemble.js";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { typecheckFiles } from "../../scripts/pipeline/typecheck.js";
import { repoRoot } from "../spec/spec-bundle.js";
import { PROOF, proofFile, schemaViewsOf } from "./view-equality.js";

/** Only the files the proof needs: the validators module alone would triple the check's time. */
const typesOnly = (files: GeneratedFiles): GeneratedFiles => new Map([...files].filter(([path]) => path === "schema.ts" || path === "types.ts"));

const cases: [string, string][] = [
  ["the project's spec", "generated"],
  ["the api-scale fixture", "test/generate/fixtures/api-scale/generated"],
];

describe.each(cases)("the named types of %s", (_, folder) => {
  let files: GeneratedFiles;
  beforeAll(async () => {
    files = typesOnly(await readGenerated(join(repoRoot, folder)));
  });

  it("equal openapi-typescript's read and write views, schema by schema", async () => {
    const views = schemaViewsOf(files);
    expect(views.length).toBeGreaterThan(3);
    const proof = proofFile(views);
    expect(proof.match(/^same</gm)?.length).toBeGreaterThanOrEqual(views.length);
    expect(await typecheckFiles(repoRoot, new Map([...files, [PROOF, proof]]))).toEqual([]);
  }, 60_000);
});

describe("the proof", () => {
  it("fails, naming the type, when a declaration drops an optional property (which assignability both ways misses)", async () => {
    const files = typesOnly(await readGenerated(join(repoRoot, "test/generate/fixtures/api-scale/generated")));
    const types = files.get("types.ts") ?? "";
    const broken = types.replace(/(export interface PatchedBot \{[\s\S]*?)\n  bot_name\?: string;/, "$1");
    expect(broken).not.toBe(types);
    const proof = proofFile(schemaViewsOf(files));
    const problems = await typecheckFiles(repoRoot, new Map([...files, ["types.ts", broken], [PROOF, proof]]));
    expect(problems.join("\n")).toMatch(/view-equality\.ts:\d+: .*"PatchedBot differs from WriteProps<PatchedBot>"/);
  }, 60_000);
});
