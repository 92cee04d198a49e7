// README's ```ts samples, and a type-check of them as a user's files would be checked: `recall-recording` and its
// subpaths resolve through package.json's export map, each built .d.ts taken from the source it is built from.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export interface Sample {
  /** 1-based line of the opening fence in README.md. */
  readonly line: number;
  /** Words after `ts` on the fence: `mock` marks a sample that runs against `npm run mock`. */
  readonly tags: readonly string[];
  readonly code: string;
}

export function readmeSamples(markdown: string): Sample[] {
  const samples: Sample[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^```ts\b(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.indexOf("```", i + 1);
    if (end < 0) throw new Error(`README.md:${i + 1}: a ts sample without its closing fence`);
    samples.push({ line: i + 1, tags: open[1]!.trim().split(/\s+/).filter(Boolean), code: `${lines.slice(i + 1, end).join("\n")}\n` });
    i = end;
  }
  return samples;
}

/** `paths` for the package's own name: each export's `types` (dist/src/x.d.ts) mapped back to src/x.ts. */
export function exportMapPaths(root: string): Record<string, string[]> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; exports: Record<string, string | { types?: string }> };
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === "string" ? undefined : target.types;
    if (!types) continue;
    const source = types.replace(/^\.\/dist\//, "./").replace(/\.d\.ts$/, ".ts");
    paths[join(pkg.name, subpath)] = [join(root, source)];
  }
  return paths;
}

/** TypeScript's errors in the samples, as `README.md:<line>: message`, under tsconfig.json's options. */
export function typecheckSamples(root: string, samples: readonly Sample[]): string[] {
  const configPath = join(root, "tsconfig.json");
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  const options: ts.CompilerOptions = { ...parsed.options, paths: exportMapPaths(root), noEmit: true };
  // Beside package.json ("type": "module"), so each sample is an ES module with top-level await, as in a user's project.
  const files = new Map(samples.map((sample) => [join(root, `readme-sample-${sample.line}.ts`), sample]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, onError) => {
    const sample = files.get(name);
    return sample ? ts.createSourceFile(name, sample.code, language, true) : getSourceFile.call(host, name, language, onError);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name)?.code ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  return [...files].flatMap(([name, sample]) => {
    const source = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const at = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
      return `README.md:${sample.line + at}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")} (${relative(root, name)})`;
    });
  });
}
