// The repository's copy of the seed page must equal the shared source of truth wherever both exist.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_COPY_URL, SHARED_SEED_URL } from "./seed.js";

describe("spec/sources/recording_partial_update.md", () => {
  it.skipIf(!existsSync(SHARED_SEED_URL))("is byte-identical to ../shared/seeds/recording_partial_update.md", () => {
    expect(readFileSync(SEED_COPY_URL, "utf8")).toBe(readFileSync(SHARED_SEED_URL, "utf8"));
  });
});
