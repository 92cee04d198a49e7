// npm run generate on the real public descriptions of corpus/ (Recall's own 3.0.3 definition, GitHub's 1,221
// operations, Discourse's OpenAPI 3.1): each generates, and the emitted code type-checks with src/ (generate's own
// gate, before it writes).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/project-copy.js";
import { spawnCommand } from "../support/run-command.js";
import { repoRoot } from "../spec/spec-bundle.js";
import { CORPUS_ENTRIES, installCorpusEntry } from "../../scripts/bench/corpus.js";

const copies: ProjectCopy[] = [];
afterAll(async () => {
  await Promise.all(copies.map((copy) => copy.remove()));
});

const expectations: Record<string, { method: [resource: string, method: string]; export: string }> = {
  "recall-sdk": { method: ["bots", "list"], export: "bot_list" },
  // operationId "meta/root" on GET /: the identifier and method the naming rule gives it.
  github: { method: ["meta", "root"], export: "meta_root" },
  // OpenAPI 3.1 (type: [T, "null"] throughout): operationId "getCategory" on GET /c/{id}/show.json.
  discourse: { method: ["c", "getCategory"], export: "getCategory" },
};

describe.each(CORPUS_ENTRIES.map((entry) => [entry.name, entry] as const))("the %s description", (name, entry) => {
  it("generates, type-checks with src/, and names every operation", { timeout: 900_000 }, async () => {
    const copy = await copyProject(repoRoot);
    copies.push(copy);
    await installCorpusEntry(repoRoot, copy.root, entry);
    const run = await spawnCommand(process.execPath, [join(copy.root, "scripts/run.mjs"), "scripts/generate.ts"], {
      cwd: copy.root,
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 900_000,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const operations = await readFile(join(copy.root, "generated/operations.ts"), "utf8");
    expect(operations.match(/^export const \w+: OperationInfo = /gm)).toHaveLength(entry.operations);
    const want = expectations[name]!;
    expect(operations).toContain(`export const ${want.export}: OperationInfo = `);
    const resource = await readFile(join(copy.root, `generated/resources/${want.method[0]}.ts`), "utf8");
    expect(resource).toMatch(new RegExp(`^  ${want.method[1]}\\(`, "m"));
  });
});
