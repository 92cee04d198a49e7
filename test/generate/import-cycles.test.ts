// No import cycle among the project's own files: generic helpers live in library modules (scripts/openapi/), so
// pipeline steps never import each other in a circle (bundle-spec -> redocly -> report -> compare -> bundle-spec was
// one). Static imports only: a dynamic import() runs later and is how an entry point defers loading on purpose.
// A type-only edge counts too: a cycle of types is the same tangle for a reader.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../spec/spec-bundle.js";

const STATIC_IMPORT = /^\s*(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+["'](\.[^"']+)["']|^\s*import\s+["'](\.[^"']+)["']/gm;
const ANY_IMPORT = /^\s*(?:import|export)\s[^;]*?\sfrom\s+["'](\.[^"']+)["']|^\s*import\s+["'](\.[^"']+)["']/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts)$/.test(entry.name) && !entry.parentPath.includes("node_modules"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Each file's relative static imports, as files. */
function importGraph(files: readonly string[], pattern: RegExp): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const targets = [...readFileSync(file, "utf8").matchAll(pattern)]
        .map((match) => resolve(dirname(file), (match[1] ?? match[2])!.replace(/\.js$/, ".ts")))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** Every cycle found by a depth-first walk, each as its files from where it was entered. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("imports", () => {
  it("finds a cycle when there is one (the walk itself), and reads value imports only", () => {
    expect(STATIC_IMPORT.test('import type { A } from "./a.js";')).toBe(false);
    expect(STATIC_IMPORT.test('import { type A, b } from "./a.js";')).toBe(true);
    STATIC_IMPORT.lastIndex = 0;
    expect(cyclesOf(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c", "a"]]);
  });

  const named = (cycles: string[][]) => cycles.map((cycle) => cycle.map((file) => relative(repoRoot, file)).join(" -> "));

  it("form no cycle at run time among scripts/, src/ and test/", () => {
    const files = ["scripts", "src", "test"].flatMap((dir) => sourceFiles(join(repoRoot, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(named(cyclesOf(importGraph(files, STATIC_IMPORT)))).toEqual([]);
  });

  it("form no cycle at all, type imports included, among scripts/, src/ and test/", () => {
    const files = ["scripts", "src", "test"].flatMap((dir) => sourceFiles(join(repoRoot, dir)));
    expect(named(cyclesOf(importGraph(files, ANY_IMPORT)))).toEqual([]);
  });
});
