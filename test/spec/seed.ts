// Reads the Update Recording reference page (../shared/seeds) the spec is curated from.
import { existsSync, readFileSync } from "node:fs";
import type { Json } from "./spec-bundle.js";

/** The team's source of truth, beside the checkout (our machines and CI). */
export const SHARED_SEED_URL = new URL("../../../shared/seeds/recording_partial_update.md", import.meta.url);
/** Its copy in the repository, for clones without ../shared (GitHub Actions); seed-copy.test.ts keeps the two equal. */
export const SEED_COPY_URL = new URL("../../spec/sources/recording_partial_update.md", import.meta.url);
const SEED_URL = existsSync(SHARED_SEED_URL) ? SHARED_SEED_URL : SEED_COPY_URL;
const seedText = (): string => readFileSync(SEED_URL, "utf8");

/** The page's "Sample Response" JSON. */
export function seedSampleResponse(): Json {
  const section = seedText().split("## Sample Response")[1];
  const body = section?.match(/```json\n([\s\S]*?)```/)?.[1];
  if (body === undefined) throw new Error(`no JSON block under "## Sample Response" in ${SEED_URL.pathname}`);
  return JSON.parse(body) as Json;
}

export interface SeedParameter {
  readonly name: string;
  /** As written, e.g. `date-time | null`, `array of objects`. */
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

/** The rows of the page's "Parameters" table. */
export function seedParameters(): SeedParameter[] {
  const section = seedText().split("## Parameters")[1]?.split("\n## ")[0] ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Name") && !line.startsWith("| ---"))
    .map((line) => {
      const cells = line.replaceAll("\\|", "\u0000").split("|").slice(1, -1).map((c) => c.replaceAll("\u0000", "|").trim());
      const [name = "", type = "", required = "", description = ""] = cells;
      return { name, type, required: required === "Yes", description };
    });
}
