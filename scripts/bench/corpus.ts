// The corpus of real public descriptions (test/generate/corpus/README.md says where each comes from): shared by the corpus test
// and `npm run bench -- generator`, which install one into a copy of the project the same way.
import { readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const CORPUS = fileURLToPath(new URL("../../test/generate/corpus/", import.meta.url));

export interface CorpusEntry {
  readonly name: string;
  /** Operations the generated client has (the description's, less any its redocly.yaml filters out). */
  readonly operations: number;
  /** The description's text (JSON, which YAML reads too). */
  readonly text: () => string;
}

export const CORPUS_ENTRIES: readonly CorpusEntry[] = [
  { name: "recall-sdk", operations: 41, text: () => readFileSync(join(CORPUS, "recall-sdk/openapi.json"), "utf8") },
  { name: "github", operations: 1221, text: () => gunzipSync(readFileSync(join(CORPUS, "github/openapi.json.gz"))).toString("utf8") },
];

/** Replaces a project copy's spec/ and redocly.yaml with the entry's. */
export async function installCorpusEntry(root: string, entry: CorpusEntry): Promise<void> {
  await rm(join(root, "spec"), { recursive: true, force: true });
  await mkdir(join(root, "spec"), { recursive: true });
  await writeFile(join(root, "spec/openapi.yaml"), entry.text());
  await writeFile(join(root, "redocly.yaml"), readFileSync(join(CORPUS, entry.name, "redocly.yaml")));
}
