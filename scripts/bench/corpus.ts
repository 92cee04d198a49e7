// The corpus of real public descriptions (test/generate/corpus/README.md says where each comes from): shared by the corpus test
// and `npm run bench -- generator`, which install one into a copy of the project the same way.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** Inside the project (scripts run from a bundle elsewhere, so not relative to this module). */
const CORPUS = "test/generate/corpus";

export interface CorpusEntry {
  readonly name: string;
  /** Operations the generated client has (the description's, less any its redocly.yaml filters out). */
  readonly operations: number;
  /** The description's text (JSON, which YAML reads too), from the project at `root`. */
  readonly text: (root: string) => string;
}

export const CORPUS_ENTRIES: readonly CorpusEntry[] = [
  { name: "recall-sdk", operations: 41, text: (root) => readFileSync(join(root, CORPUS, "recall-sdk/openapi.json"), "utf8") },
  { name: "github", operations: 1221, text: (root) => gunzipSync(readFileSync(join(root, CORPUS, "github/openapi.json.gz"))).toString("utf8") },
  { name: "discourse", operations: 83, text: (root) => readFileSync(join(root, CORPUS, "discourse/openapi.json"), "utf8") },
];

/** Redocly's file of lint problems to ignore, beside redocly.yaml: read by the CLI from the config's folder. */
const LINT_IGNORE = ".redocly.lint-ignore.yaml";

/** Replaces a project copy's spec/ and redocly.yaml with the entry's, read from the project at `from`. */
export async function installCorpusEntry(from: string, root: string, entry: CorpusEntry): Promise<void> {
  await rm(join(root, "spec"), { recursive: true, force: true });
  await mkdir(join(root, "spec"), { recursive: true });
  await writeFile(join(root, "spec/openapi.yaml"), entry.text(from));
  await writeFile(join(root, "redocly.yaml"), readFileSync(join(from, CORPUS, entry.name, "redocly.yaml")));
  const ignore = join(from, CORPUS, entry.name, LINT_IGNORE);
  if (existsSync(ignore)) await writeFile(join(root, LINT_IGNORE), readFileSync(ignore));
  else await rm(join(root, LINT_IGNORE), { force: true });
}
