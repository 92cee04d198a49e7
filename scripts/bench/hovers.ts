// Asks TypeScript's language service what an editor shows a user of a client: the hover of a retrieved
// recording, the hover of the retrieve method, and the error for an unknown transcription provider. Shared by
// `npm run bench -- types` (ours beside hey-api's) and test/package/hovers.e2e.test.ts (ours against the targets).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

/** A consumer file with three marked places: `rec` (hovered), `retrieve` (hovered) and the unknown-provider call. */
export interface HoverProbe {
  /** The project folder: its node_modules and tsconfig are the consumer's. */
  readonly folder: string;
  /** File name inside `folder`. */
  readonly file: string;
  readonly text: string;
  readonly options: ts.CompilerOptions;
}

export interface Hovers {
  /** Quick info of the variable holding a retrieved recording, e.g. `const rec: Recording`. */
  readonly recording: string;
  /** Quick info of the retrieve function or method. */
  readonly retrieve: string;
  /** The semantic error on the call with an unknown provider key, flattened as tsc prints it. */
  readonly unknownProvider: string;
}

/** Marks in a probe's text: the hover targets are the identifiers right after them. */
export const MARK = { recording: "/*rec*/", retrieve: "/*retrieve*/", provider: "/*provider*/" } as const;

/** Our package as a user writes it: `const rec = await recall.recordings.retrieve(id)`. */
export const OURS = `import { createRecallClient } from "recall-recording";

const recall = createRecallClient({ apiKey: "k", region: "us-west-2" });

export async function probe(id: string): Promise<unknown> {
  const ${MARK.recording}rec = await recall.recordings.${MARK.retrieve}retrieve(id);
  ${MARK.provider}await recall.recordings.createTranscript(id, { provider: { whisper_async: { language: "en" } } });
  return rec;
}
`;

/** hey-api's SDK on the same spec, written the way its README shows. */
export const HEY_API = `import { recordingCreateTranscriptCreate, recordingRetrieve } from "./hey/sdk.gen";

export async function probe(id: string): Promise<unknown> {
  const { data: ${MARK.recording}rec } = await ${MARK.retrieve}recordingRetrieve({ path: { id } });
  ${MARK.provider}await recordingCreateTranscriptCreate({ path: { id }, body: { provider: { whisper_async: { language: "en" } } } });
  return rec;
}
`;

export function readHovers(probe: HoverProbe): Hovers {
  const fileName = join(probe.folder, probe.file);
  const service = ts.createLanguageService(serviceHost(probe.folder, fileName, probe.text, probe.options), ts.createDocumentRegistry());
  const at = (mark: string): number => {
    const index = probe.text.indexOf(mark);
    if (index < 0) throw new Error(`${probe.file} has no ${mark} mark`);
    return index + mark.length;
  };
  const quickInfo = (mark: string): string => {
    const info = service.getQuickInfoAtPosition(fileName, at(mark));
    if (!info) throw new Error(`the language service shows nothing at ${mark} in ${probe.file}`);
    return ts.displayPartsToString(info.displayParts);
  };
  const providerLine = lineOf(probe.text, at(MARK.provider));
  const diagnostics = service.getSemanticDiagnostics(fileName);
  const onLine = diagnostics.filter((diagnostic) => diagnostic.start !== undefined && lineOf(probe.text, diagnostic.start) === providerLine);
  const others = diagnostics.filter((diagnostic) => !onLine.includes(diagnostic));
  if (others.length > 0) throw new Error(`${probe.file} has errors besides the unknown provider:\n${others.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n")}`);
  return {
    recording: quickInfo(MARK.recording),
    retrieve: quickInfo(MARK.retrieve),
    unknownProvider: onLine.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")).join("\n") || "(no error)",
  };
}

/** The consumer's tsconfig options, as tsc reads them. */
export function compilerOptionsOf(tsconfig: string): ts.CompilerOptions {
  const { config, error } = ts.readConfigFile(tsconfig, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfig)).options;
}

function serviceHost(folder: string, fileName: string, text: string, options: ts.CompilerOptions): ts.LanguageServiceHost {
  const read = (path: string): string | undefined => (path === fileName ? text : existsSync(path) ? readFileSync(path, "utf8") : undefined);
  return {
    getCompilationSettings: () => ({ ...options, noEmit: true }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (path) => {
      const content = read(path);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => folder,
    getDefaultLibFileName: (settings) => ts.getDefaultLibFilePath(settings),
    fileExists: (path) => path === fileName || existsSync(path),
    readFile: read,
    directoryExists: (path) => existsSync(path) && statSync(path).isDirectory(),
    getDirectories: (path) => (existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : []),
    realpath: ts.sys.realpath,
  };
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split("\n").length;
}
