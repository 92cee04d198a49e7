// npm run bench: every performance figure of the project, as ratios against a baseline measured in the same run,
// printed and written into docs/benchmarks.md (the parts measured replace theirs there, with the machine and date).
//   pipeline: generate and check:generated against the openapi-typescript CLI alone (whole processes, medians);
//   generator: generate on synthetic 50/100/200-operation specs, against openapi-typescript and @hey-api/openapi-ts;
//   corpus (also run by generator): cold generate on the project's spec and test/generate/corpus/'s real descriptions,
//             with and without its validators cache, against the same two tools on the same document;
//   client:   recordings.update against openapi-fetch's client.PATCH and a hand-written fetch (in process, medians),
//             under this Node and each version users run, with what each piece of the client's work costs;
//   bundle:   a minimal consumer of our client against one of openapi-fetch alone (esbuild, minified, gzip);
//   validation: warn-mode response validation of a 100-recording list page against JSON.parse of the page.
//   rate-limit: bulk calls against a strict loopback limit, in one process and in three on Redis (scripts/bench/rate-limit.ts).
//   types:    hovers and the unknown-provider error a user reads, from the language service on the packed package,
//             beside @hey-api/openapi-ts on the same spec (scripts/bench/types.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { machineLine, spliceBenchmarks } from "./bench/benchmarks-doc.js";
import { benchBundle } from "./bench/bundle.js";
import { CLIENT_VARIANTS, type ClientFigures, type ClientVariant, type LoopbackVariant, type Measured, benchClient, clientBenchSize } from "./bench/client.js";
import { SIZES, benchCorpus, benchGenerator } from "./bench/generator.js";
import { benchPipeline } from "./bench/pipeline.js";
import { rateLimitLines } from "./bench/rate-limit-report.js";
import { ratio } from "./bench/stats.js";
import { benchTypes, typeLines } from "./bench/types.js";
import { benchValidation } from "./bench/validation.js";
import { run } from "../test/support/run-command.js";
import { HEY_API_VERSION, NODE_VERSIONS, nodeBinariesUnavailable, nodeBinary } from "../test/support/toolchains.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const wants = (part: string): boolean => only.length === 0 || only.includes(part);
/** Each measured part's Markdown tables, in the order they ran. */
const parts = new Map<string, string[]>();
const tablesOf = (part: string): string[] => {
  const lines: string[] = [];
  parts.set(part, lines);
  return lines;
};

/** The client figures measured by another Node binary, in a process of its own. */
async function benchClientOn(node: string): Promise<ClientFigures> {
  const ran = await run(node, [join(root, "scripts", "run.mjs"), join(root, "scripts", "bench", "client-process.ts")], { cwd: root, timeout: 30 * 60_000 });
  return JSON.parse(ran.stdout.trim().split("\n").at(-1) ?? "") as ClientFigures;
}

if (wants("pipeline")) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const p = await benchPipeline(root, runs);
  tablesOf("pipeline").push(
    `### Pipeline (whole processes, median of ${p.runs} runs)`,
    "| command | median | vs openapi-typescript CLI | target |",
    "|---|---|---|---|",
    `| openapi-typescript CLI alone | ${p.openapiTypescript.toFixed(2)} s | 1.00x | baseline |`,
    `| npm run generate, generated/ up to date | ${p.generateUnchanged.toFixed(2)} s | ${ratio(p.generateUnchanged, p.openapiTypescript)} | <= 1.5x |`,
    `| npm run generate, a file to write (type-check + swap) | ${p.generateChanged.toFixed(2)} s | ${ratio(p.generateChanged, p.openapiTypescript)} | <= 1.5x |`,
    `| npm run check:generated | ${p.check.toFixed(2)} s | ${ratio(p.check, p.openapiTypescript)} | <= 1.5x |`,
    "",
  );
}
if (wants("generator") || wants("corpus")) {
  const runs = Number(process.env.BENCH_GENERATOR_RUNS ?? 3);
  const corpus = await benchCorpus(root, runs);
  tablesOf("corpus").push(
    `### Generator on real descriptions (cold whole processes on the same bundled document under Node ${NODE_VERSIONS.at(-1)}, paired run by run; median of ${runs} runs)`,
    `| description | operations | @hey-api/openapi-ts ${HEY_API_VERSION} | openapi-typescript CLI | npm run generate, no cache (CI) | vs hey-api | npm run generate, validators cached | vs hey-api | no cache, Node ${process.versions.node} | target |`,
    "|---|---|---|---|---|---|---|---|---|---|",
    ...corpus.map((c) =>
      `| ${c.name} | ${c.operations} | ${c.heyApi.toFixed(2)} s | ${Number.isNaN(c.openapiTypescript) ? "refuses it (its own lint)" : `${c.openapiTypescript.toFixed(2)} s`} | ${c.generate.toFixed(2)} s | ${ratio(c.generate, c.heyApi)} | ${c.generateCached.toFixed(2)} s | ${ratio(c.generateCached, c.heyApi)} | ${c.generateHere.toFixed(2)} s (${ratio(c.generateHere, c.heyApi)}) | <= 1.0x hey-api |`,
    ),
    "",
    "The two gates `npm run generate` keeps and hey-api does not have, each timed alone as a whole process in the same rounds:",
    "| description | Redocly CLI lint (the project's redocly.yaml) | vs hey-api | TypeScript 7 check of generated/ with src/ | vs hey-api |",
    "|---|---|---|---|---|",
    ...corpus.map((c) => `| ${c.name} | ${c.lint.toFixed(2)} s | ${ratio(c.lint, c.heyApi)} | ${c.typecheck.toFixed(2)} s | ${ratio(c.typecheck, c.heyApi)} |`),
    "",
  );
}
if (wants("generator")) {
  const g = await benchGenerator(root, Number(process.env.BENCH_GENERATOR_RUNS ?? 3));
  const largest = SIZES[SIZES.length - 1]!;
  const perOperation = (size: number) => `${((g.generate[size]! / size) * 1000).toFixed(1)} ms`;
  tablesOf("generator").push(
    `### Generator at API scale (synthetic specs from scripts/bench/synthetic-spec.ts; whole processes under Node ${NODE_VERSIONS.at(-1)}, median of ${g.runs} runs)`,
    `| on the ${largest}-operation spec | median | vs @hey-api/openapi-ts ${HEY_API_VERSION} | target |`,
    "|---|---|---|---|",
    `| @hey-api/openapi-ts ${HEY_API_VERSION} (types + SDK + fetch client) | ${g.heyApi.toFixed(2)} s | 1.00x | baseline |`,
    `| openapi-typescript CLI alone (types only) | ${g.openapiTypescript.toFixed(2)} s | ${ratio(g.openapiTypescript, g.heyApi)} | |`,
    `| npm run generate (lint, bundle, types, table, resources, type-check, swap) | ${g.generate[largest]!.toFixed(2)} s | ${ratio(g.generate[largest]!, g.heyApi)} | <= 1.0x |`,
    "",
    "| operations | npm run generate | per operation | runtime table (operations.ts + shapes.ts) | one call via `new RecordingsResource(createRecallCore())`, gzip | one call via `createRecallClient()`, gzip |",
    "|---|---|---|---|---|---|",
    `| ${g.projectOperations} (the project's spec) | | | ${g.table[g.projectOperations]} chars | ${g.bundle[g.projectOperations]!.resource} B | ${g.bundle[g.projectOperations]!.client} B |`,
    ...SIZES.map((size) => {
      const { resource, client } = g.bundle[size]!;
      return `| ${size} | ${g.generate[size]!.toFixed(2)} s | ${perOperation(size)} | ${g.table[size]} chars | ${resource} B (${ratio(resource, g.bundle[g.projectOperations]!.resource)}; target <= 1.10x) | ${client} B (${ratio(client, g.bundle[g.projectOperations]!.client)}) |`;
    }),
    "",
  );
}
if (wants("client")) {
  const { calls, rounds } = clientBenchSize();
  // This process's Node, then each other version users run (BENCH_NODES="" for this one only).
  let versions = (process.env.BENCH_NODES ?? NODE_VERSIONS.join(",")).split(",").filter(Boolean);
  if (versions.length > 0 && nodeBinariesUnavailable) {
    console.error(`bench: Node ${versions.join(", ")} skipped: ${nodeBinariesUnavailable}`);
    versions = [];
  }
  const figures = [await benchClient({ calls, rounds })];
  for (const version of versions) figures.push(await benchClientOn(await nodeBinary(version)));
  const cell = <V extends string>(m: Measured<V>, variant: V) => `${m.ratios[variant].toFixed(2)}x (${m.micros[variant].toFixed(1)} µs)`;
  const header = [`| call | ${figures.map((f) => `Node ${f.node}`).join(" | ")} | target |`, `|---|${figures.map(() => "---|").join("")}---|`];
  const loopbackRows: Record<LoopbackVariant, string> = { handWritten: CLIENT_VARIANTS.handWritten, openapiFetch: CLIENT_VARIANTS.openapiFetch, ours: CLIENT_VARIANTS.ours };
  tablesOf("client").push(
    `### Client per call on a stub fetch (${calls} calls x ${rounds} rounds; median µs; ratio: median over rounds of the ratio to openapi-fetch in the same round)`,
    ...header,
    ...Object.entries(CLIENT_VARIANTS).map(([variant, label]) => `| ${label} | ${figures.map((f) => cell(f.stub, variant as ClientVariant)).join(" | ")} | ${variant === "ours" ? "<= 1.25x" : ""} |`),
    "",
    `### Client per call over HTTP to 127.0.0.1 (Node's fetch, a node:http server; ${figures[0]!.loopback.calls} calls x ${rounds} rounds, same statistics)`,
    ...header,
    ...Object.entries(loopbackRows).map(([variant, label]) => `| ${label} | ${figures.map((f) => cell(f.loopback, variant as LoopbackVariant)).join(" | ")} | |`),
    "",
  );
}
if (wants("bundle")) {
  const b = await benchBundle(root);
  tablesOf("bundle").push(
    "### Bundle (esbuild, minified, gzip -9)",
    "| consumer | gzip bytes |",
    "|---|---|",
    `| openapi-fetch alone | ${b.openapiFetch} |`,
    `| recall-recording | ${b.ours} |`,
    `| recall-recording, validateResponses: "off" | ${b.oursValidationOff} |`,
    `| added by our runtime + generated code | ${b.ours - b.openapiFetch} (target <= 3072) |`,
    "",
    "Where the bytes of our consumer's bundle go (gzip bytes the bundle loses without the module):",
    "| module | gzip bytes |",
    "|---|---|",
    ...Object.entries(b.byModule).sort(([, x], [, y]) => y - x).map(([name, bytes]) => `| ${name.replace(/^.*node_modules\//, "")} | ${bytes} |`),
    "",
  );
}
if (wants("validation")) {
  const v = await benchValidation(root);
  tablesOf("validation").push(
    `### Response validation, warn mode, on a ${(v.pageBytes / 1024).toFixed(0)} KiB list page of 100 recordings (ratios: median over 200 paired rounds; µs: the ratio times JSON.parse's median)`,
    "| work | median | vs JSON.parse | target |",
    "|---|---|---|---|",
    `| JSON.parse of the page | ${v.parseMicros.toFixed(0)} µs | 1.00x | baseline |`,
    `| validation alone (the closed variant passes) | ${(v.parseMicros * v.validateRatio).toFixed(0)} µs | ${v.validateRatio.toFixed(2)}x | <= 1.5x |`,
    `| JSON.parse + validation | ${(v.parseMicros * v.parseAndValidateRatio).toFixed(0)} µs | ${v.parseAndValidateRatio.toFixed(2)}x | |`,
    `| validation alone, a property new in the API in every recording (both variants run) | ${(v.parseMicros * v.newPropertyValidateRatio).toFixed(0)} µs | ${v.newPropertyValidateRatio.toFixed(2)}x | |`,
    "",
  );
}
if (wants("rate-limit")) tablesOf("rate-limit").push(...(await rateLimitLines(root)));
if (wants("types")) tablesOf("types").push(...typeLines(await benchTypes(root)));
console.log([...parts.values()].flat().join("\n"));
// The page keeps every part's last figures; this run's parts replace theirs, stamped with this machine and date.
const page = join(root, "docs", "benchmarks.md");
writeFileSync(page, spliceBenchmarks(readFileSync(page, "utf8"), parts, machineLine()));
console.log(`bench: ${[...parts.keys()].join(", ")} written to docs/benchmarks.md`);
