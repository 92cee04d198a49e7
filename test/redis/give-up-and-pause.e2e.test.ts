// Issue 19, the Redis store: tickets given up on are cancelled, a lease at or below the client's timeout is refused,
// and a real 429 pauses the key's budget until Retry-After for every process sharing it.
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RateLimitError, RecallValidationError } from "../../src/core/errors.js";
import { createCore } from "../../src/core/index.js";
import type { RateLimitPermit } from "../../src/core/rate-limit-store.js";
import { RateLimitStoreError, createRedisStore } from "../../src/redis.js";
import { DEFAULT_PREFIX, type RedisScriptClient, scriptKeys } from "../../src/redis/redis-store.js";
import { redisUnavailable } from "../support/redis-server.js";
import { useRedis } from "../support/use-redis.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";
import { RECORDING_ID, apiKey, operations, recording } from "../client/fixtures.js";

const unavailable = redisUnavailable();
if (unavailable) console.warn(`Redis suite skipped: ${unavailable}`);

let api: TestServer | undefined;
let keys = 0;
const key = () => `give-up-${process.pid}-${++keys}`;
const permitOf = async (turn: RateLimitPermit | Promise<RateLimitPermit>): Promise<RateLimitPermit> => turn;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client with every script call held back `ms` first: a Redis slower than the store's timeout. */
const slowed = (client: RedisScriptClient, ms: number): RedisScriptClient => ({
  scriptLoad: (script) => client.scriptLoad(script),
  evalSha: async (sha, options) => {
    await pause(ms);
    return client.evalSha(sha, options);
  },
});

describe("createRedisStore's options", () => {
  it.each([
    ["lease NaN", { lease: Number.NaN }, "lease: expected milliseconds above 0 and at most 2147483647, got NaN"],
    ["lease 0", { lease: 0 }, "lease: expected milliseconds above 0 and at most 2147483647, got 0"],
    ["timeout Infinity", { timeout: Number.POSITIVE_INFINITY }, "timeout: expected milliseconds above 0 and at most 2147483647, got Infinity"],
  ])("refuses %s", (_, given, want) => {
    const fake: RedisScriptClient = { scriptLoad: async () => "", evalSha: async () => [] };
    expect(() => createRedisStore({ client: fake, ...given })).toThrow(new RecallValidationError(want.split(":")[0]!, want.slice(want.indexOf(":") + 2)));
  });

  it("makes a client refuse a timeout at or above the store's lease, when made and per call", async () => {
    const fake: RedisScriptClient = { scriptLoad: async () => "", evalSha: async () => [] };
    const store = createRedisStore({ client: fake, lease: 30_000 });
    const base = { apiKey: apiKey(), baseUrl: "https://us-west-2.recall.ai", rateLimit: { store } };
    const message = "must stay below the rate-limit store's lease (30000 ms): a call outliving its lease loses its slot while in flight";
    expect(() => createCore({ ...base, timeout: 30_000 })).toThrow(new RecallValidationError("timeout", message));
    expect(() => createCore({ ...base, timeout: Number.POSITIVE_INFINITY })).toThrow(RecallValidationError);
    expect(() => createCore({ ...base })).toThrow(RecallValidationError);
    const core = createCore({ ...base, timeout: 10_000 });
    await expect(core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } }, { timeout: 40_000 })).rejects.toThrow(new RecallValidationError("options.timeout", message));
  });
});

describe.skipIf(unavailable)("Redis store", () => {
  const redis = useRedis();
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  const queued = (k: string) => redis.client.zCard(scriptKeys(DEFAULT_PREFIX, k)[2]!);
  const held = (k: string) => redis.client.zCard(scriptKeys(DEFAULT_PREFIX, k)[0]!);

  it("cancels a ticket it gave up on, so no phantom waiter stays queued ahead of real ones", async () => {
    const k = key();
    const holder = await permitOf(createRedisStore({ client: redis.client }).acquire(k, 1, 60_000));
    const store = createRedisStore({ client: slowed(redis.client, 150), timeout: 50 });
    await expect(store.acquire(k, 1, 60_000)).rejects.toBeInstanceOf(RateLimitStoreError);
    await store.flush();
    // Past the moment the late acquire reached Redis (150 ms after it was sent).
    await pause(200);
    expect(await queued(k)).toBe(0);
    holder.release();
  });

  it("hands back a slot granted after it gave up", async () => {
    const k = key();
    const store = createRedisStore({ client: slowed(redis.client, 150), timeout: 50 });
    await expect(store.acquire(k, 1, 60_000)).rejects.toBeInstanceOf(RateLimitStoreError);
    await store.flush();
    await pause(200);
    expect(await held(k)).toBe(0);
  });

  it("pauses a key for every process sharing it until the pause ends", async () => {
    const other = createClient({ url: redis.url });
    await other.connect();
    try {
      const [a, b] = [createRedisStore({ client: redis.client }), createRedisStore({ client: other })];
      const k = key();
      (await permitOf(a.acquire(k, 5, 50))).release();
      a.pause!(k, 400);
      await a.flush();
      const started = performance.now();
      const order: string[] = [];
      await Promise.all(
        [b, a].map((store, i) =>
          permitOf(store.acquire(k, 5, 50)).then((permit) => {
            order.push(`${i}@${Math.round(performance.now() - started)}`);
            permit.release();
          }),
        ),
      );
      expect(order.map((entry) => Number(entry.split("@")[1])).every((ms) => ms >= 390)).toBe(true);
    } finally {
      other.destroy();
    }
  });

  it("after a real 429 with Retry-After, another process's call waits it out before it is sent", async () => {
    const arrivals: number[] = [];
    let n = 0;
    api = await startServer((res, req) => {
      arrivals.push(performance.now());
      const responder = n++ === 0 ? json(429, { detail: "slow down" }, { "retry-after": "1" }) : json(200, recording);
      responder(res, req);
    });
    const other = createClient({ url: redis.url });
    await other.connect();
    try {
      const shared = { apiKey: apiKey(), baseUrl: api.url, maxRetries: 0 };
      const first = createCore({ ...shared, rateLimit: { store: createRedisStore({ client: redis.client }) } });
      const second = createCore({ ...shared, rateLimit: { store: createRedisStore({ client: other }) } });
      await expect(first.request(operations.recording_retrieve, { path: { id: RECORDING_ID } })).rejects.toBeInstanceOf(RateLimitError);
      await pause(50);
      await second.request(operations.recording_retrieve, { path: { id: RECORDING_ID } });
      expect(arrivals).toHaveLength(2);
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
    } finally {
      other.destroy();
    }
  });
});
