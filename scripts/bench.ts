// npm run bench: every performance figure of the project, as ratios against a baseline measured in the same run.
//   pipeline: generate and check:generated against the openapi-typescript CLI alone (whole processes, medians);
//   client:   recordings.update against openapi-fetch's client.PATCH and a hand-written fetch (in process, medians),
//             under this Node and each version users run, with what each piece of the client's work costs;
//   bundle:   a minimal consumer of our client against one of openapi-fetch alone (esbuild, minified, gzip);
//   rate-limit: bulk calls against a strict loopback limit, in one process and in three on Redis (scripts/bench/rate-limit.ts).
import { join, resolve } from "node:path";
import { benchBundle } from "./bench/bundle.js";
import { CLIENT_VARIANTS, type ClientFigures, type ClientVariant, type LoopbackVariant, type Measured, benchClient, clientBenchSize } from "./bench/client.js";
import { benchPipeline } from "./bench/pipeline.js";
import { rateLimitLines } from "./bench/rate-limit-report.js";
import { ratio } from "./bench/stats.js";
import { run } from "./lib/run-command.js";
import { NODE_VERSIONS, nodeBinary } from "./lib/toolchains.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const wants = (part: string): boolean => only.length === 0 || only.includes(part);
const lines: string[] = [];

/** The client figures measured by another Node binary, in a process of its own. */
async function benchClientOn(node: string): Promise<ClientFigures> {
  const ran = await run(node, [join(root, "scripts", "run.mjs"), join(root, "scripts", "bench", "client-process.ts")], { cwd: root, timeout: 30 * 60_000 });
  return JSON.parse(ran.stdout.trim().split("\n").at(-1) ?? "") as ClientFigures;
}

if (wants("pipeline")) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const p = await benchPipeline(root, runs);
  lines.push(
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
if (wants("client")) {
  const { calls, rounds } = clientBenchSize();
  // This process's Node, then each other version users run (BENCH_NODES="" for this one only).
  const versions = (process.env.BENCH_NODES ?? NODE_VERSIONS.join(",")).split(",").filter(Boolean);
  const figures = [await benchClient({ calls, rounds })];
  for (const version of versions) figures.push(await benchClientOn(await nodeBinary(version)));
  const cell = <V extends string>(m: Measured<V>, variant: V) => `${m.ratios[variant].toFixed(2)}x (${m.micros[variant].toFixed(1)} µs)`;
  const header = [`| call | ${figures.map((f) => `Node ${f.node}`).join(" | ")} | target |`, `|---|${figures.map(() => "---|").join("")}---|`];
  const loopbackRows: Record<LoopbackVariant, string> = { handWritten: CLIENT_VARIANTS.handWritten, openapiFetch: CLIENT_VARIANTS.openapiFetch, ours: CLIENT_VARIANTS.ours };
  lines.push(
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
  lines.push(
    "### Bundle (esbuild, minified, gzip -9)",
    "| consumer | gzip bytes |",
    "|---|---|",
    `| openapi-fetch alone | ${b.openapiFetch} |`,
    `| recall-recording | ${b.ours} |`,
    `| added by our runtime + generated code | ${b.ours - b.openapiFetch} (target <= 3072) |`,
    "",
    "Where the bytes of our consumer's bundle go (gzip bytes the bundle loses without the module):",
    "| module | gzip bytes |",
    "|---|---|",
    ...Object.entries(b.byModule).sort(([, x], [, y]) => y - x).map(([name, bytes]) => `| ${name.replace(/^.*node_modules\//, "")} | ${bytes} |`),
    "",
  );
}
if (wants("rate-limit")) lines.push(...(await rateLimitLines(root)));
console.log(lines.join("\n"));
