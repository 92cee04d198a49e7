// Several worker processes (child_process.fork) share one API key's budget through Redis against a server that
// enforces the limit strictly on arrival: none of them may ever see a 429, and none may leave a slot held behind it.
import { fileURLToPath } from "node:url";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisServer, redisUnavailable, startRedis } from "../support/redis-server.js";
import { type TestServer, slowFirstBurst, startServer, strictLimit } from "../support/loopback-server.js";
import { runWorkers } from "../../scripts/bench/rate-limit-workers.js";
import { limiterScope } from "../../src/core/rate-limiter.js";
import { DEFAULT_PREFIX, scriptKeys } from "../../src/redis/redis-store.js";
import { RECORDING_ID, apiKey } from "../client/fixtures.js";

const unavailable = redisUnavailable();
if (unavailable) console.warn(`Redis multi-process suite skipped: ${unavailable}`);

/** Recall's limit for recordings.update; the window is scaled from a minute down to half a second. */
const LIMIT = 300;
const WINDOW_MS = 500;
const WORKERS = 3;
const CALLS_EACH = 250;

let redis: RedisServer;
let api: TestServer;

describe.skipIf(unavailable)("worker processes sharing one key through Redis", () => {
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await api?.close();
    await redis?.stop();
  });

  it(`${WORKERS} forked workers x ${CALLS_EACH} calls get no 429 from a strict server, and every call succeeds`, async () => {
    const limit = strictLimit({ limit: LIMIT, windowMs: WINDOW_MS, transitMs: slowFirstBurst(LIMIT, 100) });
    api = await startServer(limit.respond);
    const job = { baseUrl: api.url, redisUrl: redis.url, apiKey: apiKey(), recordingId: RECORDING_ID, calls: CALLS_EACH, windowMs: WINDOW_MS, store: "redis" } as const;
    const { reports } = await runWorkers(fileURLToPath(new URL("../..", import.meta.url)), job, WORKERS);
    expect(reports.map(({ ok, errors }) => ({ ok, errors }))).toEqual(Array.from({ length: WORKERS }, () => ({ ok: CALLS_EACH, errors: [] })));
    expect(limit.counts).toEqual({ served: WORKERS * CALLS_EACH, limited: 0 });
    // A worker closes its Redis client once its calls are done: a release still on its way then would keep its slot
    // held until the lease ends (10 min), and every other process would wait a window more for each one.
    const [held] = scriptKeys(DEFAULT_PREFIX, `${await limiterScope(job.apiKey, new URL(api.url).origin)}:recording_partial_update`);
    const client = await createClient({ url: redis.url }).connect();
    try {
      expect(await client.exists(`${held!.slice(0, -":held".length)}:queue`)).toBe(0);
      expect(await client.zCard(held!)).toBe(0);
    } finally {
      client.destroy();
    }
  });
});
