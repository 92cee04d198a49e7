// The generator at API scale, on synthetic specs made by synthetic-spec.ts (nothing of them is committed):
//   time:   npm run generate (whole process, a file to write: type-check + swap) at 50, 100 and 200 operations,
//           and at 200 against the openapi-typescript CLI alone and @hey-api/openapi-ts (types + SDK + fetch client;
//           HEY_API_VERSION, fetched into the cache as it needs Node >= 22.18)
//           on the same bundled spec under the same Node (24, from toolchains.ts), interleaved run by run so machine
//           noise hits all alike; medians;
//   bundle: a one-call consumer of the client (esbuild, minified, gzip -9) on the project's own operations and on 200;
//   corpus: cold npm run generate on the project's spec and each real description of test/generate/corpus/ against
//           @hey-api/openapi-ts and the openapi-typescript CLI on the same document and Node, paired run by run; medians;
//           ours also under the Node running the bench.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { copyProject } from "../../test/support/project-copy.js";
import { heyApiCli } from "../../test/support/toolchains.js";
import { CORPUS_ENTRIES, installCorpusEntry } from "./corpus.js";
import { bundleSpec } from "../openapi/spec.js";
import type { Json } from "../openapi/json.js";
import { SPEC_ENTRY } from "../pipeline/layout.js";
import { npmScriptArgs } from "./npm-script.js";
import { median } from "./stats.js";
import { countOperations, syntheticSpec } from "./synthetic-spec.js";

export const SIZES = [50, 100, 200] as const;

export interface GeneratorFigures {
  readonly runs: number;
  /** Operations in the project's own spec: the key of its row in `bundle` and `table`. */
  readonly projectOperations: number;
  /** Median seconds of npm run generate per operation count. */
  readonly generate: Readonly<Record<number, number>>;
  /** At the largest size, median seconds of each tool on the same spec. */
  readonly openapiTypescript: number;
  readonly heyApi: number;
  /** Gzipped bytes of each one-call consumer, and characters of the runtime table (operations.ts + shapes.ts). */
  readonly bundle: Readonly<Record<number, Record<Consumer, number>>>;
  readonly table: Readonly<Record<number, number>>;
}

/** One call each: through the client object (every resource), and through one resource class on the core. */
export const CONSUMERS = {
  client: `import { createRecallClient } from "./src/index.ts";
const recall = createRecallClient({ apiKey: "k", region: "us-east-1" });
recall.recordings.update("5a7062f3-bd54-4838-b296-df84f85c7b92", { metadata: { a: "b" } }).then(console.log);`,
  resource: `import { RecordingsResource, createRecallCore } from "./src/index.ts";
const recordings = new RecordingsResource(createRecallCore({ apiKey: "k", region: "us-east-1" }));
recordings.update("5a7062f3-bd54-4838-b296-df84f85c7b92", { metadata: { a: "b" } }).then(console.log);`,
} as const;
export type Consumer = keyof typeof CONSUMERS;

async function consumerGzip(root: string, consumer: Consumer): Promise<number> {
  const result = await build({
    stdin: { contents: CONSUMERS[consumer], resolveDir: root, loader: "ts", sourcefile: join(root, "consumer.ts") },
    bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "error", minify: true,
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

async function consumerSizes(root: string): Promise<Record<Consumer, number>> {
  return { client: await consumerGzip(root, "client"), resource: await consumerGzip(root, "resource") };
}

export async function benchGenerator(root: string, runs: number): Promise<GeneratorFigures> {
  const resolveBin = (pkg: string, bin: string) => join(createRequire(join(root, "package.json")).resolve(`${pkg}/package.json`), "..", bin);
  const openapiTsCli = resolveBin("openapi-typescript", "bin/cli.js");
  const hey = await heyApiCli();
  const copies = new Map<number, string>();
  const generate: Record<number, number[]> = {};
  const tools = { openapiTypescript: [] as number[], heyApi: [] as number[] };
  const projectOperations = countOperations((await bundleSpec(root)).paths as Record<string, Json>);
  const bundle: Record<number, Record<Consumer, number>> = { [projectOperations]: await consumerSizes(root) };
  const table: Record<number, number> = {};
  const time = (cwd: string, args: string[], before: () => void = () => {}, node = process.execPath): number => {
    before();
    const started = performance.now();
    // stderr kept: a failed run throws with what went wrong.
    execFileSync(node, args, { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    return (performance.now() - started) / 1000;
  };
  const largest = SIZES[SIZES.length - 1]!;
  try {
    for (const size of SIZES) {
      const copy = (await copyProject(root)).root;
      copies.set(size, copy);
      const spec = JSON.stringify(await syntheticSpec(root, size), null, 2);
      writeFileSync(join(copy, SPEC_ENTRY), spec);
      writeFileSync(join(copy, "bench-spec.json"), spec);
      generate[size] = [];
    }
    for (let round = 0; round <= runs; round++) {
      for (const size of SIZES) {
        const copy = copies.get(size)!;
        const seconds = time(copy, npmScriptArgs(copy, "generate"), () => rmSync(join(copy, "generated/README.md"), { force: true }), hey.node);
        if (round > 0) generate[size]!.push(seconds);
      }
      const copy = copies.get(largest)!;
      const ots = time(copy, [openapiTsCli, "bench-spec.json", "-o", "ots-out.ts"], () => {}, hey.node);
      const heySeconds = time(copy, [hey.cli, "-i", "bench-spec.json", "-o", "hey-out"], () => rmSync(join(copy, "hey-out"), { recursive: true, force: true }), hey.node);
      if (round === 0) continue; // warm-up: file cache
      tools.openapiTypescript.push(ots);
      tools.heyApi.push(heySeconds);
    }
    for (const [size, copy] of copies) {
      bundle[size] = await consumerSizes(copy);
      table[size] = ["operations.ts", "shapes.ts"].reduce((sum, file) => sum + tableChars(join(copy, "generated", file)), 0);
    }
    table[projectOperations] = ["operations.ts", "shapes.ts"].reduce((sum, file) => sum + tableChars(join(root, "generated", file)), 0);
  } finally {
    for (const copy of copies.values()) rmSync(copy, { recursive: true, force: true });
  }
  return {
    runs,
    projectOperations,
    generate: Object.fromEntries(Object.entries(generate).map(([size, samples]) => [size, median(samples)])),
    openapiTypescript: median(tools.openapiTypescript),
    heyApi: median(tools.heyApi),
    bundle,
    table,
  };
}

function tableChars(path: string): number {
  return existsSync(path) ? readFileSync(path, "utf8").length : 0;
}

export interface CorpusFigures {
  readonly name: string;
  readonly operations: number;
  /** Median seconds of each whole process on the same document: generate with no cache (as CI runs it), and with its
   * validators cache filled by an earlier run (a local run after an edit that changes no response schema). */
  readonly generate: number;
  readonly generateCached: number;
  /** The same no-cache run under the Node running the bench (the machine's), where the others use hey-api's Node. */
  readonly generateHere: number;
  readonly heyApi: number;
  readonly openapiTypescript: number;
  /** The two gates hey-api does not have, each as a whole process of its own: the Redocly CLI's lint of the spec
   * (the project's redocly.yaml) and TypeScript 7's check of the emitted files with src/. */
  readonly lint: number;
  readonly typecheck: number;
}

/** A run's seconds, or NaN when the tool refuses the document (printed as such in the table). */
function timeOrNaN(run: () => number): number {
  try {
    return run();
  } catch {
    return Number.NaN;
  }
}

/**
 * Cold `npm run generate` (a fresh process with a file to write, so the type-check and swap run too) on the project's
 * spec and on each corpus description, against hey-api and openapi-typescript on the same bundled document.
 */
export async function benchCorpus(root: string, runs: number): Promise<CorpusFigures[]> {
  const resolveBin = (pkg: string, bin: string) => join(createRequire(join(root, "package.json")).resolve(`${pkg}/package.json`), "..", bin);
  const openapiTsCli = resolveBin("openapi-typescript", "bin/cli.js");
  const hey = await heyApiCli();
  const redoclyCli = resolveBin("@redocly/cli", "bin/cli.js");
  const nativeTsc = resolveBin("typescript-native", "bin/tsc");
  const time = (cwd: string, args: string[], before: () => void = () => {}, env: NodeJS.ProcessEnv = {}, node = process.execPath): number => {
    before();
    const started = performance.now();
    execFileSync(node, args, { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 1 << 26 });
    return (performance.now() - started) / 1000;
  };
  // tsc exits 2 on GitHub's description, where src/client.ts (written for Recall's servers) does not compile: the
  // pipeline's gate reads only the errors in generated/ (corpus/README.md), so the time is what counts here.
  const timeAnyExit = (cwd: string, args: string[], node: string): number => {
    const started = performance.now();
    const ran = spawnSync(node, args, { cwd, stdio: "ignore", env: { ...process.env, NO_COLOR: "1", REDOCLY_TELEMETRY: "off" } });
    if (ran.error) throw ran.error;
    return (performance.now() - started) / 1000;
  };
  const entries = [{ name: "project spec", operations: 0, install: async (_copy: string) => {} }, ...CORPUS_ENTRIES.map((entry) => ({ ...entry, install: (copy: string) => installCorpusEntry(root, copy, entry) }))];
  const figures: CorpusFigures[] = [];
  for (const entry of entries) {
    const project = await copyProject(root);
    const copy = project.root;
    try {
      await entry.install(copy);
      // Every tool reads the same bundled JSON (the document layer's, as our pipeline reads it).
      const document = await bundleSpec(copy);
      writeFileSync(join(copy, "bench-spec.json"), JSON.stringify(document));
      const operations = entry.operations || countOperations(document.paths as Record<string, Json>);
      writeFileSync(join(copy, "bench-typecheck.json"), JSON.stringify({ extends: "./tsconfig.json", include: ["generated", "src"], exclude: [] }));
      const samples = { generate: [] as number[], generateCached: [] as number[], generateHere: [] as number[], heyApi: [] as number[], openapiTypescript: [] as number[], lint: [] as number[], typecheck: [] as number[] };
      const generate = (env: NodeJS.ProcessEnv, node = hey.node) =>
        time(copy, npmScriptArgs(copy, "generate"), () => rmSync(join(copy, "generated/README.md"), { force: true }), env, node);
      for (let round = 0; round <= runs; round++) {
        // Paired with hey-api on one runtime (it needs Node 22.18+); the machine's Node as a third sample.
        const ours = generate({ CI: "true" });
        const cached = generate({ CI: "" });
        const here = generate({ CI: "true" }, process.execPath);
        const heySeconds = time(copy, [hey.cli, "-i", "bench-spec.json", "-o", "hey-out"], () => rmSync(join(copy, "hey-out"), { recursive: true, force: true }), {}, hey.node);
        // openapi-typescript's CLI lints with Redocly's `minimal` rules first, without the entry's lint-ignore file,
        // so it refuses Discourse's description (README of test/generate/corpus): NaN, printed as such.
        const ots = timeOrNaN(() => time(copy, [openapiTsCli, "bench-spec.json", "-o", "ots-out.ts"], () => {}, {}, hey.node));
        const lint = timeAnyExit(copy, [redoclyCli, "lint", SPEC_ENTRY], hey.node);
        const typecheck = timeAnyExit(copy, [nativeTsc, "-p", "bench-typecheck.json"], hey.node);
        if (round === 0) continue; // warm-up: file cache
        samples.generate.push(ours);
        samples.generateCached.push(cached);
        samples.generateHere.push(here);
        samples.heyApi.push(heySeconds);
        samples.openapiTypescript.push(ots);
        samples.lint.push(lint);
        samples.typecheck.push(typecheck);
      }
      figures.push({ name: entry.name, operations, generate: median(samples.generate), generateCached: median(samples.generateCached), generateHere: median(samples.generateHere), heyApi: median(samples.heyApi), openapiTypescript: median(samples.openapiTypescript), lint: median(samples.lint), typecheck: median(samples.typecheck) });
    } finally {
      await project.remove();
    }
  }
  return figures;
}
