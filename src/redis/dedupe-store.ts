// A webhook deduplication store in Redis: every process of a fleet claims a delivery's webhook-id with one
// SET NX PX, so exactly one of them runs it however many receive it.

import { RecallValidationError } from "../core/errors.js";
import type { DedupeClaim, WebhookDedupeStore } from "../webhooks/dedupe.js";

type SetOptions = { condition?: "NX"; expiration: { type: "PX"; value: number } };

/** The commands the store sends, as a connected node-redis client (`redis` 5 or later) has them. */
export interface RedisDedupeClient {
  set(key: string, value: string, options: SetOptions): Promise<unknown>;
  get(key: string): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

export interface RedisDedupeStoreOptions {
  /** A connected node-redis client, e.g. `await createClient({ url }).connect()`; the store never connects or closes it. */
  client: RedisDedupeClient;
  /** Prefix of every key the store writes (default `recall-recording:webhook:`). */
  prefix?: string;
}

export const DEFAULT_DEDUPE_PREFIX = "recall-recording:webhook:";
const RUNNING = "running";
const DONE = "done";

/**
 * Claims ids in Redis: `SET <prefix><id> running NX PX <lease>` while the handler runs, then `SET ... done PX <ttl>`.
 * A Redis failure rejects: the handler answers 500 and Recall retries, rather than risk running a delivery twice.
 */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): WebhookDedupeStore {
  const { client, prefix = DEFAULT_DEDUPE_PREFIX } = options;
  if (typeof client?.set !== "function" || typeof client.get !== "function" || typeof client.del !== "function") {
    throw new RecallValidationError("client", "needs set, get and del methods (a connected node-redis client)");
  }
  if (typeof prefix !== "string") throw new RecallValidationError("prefix", "must be a string");
  return {
    async claim(id, leaseMs): Promise<DedupeClaim> {
      const key = `${prefix}${id}`;
      // SET NX answers OK when it wrote the key, null when the key was there.
      if ((await client.set(key, RUNNING, { condition: "NX", expiration: { type: "PX", value: leaseMs } })) !== null) return "claimed";
      // Gone in between (its lease ended): "running" makes the sender retry, which then claims it.
      return (await client.get(key)) === DONE ? "done" : "running";
    },
    async complete(id, ttlMs) {
      await client.set(`${prefix}${id}`, DONE, { expiration: { type: "PX", value: ttlMs } });
    },
    async release(id) {
      await client.del(`${prefix}${id}`);
    },
  };
}
