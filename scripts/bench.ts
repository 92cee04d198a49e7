// npm run bench: every performance figure of the project, as ratios against a baseline measured in the same run.
//   pipeline: generate and check:generated against the openapi-typescript CLI alone (whole processes, medians);
//   client:   recordings.update against openapi-fetch's client.PATCH and a hand-written fetch (in process, medians);
//   bundle:   a minimal consumer of our client against one of openapi-fetch alone (esbuild, minified, gzip).
import { resolve } from "node:path";
import { benchBundle } from "./bench/bundle.js";
import { benchClient } from "./bench/client.js";
import { benchPipeline } from "./bench/pipeline.js";
import { ratio } from "./bench/stats.js";

const root = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
const only = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const wants = (part: string): boolean => only.length === 0 || only.includes(part);
const lines: string[] = [];

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
  const c = await benchClient(Number(process.env.BENCH_CALLS ?? 5000), Number(process.env.BENCH_ROUNDS ?? 7));
  lines.push(
    `### Client per call (stub fetch, ${c.callsPerRound} calls x ${c.rounds} rounds, medians)`,
    "| call | µs per call | vs openapi-fetch | target |",
    "|---|---|---|---|",
    `| hand-written fetch | ${c.handWritten.toFixed(1)} | ${ratio(c.handWritten, c.openapiFetch)} | |`,
    `| openapi-fetch client.PATCH | ${c.openapiFetch.toFixed(1)} | 1.00x | baseline |`,
    `| recordings.update (rateLimit: false) | ${c.ours.toFixed(1)} | ${ratio(c.ours, c.openapiFetch)} | <= 1.25x |`,
    `| recordings.update (limiter on) | ${c.oursWithLimiter.toFixed(1)} | ${ratio(c.oursWithLimiter, c.openapiFetch)} | |`,
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
  );
}
console.log(lines.join("\n"));
