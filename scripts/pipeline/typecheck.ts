// Reads the emitted files (in memory) with src/ and node_modules from disk; produces TypeScript's errors as
// `generated/<file>:<line>: message` lines, under the project's strict options. It drives the project's own
// TypeScript (already loaded by openapi-typescript) directly: ts-morph's Project took 1.9 s for this check.
import { join, relative } from "node:path";
import ts from "typescript";
import type { GeneratedFiles } from "./assemble.js";
import { generatedPath } from "./layout.js";

export function typecheckFiles(root: string, files: GeneratedFiles): string[] {
  const options = compilerOptions(root);
  const inMemory = new Map([...files].filter(([path]) => path.endsWith(".ts")).map(([path, text]) => [join(generatedPath(root), path), text]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.getSourceFile = (name, language, onError) => {
    const text = inMemory.get(name);
    return text === undefined ? getSourceFile.call(host, name, language, onError) : ts.createSourceFile(name, text, language, true);
  };
  host.fileExists = (name) => inMemory.has(name) || fileExists.call(host, name);
  host.readFile = (name) => inMemory.get(name) ?? readFile.call(host, name);
  host.directoryExists = (name) =>
    [...inMemory.keys()].some((path) => path.startsWith(`${name}/`)) || (directoryExists?.call(host, name) ?? true);
  const program = ts.createProgram([...inMemory.keys()], options, host);
  // Only the emitted files are checked: checking src/ too would double the time and is tsc's job.
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...[...inMemory.keys()].flatMap((name) => {
      const source = program.getSourceFile(name);
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    }),
  ];
  return diagnostics.map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (!diagnostic.file || diagnostic.start === undefined) return `generated: ${message}`;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${relative(root, diagnostic.file.fileName)}:${line + 1}: ${message}`;
  });
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, "tsconfig.json");
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  // Without DOM and Node's types: parsing lib.dom.d.ts alone costs 1.6 s here. Fetch types that src/ names
  // become unresolved (reported in src/, which is not ours to report), and `npm run typecheck` checks it all with DOM.
  return { ...parsed.options, lib: ["lib.es2023.d.ts"], types: [], noEmit: true };
}
