// Bulk calls against a strict loopback rate limit (strictLimit of test/support/loopback-server.ts), with Recall's 300 per window
// and the window scaled from a minute down to BENCH_WINDOW_MS (a store wrapper, scaledWindow):
//   one process; three worker processes on Redis; three worker processes each with its own in-memory budget;
// and the per-call cost of the Redis store against the in-memory one (sequential calls on a stub fetch).
import { createClient } from "redis";
import { createResources } from "../../generated/create-resources.js";
import { operationTable as operations } from "../../generated/operations.js";
import { createCore } from "../../src/core/index.js";
import { createRedisStore } from "../../src/redis.js";
import { redisUnavailable, startRedis } from "../../test/support/redis-server.js";
import { slowFirstBurst, startServer, strictLimit } from "../../test/support/loopback-server.js";
import { memoryRateLimitStore } from "../../src/core/rate-limiter.js";
import type { RateLimitStore } from "../../src/core/rate-limit-store.js";
import { runWorkers, warmUp } from "./rate-limit-workers.js";
import { type SlotTimes, scaledWindow, slack, timedStore } from "./slot-times.js";
import { median } from "./stats.js";

const ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";
const BODY = { metadata: { crm_id: "42" } };

export interface BulkRun {
  readonly label: string;
  readonly calls: number;
  readonly limited: number;
  /** Calls that failed in the end (after retries). */
  readonly failed: number;
  readonly wallMs: number;
  /** (ceil(calls / limit) - 1) windows: the earliest the last call may be sent under a strict limit. */
  readonly minimumMs: number;
  /** How late the limiter let waiting calls through after the earliest moment the limit allowed (ms). */
  readonly slack: { median: number; max: number };
}

export interface RateLimitFigures {
  readonly limit: number;
  readonly windowMs: number;
  readonly runs: BulkRun[];
  /** Why the Redis rows are missing, when they are. */
  readonly redisSkipped?: string;
  /** Median µs per sequential call, in memory and on Redis, on a stub fetch. */
  readonly perCall?: { memory: number; redis: number; rounds: number; calls: number };
}

function rateLimitBenchSize(env: NodeJS.ProcessEnv = process.env) {
  return { calls: Number(env.BENCH_BULK_CALLS ?? 1000), windowMs: Number(env.BENCH_WINDOW_MS ?? 2000), transitMs: Number(env.BENCH_TRANSIT_MS ?? 100) };
}

const minimum = (calls: number, limit: number, windowMs: number) => (Math.ceil(calls / limit) - 1) * windowMs;
let keys = 0;
const benchKey = () => `bench-key-${process.pid}-${++keys}`;

async function oneProcess(label: string, calls: number, limit: number, windowMs: number, transit: (n: number) => number): Promise<BulkRun> {
  const strict = strictLimit({ limit, windowMs, transitMs: transit });
  const api = await startServer(strict.respond);
  try {
    const times: SlotTimes = { granted: [], released: [] };
    const store = timedStore(scaledWindow(memoryRateLimitStore(), windowMs), times);
    const recall = createResources(createCore({ apiKey: benchKey(), baseUrl: api.url, rateLimit: { store } }));
    await warmUp();
    const started = performance.now();
    const settled = await Promise.allSettled(Array.from({ length: calls }, () => recall.recordings.update(ID, BODY)));
    const wallMs = performance.now() - started;
    const failed = settled.filter((s) => s.status === "rejected").length;
    return { label, calls, limited: strict.counts.limited, failed, wallMs, minimumMs: minimum(calls, limit, windowMs), slack: slack(times, limit, windowMs) };
  } finally {
    await api.close();
  }
}

async function workers(root: string, label: string, store: "redis" | "memory", redisUrl: string, calls: number, limit: number, windowMs: number, transit: (n: number) => number): Promise<BulkRun> {
  const strict = strictLimit({ limit, windowMs, transitMs: transit });
  const api = await startServer(strict.respond);
  try {
    const each = Math.ceil(calls / 3);
    const { reports, wallMs } = await runWorkers(root, { baseUrl: api.url, redisUrl, apiKey: benchKey(), recordingId: ID, calls: each, windowMs, store }, 3);
    const failed = reports.reduce((sum, r) => sum + r.errors.length, 0);
    const times = { granted: reports.flatMap((r) => r.times.granted), released: reports.flatMap((r) => r.times.released) };
    // Processes that each keep their own budget are not one limiter: their slack means nothing.
    const late = store === "redis" ? slack(times, limit, windowMs) : { median: Number.NaN, max: Number.NaN };
    return { label, calls: 3 * each, limited: strict.counts.limited, failed, wallMs, minimumMs: minimum(3 * each, limit, windowMs), slack: late };
  } finally {
    await api.close();
  }
}

/** Median µs per sequential recordings.update on a stub fetch with the in-memory and the Redis store, rounds interleaved. */
async function perCall(redisUrl: string, calls: number, rounds: number) {
  const stub = async () => new Response(JSON.stringify({ id: ID, metadata: BODY.metadata }), { status: 200, headers: { "content-type": "application/json" } });
  const redis = await createClient({ url: redisUrl }).connect();
  try {
    // A 1 ms window: sequential calls never wait, so this is the store's own cost.
    const make = (store: RateLimitStore) =>
      createResources(createCore({ apiKey: benchKey(), baseUrl: "https://us-east-1.recall.ai", fetch: stub, rateLimit: { store: scaledWindow(store, 1) } }));
    const clients = { memory: make(memoryRateLimitStore()), redis: make(createRedisStore({ client: redis })) };
    const samples = { memory: [] as number[], redis: [] as number[] };
    for (let round = 0; round <= rounds; round++) {
      for (const name of round % 2 ? (["memory", "redis"] as const) : (["redis", "memory"] as const)) {
        const started = performance.now();
        for (let i = 0; i < calls; i++) await clients[name].recordings.update(ID, BODY);
        if (round > 0) samples[name].push(((performance.now() - started) * 1000) / calls);
      }
    }
    return { memory: median(samples.memory), redis: median(samples.redis), rounds, calls };
  } finally {
    redis.destroy();
  }
}

export async function benchRateLimit(root: string): Promise<RateLimitFigures> {
  const { calls, windowMs, transitMs } = rateLimitBenchSize();
  const limit = operations.recording_partial_update.rateLimits![0]!.limit;
  const runs: BulkRun[] = [
    await oneProcess("1 process", calls, limit, windowMs, () => 0),
    await oneProcess(`1 process, first burst up to +${transitMs} ms in transit`, calls, limit, windowMs, slowFirstBurst(limit, transitMs)),
  ];
  const redisSkipped = redisUnavailable();
  if (redisSkipped) return { limit, windowMs, runs, redisSkipped };
  const redis = await startRedis();
  try {
    runs.push(await workers(root, "3 processes on Redis", "redis", redis.url, calls, limit, windowMs, () => 0));
    runs.push(await workers(root, `3 processes on Redis, first burst up to +${transitMs} ms in transit`, "redis", redis.url, calls, limit, windowMs, slowFirstBurst(limit, transitMs)));
    runs.push(await workers(root, "3 processes, each its own in-memory budget (no shared store)", "memory", redis.url, calls, limit, windowMs, () => 0));
    return { limit, windowMs, runs, perCall: await perCall(redis.url, Number(process.env.BENCH_CALLS ?? 1000), Number(process.env.BENCH_ROUNDS ?? 30)) };
  } finally {
    await redis.stop();
  }
}
