// Webhook deduplication in a real redis-server: handlers of a fleet sharing one Redis run a delivery once however many
// receive it, a handler that threw releases its id so the retry runs, and ids expire after the TTL.
import { type RedisClientType, createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookHandler } from "../../src/index.js";
import { DEFAULT_DEDUPE_PREFIX, createRedisDedupeStore } from "../../src/redis.js";
import { type RedisServer, redisUnavailable, startRedis } from "../support/redis-server.js";
import { exampleBody, newSecret, signed } from "../webhooks/signing.js";

const unavailable = redisUnavailable();
if (unavailable) console.warn(`Redis webhook dedupe suite skipped: ${unavailable}`);

const secret = newSecret();
const done = exampleBody("recording.done");

let redis: RedisServer;
const clients: RedisClientType[] = [];
async function connect(): Promise<RedisClientType> {
  const client = createClient({ url: redis.url }) as RedisClientType;
  await client.connect();
  clients.push(client);
  return client;
}

describe.skipIf(unavailable)("createRedisDedupeStore against redis-server", () => {
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await redis?.stop();
  });

  it("runs a delivery once across 4 handlers on 4 connections receiving it at once; later deliveries are duplicates", async () => {
    let runs = 0;
    const fleet = await Promise.all(
      Array.from({ length: 4 }, async () =>
        createWebhookHandler({
          secret,
          on: { "recording.done": async () => void runs++ },
          dedupe: createRedisDedupeStore({ client: await connect() }),
        }),
      ),
    );
    const answers = await Promise.all(fleet.map((handler) => handler.handle(done, signed(secret, done, { id: "msg_fleet" }))));
    // The others either saw the claim while it ran (409: retry later) or after it was done (200 duplicate).
    expect(answers.filter((answer) => answer.body.outcome === "handled")).toHaveLength(1);
    for (const answer of answers.filter((answer) => answer.body.outcome !== "handled")) expect(["running", "duplicate"]).toContain(answer.body.outcome);
    expect(runs).toBe(1);
    const again = await Promise.all(fleet.map((handler) => handler.handle(done, signed(secret, done, { id: "msg_fleet" }))));
    expect(again.map((answer) => answer.body.outcome)).toEqual(Array(4).fill("duplicate"));
    const client = await connect();
    expect(await client.get(`${DEFAULT_DEDUPE_PREFIX}msg_fleet`)).toBe("done");
    // The default TTL once done: 48 hours, set by SET ... PX.
    expect(await client.pTTL(`${DEFAULT_DEDUPE_PREFIX}msg_fleet`)).toBeGreaterThan(47 * 3_600_000);
  });

  it("holds a running delivery's id for the lease only, so a retry after a crashed process runs it", async () => {
    const store = createRedisDedupeStore({ client: await connect(), prefix: "t4:" });
    expect(await store.claim("msg_crash", 50)).toBe("claimed");
    expect(await store.claim("msg_crash", 50)).toBe("running");
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.claim("msg_crash", 50)).toBe("claimed");
  });

  it("releases the id of a delivery whose handler threw, so the retry on another process runs", async () => {
    let calls = 0;
    const on = {
      "recording.done": () => {
        if (++calls === 1) throw new Error("first attempt fails");
      },
    };
    const a = createWebhookHandler({ secret, on, dedupe: createRedisDedupeStore({ client: await connect(), prefix: "t2:" }) });
    const b = createWebhookHandler({ secret, on, dedupe: createRedisDedupeStore({ client: await connect(), prefix: "t2:" }) });
    expect((await a.handle(done, signed(secret, done, { id: "msg_retry" }))).status).toBe(500);
    expect(await (await connect()).exists("t2:msg_retry")).toBe(0);
    expect(await b.handle(done, signed(secret, done, { id: "msg_retry" }))).toMatchObject({ status: 200, body: { outcome: "handled" } });
    expect(calls).toBe(2);
  });

  it("forgets an id after the TTL", async () => {
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: { store: createRedisDedupeStore({ client: await connect(), prefix: "t3:" }), ttl: 50 } });
    await handler.handle(done, signed(secret, done, { id: "msg_ttl" }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    await handler.handle(done, signed(secret, done, { id: "msg_ttl" }));
    expect(runs).toBe(2);
  });

  it("answers 500 when Redis is gone, without running the handler", async () => {
    const client = await connect();
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: createRedisDedupeStore({ client }) });
    client.destroy();
    expect((await handler.handle(done, signed(secret, done))).status).toBe(500);
    expect(runs).toBe(0);
  });
});
