// What a user of the packed package reads in the editor, asked of TypeScript's language service (quick info and
// semantic diagnostics) on a strict, node16, skipLibCheck-false consumer: names, not expanded walls.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Hovers, OURS, compilerOptionsOf, readHovers } from "../../scripts/bench/hovers.js";
import { TARGETS } from "../../scripts/bench/types.js";
import { type PackedProject, packAndInstall } from "../support/packed-project.js";

let project: PackedProject;
let hovers: Hovers;
beforeAll(async () => {
  project = await packAndInstall();
  hovers = readHovers({ folder: project.consumer, file: "hover.ts", text: OURS, options: compilerOptionsOf(join(project.consumer, "tsconfig.node16.json")) });
}, 180_000);
afterAll(async () => {
  if (project) await rm(project.root, { recursive: true, force: true });
});

describe("the packed package's types, as the language service shows them", () => {
  it("hovers a retrieved recording as its name", () => {
    expect(hovers.recording).toBe(TARGETS.recording);
  });

  it("hovers retrieve in plain, named types", () => {
    expect(hovers.retrieve).toBe("(method) RecordingsResource.retrieve(id: string, options?: RequestOptions): APIPromise<Recording>");
    expect(hovers.retrieve.length).toBeLessThanOrEqual(TARGETS.retrieveChars);
  });

  it("reports an unknown provider in a short error naming the provider type", () => {
    expect(hovers.unknownProvider).toContain("'whisper_async' does not exist in type 'CreateTranscriptProvider'");
    expect(hovers.unknownProvider.length).toBeLessThanOrEqual(TARGETS.unknownProviderChars);
  });
});
