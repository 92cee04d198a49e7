// A webhook deduplication store in Redis: every process of a fleet claims a delivery's webhook-id with one
// SET NX PX, so exactly one of them runs it however many receive it.

import { RecallValidationError } from "../core/errors.js";
import type { WebhookDedupeStore } from "../webhooks/dedupe.js";

/** The two commands the store sends, as a connected node-redis client (`redis` 5 or later) has them. */
export interface RedisDedupeClient {
  set(key: string, value: string, options: { condition: "NX"; expiration: { type: "PX"; value: number } }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}

export interface RedisDedupeStoreOptions {
  /** A connected node-redis client, e.g. `await createClient({ url }).connect()`; the store never connects or closes it. */
  client: RedisDedupeClient;
  /** Prefix of every key the store writes (default `recall-recording:webhook:`). */
  prefix?: string;
}

export const DEFAULT_DEDUPE_PREFIX = "recall-recording:webhook:";

/**
 * Claims ids in Redis (`SET <prefix><id> 1 NX PX <ttl>`), so a fleet behind one endpoint runs each delivery once.
 * A Redis failure rejects the claim: the handler answers 500 and Recall retries, rather than risk running it twice.
 */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): WebhookDedupeStore {
  const { client, prefix = DEFAULT_DEDUPE_PREFIX } = options;
  if (typeof client?.set !== "function" || typeof client.del !== "function") throw new RecallValidationError("client", "needs set and del methods (a connected node-redis client)");
  if (typeof prefix !== "string") throw new RecallValidationError("prefix", "must be a string");
  return {
    async claim(id, ttlMs) {
      // SET NX answers OK when it wrote the key, null when the key was there.
      return (await client.set(`${prefix}${id}`, "1", { condition: "NX", expiration: { type: "PX", value: ttlMs } })) !== null;
    },
    async release(id) {
      await client.del(`${prefix}${id}`);
    },
  };
}
