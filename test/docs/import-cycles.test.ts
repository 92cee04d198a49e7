// No import cycle among the project's own files (src, scripts, generated, test): a cycle means two modules that
// cannot be understood, loaded or split apart one at a time. Type-only imports count: they couple the files as much.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../spec/spec-bundle.js";

const ROOTS = ["src", "scripts", "generated", "test"];
const IMPORT = /(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" || entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Each file's relative imports that resolve to a file of the project (`./x.js` is `./x.ts` in source). */
function importGraph(root: string): Map<string, string[]> {
  const files = ROOTS.flatMap((folder) => sourceFiles(join(root, folder)));
  return new Map(
    files.map((file) => {
      const targets = [...readFileSync(file, "utf8").matchAll(IMPORT)]
        .map((match) => resolve(dirname(file), (match[1] ?? match[2])!).replace(/\.js$/, ".ts"))
        .filter((target) => existsSync(target));
      return [relative(root, file), [...new Set(targets.map((target) => relative(root, target)))]];
    }),
  );
}

/** Strongly connected components of more than one file (Tarjan), each sorted, sorted by their first file. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let member = stack.pop()!; ; member = stack.pop()!) {
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

// Cycles that were there before this test and belong to files other people are changing now; remove each entry
// once its cycle is gone (the test then fails until it is).
const KNOWN = [
  // The drift report's colours come from report.ts, which types compare.ts's changes (scripts/pipeline, issue 20).
  ["scripts/pipeline/bundle-spec.ts", "scripts/pipeline/compare.ts", "scripts/pipeline/redocly.ts", "scripts/pipeline/report.ts"],
  // types.ts names response-validation's mode, which takes types.ts's Logger (src/core, issue 19).
  ["src/core/response-check.ts", "src/core/response-validation.ts", "src/core/types.ts"],
];

describe("the project's imports", () => {
  it("finds a cycle where there is one", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"]]);
  });

  it("have no cycle but the known ones", () => {
    expect(cycles(importGraph(repoRoot))).toEqual(KNOWN);
  });
});
