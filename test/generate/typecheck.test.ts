// The emitted-code type check (generate's last gate): an emitted file that does not compile against src/ is named with
// its line, one that does passes, and errors inside src/ (hand-written for Recall's spec) are not the check's to report.
import { describe, expect, it } from "vitest";
import { typecheckFiles } from "../../scripts/pipeline/typecheck.js";
import { repoRoot } from "../spec/spec-bundle.js";

const USE_CORE = 'import { createCore, type RequestCore } from "../src/core/index.js";\n';

describe("typecheckFiles", () => {
  it.each([
    ["a file that compiles against src/", `${USE_CORE}export const core: RequestCore = createCore({ apiKey: "k", baseUrl: "http://127.0.0.1:1" });\n`, []],
    ["a call src/ does not accept", `${USE_CORE}export const core: RequestCore = createCore({ apiKey: 42, baseUrl: "http://127.0.0.1:1" });\n`, [/^generated\/client\.ts:2: TS2322: /]],
    ["a name src/ does not export", `${USE_CORE}export type Missing = import("../src/core/index.js").NoSuchType;\n`, [/^generated\/client\.ts:2: TS2694: .*NoSuchType/]],
  ])("%s", async (_, text, want) => {
    // Only this file of generated/: src/'s own imports of it fail, inside src/, where the check does not look.
    const problems = await typecheckFiles(repoRoot, new Map([["client.ts", text]]));
    expect(problems).toHaveLength(want.length);
    want.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  }, 60_000);
});
