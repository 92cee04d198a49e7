// The Redis store against a real redis-server this suite starts on a free loopback port (or REDIS_URL's server).
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APIUserAbortError, RecallValidationError } from "../../src/core/errors.js";
import { createCore } from "../../src/core/index.js";
import type { RateLimitPermit, RateLimitStore } from "../../src/core/rate-limit-store.js";
import { RateLimitStoreError, createRedisStore } from "../../src/redis.js";
import { DEFAULT_PREFIX, GRACE_MS, scriptKeys } from "../../src/redis/redis-store.js";
import { RATE_LIMIT_SCRIPT } from "../../src/redis/script.js";
import { hasRedisServer, redisUnavailable, startRedis } from "../support/redis-server.js";
import { useRedis } from "../support/use-redis.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";
import { RECORDING_ID, apiKey, operations, recording } from "../client/fixtures.js";

const unavailable = redisUnavailable();
if (unavailable) console.warn(`Redis suite skipped: ${unavailable}`);

let api: TestServer | undefined;
let keys = 0;
/** A fresh limiter key per test. */
const key = () => `test-${process.pid}-${++keys}`;
const permitOf = async (turn: RateLimitPermit | Promise<RateLimitPermit>): Promise<RateLimitPermit> => turn;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("refuses a client that is not a node-redis client, naming the option", () => {
  expect(() => createRedisStore({ client: {} as never })).toThrow(new RecallValidationError("client", "must be a connected node-redis client (with evalSha and scriptLoad)"));
  expect(() => createRedisStore({ client: {} as never })).toThrow(RecallValidationError);
});

describe.skipIf(unavailable)("Redis store", () => {
  const redis = useRedis();
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it("holds a slot until its release, then for one window", async () => {
    const store = createRedisStore({ client: redis.client });
    const k = key();
    const first = await permitOf(store.acquire(k, 2, 300));
    await permitOf(store.acquire(k, 2, 300));
    let thirdAt = 0;
    const third = permitOf(store.acquire(k, 2, 300)).then(() => (thirdAt = performance.now()));
    await pause(400);
    expect(thirdAt).toBe(0);
    const releasedAt = performance.now();
    first.release();
    await third;
    // Redis's clock and ours are the same machine's; 5 ms covers the round trips' rounding.
    expect(thirdAt - releasedAt).toBeGreaterThanOrEqual(295);
  });

  it("serves waiters from several processes first come, first served", async () => {
    // Two stores on two connections stand for two processes.
    const other = createClient({ url: redis.url });
    await other.connect();
    try {
      const stores = [createRedisStore({ client: redis.client }), createRedisStore({ client: other })];
      const k = key();
      (await permitOf(stores[0]!.acquire(k, 1, 50))).release();
      const order: number[] = [];
      const waits: Promise<void>[] = [];
      for (let i = 0; i < 6; i++) {
        waits.push(
          permitOf(stores[i % 2]!.acquire(k, 1, 50)).then((permit) => {
            order.push(i);
            permit.release();
          }),
        );
        // Each waiter reaches Redis before the next asks.
        await pause(5);
      }
      await Promise.all(waits);
      expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      other.destroy();
    }
  });

  describe("a waiter that does not ask again (its process froze or died)", () => {
    /** One acquire through the raw script, as a store's first poll would make it. */
    const rawAcquire = (k: string, ticket: string, windowMs: number) =>
      redis.client.eval(RATE_LIMIT_SCRIPT, { keys: scriptKeys(DEFAULT_PREFIX, k), arguments: ["acquire", "1", String(windowMs), "600000", String(GRACE_MS), ticket] });

    it("keeps its place: a later caller does not take the slot ahead of it", async () => {
      const store = createRedisStore({ client: redis.client });
      const k = key();
      const held = await permitOf(store.acquire(k, 1, 50));
      expect(await rawAcquire(k, "frozen", 50)).toEqual([0, 50]);
      held.release();
      let later = false;
      const behind = permitOf(store.acquire(k, 1, 50)).then(() => {
        later = true;
      });
      // The slot has been free for a while, but "frozen" is first in line.
      await pause(300);
      expect(later).toBe(false);
      expect(await rawAcquire(k, "frozen", 50)).toEqual([1, 0]);
      await redis.client.eval(RATE_LIMIT_SCRIPT, { keys: scriptKeys(DEFAULT_PREFIX, k), arguments: ["release", "1", "50", "600000", "0", "frozen"] });
      await behind;
      expect(later).toBe(true);
    });

    it("loses its place once it is overdue by the grace period, so the queue moves on", async () => {
      const store = createRedisStore({ client: redis.client });
      const k = key();
      (await permitOf(store.acquire(k, 1, 50))).release();
      await rawAcquire(k, "dead", 50);
      const started = performance.now();
      await permitOf(store.acquire(k, 1, 50));
      expect(performance.now() - started).toBeGreaterThanOrEqual(GRACE_MS);
    });
  });

  it("releases a waiting caller on abort, and the one behind it takes its place", async () => {
    const store = createRedisStore({ client: redis.client });
    const k = key();
    const held = await permitOf(store.acquire(k, 1, 100));
    const controller = new AbortController();
    const aborted = store.acquire(k, 1, 100, controller.signal);
    await pause(10);
    const next = permitOf(store.acquire(k, 1, 100));
    await pause(10);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(APIUserAbortError);
    held.release();
    await expect(next).resolves.toHaveProperty("release");
    await expect(store.acquire(k, 1, 100, AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("frees a slot whose holder never released it once its lease ends", async () => {
    const store = createRedisStore({ client: redis.client, lease: 200 });
    const k = key();
    await permitOf(store.acquire(k, 1, 50));
    const started = performance.now();
    await permitOf(store.acquire(k, 1, 50));
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("flush waits for the releases and cancels on their way, so a client closed after it leaves no slot held", async () => {
    const own = await createClient({ url: redis.url }).connect();
    const store = createRedisStore({ client: own });
    const k = key();
    const permits = await Promise.all([1, 2, 3].map(() => permitOf(store.acquire(k, 3, 60_000))));
    const controller = new AbortController();
    const waiting = store.acquire(k, 3, 60_000, controller.signal);
    await pause(20);
    for (const permit of permits) permit.release();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await store.flush();
    own.destroy();
    const [held, back, queue] = scriptKeys(DEFAULT_PREFIX, k);
    expect([await redis.client.zCard(held!), await redis.client.zCard(back!), await redis.client.zCard(queue!)]).toEqual([0, 3, 0]);
    await expect(store.flush()).resolves.toBeUndefined();
  });

  it("loads its script again after Redis forgets it", async () => {
    const store = createRedisStore({ client: redis.client });
    (await permitOf(store.acquire(key(), 1, 50))).release();
    await redis.client.scriptFlush();
    await expect(permitOf(store.acquire(key(), 1, 50))).resolves.toHaveProperty("release");
  });

  it("keeps only hashes and random ids in Redis, never the API key", async () => {
    api = await startServer(json(200, recording));
    const prefix = `hash-test-${process.pid}:`;
    const secret = apiKey();
    const core = createCore({ apiKey: secret, baseUrl: api.url, rateLimit: { store: createRedisStore({ client: redis.client, prefix }) } });
    await core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } });
    const written = (await redis.client.keys(`${prefix}*`)).sort();
    expect(written.length).toBeGreaterThan(0);
    for (const name of written) expect(name).toMatch(new RegExp(`^${prefix}\\{[0-9a-f]{64}:recording_retrieve\\}:(held|back|queue|alive|seq)$`));
    const dump = JSON.stringify(await Promise.all(written.map((name) => redis.client.zRangeWithScores(name, 0, -1))));
    expect(dump).not.toContain("SECRET");
  });

  describe("when Redis cannot be reached", () => {
    it("fails the call with RateLimitStoreError and sends nothing, when the client is closed", async () => {
      api = await startServer(json(200, recording));
      const closed = createClient({ url: redis.url });
      const core = createCore({ apiKey: apiKey(), baseUrl: api.url, rateLimit: { store: createRedisStore({ client: closed }) } });
      const error = await core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitStoreError);
      expect((error as Error).message).toMatch(/^Rate-limit store \(Redis\) failed; the call was not sent: .*closed/);
      expect(api.received).toEqual([]);
    });

    it.skipIf(!hasRedisServer())("fails the call after `timeout` when Redis stops answering", async () => {
      api = await startServer(json(200, recording));
      const doomed = await startRedis({});
      const reconnecting = createClient({ url: doomed.url, socket: { reconnectStrategy: 50 } });
      reconnecting.on("error", () => {});
      await reconnecting.connect();
      await doomed.stop();
      try {
        const store: RateLimitStore = createRedisStore({ client: reconnecting, timeout: 200 });
        const core = createCore({ apiKey: apiKey(), baseUrl: api.url, rateLimit: { store } });
        const error = await core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RateLimitStoreError);
        expect((error as Error).message).toBe("Rate-limit store (Redis) did not answer within 200 ms; the call was not sent.");
        expect(api.received).toEqual([]);
      } finally {
        reconnecting.destroy();
      }
    });
  });
});
