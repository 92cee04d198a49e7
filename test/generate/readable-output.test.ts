// Generated code a user lands on reads like hand-written code: checked on the committed generated/ (check:generated
// keeps it equal to what the spec yields) and on the api-scale fixture's snapshots.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { MAX_LINE } from "../../scripts/pipeline/project.js";
import { repoRoot } from "../spec/spec-bundle.js";

/**
 * validators.ts is compiled Ajv code no one reads; schema.ts is openapi-typescript's own output, kept as the input
 * of the named types and of their proof (view-equality.test.ts) and referred to by no public type.
 */
const UNREAD = new Set(["validators.ts", "schema.ts"]);

describe.each([["generated"], ["test/generate/fixtures/api-scale/generated"]])("%s", (folder) => {
  const read = async (): Promise<[string, string][]> => [...(await readGenerated(join(repoRoot, folder)))].filter(([path]) => path.endsWith(".ts") && !UNREAD.has(path));

  it(`has no line over ${MAX_LINE} characters and indents by two spaces`, async () => {
    const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;
    const problems = (await read()).flatMap(([path, text]) =>
      text.split("\n").flatMap((line, index, lines) => {
        const indent = indentOf(line);
        const jsDocStar = /^ +\* |^ +\*\/?$/.test(line) && indent % 2 === 1;
        if (line.length > MAX_LINE) return [`${path}:${index + 1}: ${line.length} characters`];
        if (indent % 2 === 1 && !jsDocStar) return [`${path}:${index + 1}: indented by ${indent}`];
        // What a bracket opens is one level in, and its closing bracket back where the opening line starts.
        const next = lines[index + 1];
        if (/[{[(]$/.test(line) && !/^\s*\*/.test(line) && next !== undefined && next.trim() !== "") {
          const want = /^\s*[}\])]/.test(next) ? indent : indent + 2;
          if (indentOf(next) !== want) return [`${path}:${index + 2}: indented by ${indentOf(next)}, not ${want}`];
        }
        return [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it("exports the resource classes from one barrel, and each name means one thing", async () => {
    const files = await read();
    expect(files.filter(([, text]) => /^export \{ \w+Resource \} from/m.test(text)).map(([path]) => path)).toEqual(["index.ts"]);
    const declared = new Map<string, string[]>();
    for (const [path, text] of [...files, ["schema.ts", (await readGenerated(join(repoRoot, folder))).get("schema.ts") ?? ""] as [string, string]]) {
      for (const match of text.matchAll(/^export (?:declare )?(?:const|let|interface|type|class|function|enum) (\w+)/gm)) {
        declared.set(match[1] as string, [...(declared.get(match[1] as string) ?? []), path]);
      }
    }
    expect([...declared].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it("refers to no openapi-typescript helper in a type users see", async () => {
    const files = new Map(await read());
    for (const path of ["types.ts", "deprecated.ts", "index.ts", "webhooks.ts"]) {
      expect(files.get(path), path).not.toMatch(/Readable<|Writable<|\$Read<|\$Write<|components\[|from "\.\/schema\.js"/);
    }
  });
});
