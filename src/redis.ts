// Entry point recall-recording/redis: a rate-limit store and a webhook deduplication store in Redis, shared by every process that uses them.
// Its own entry, so the default bundle carries none of it.

export { type RedisRateLimitStore, type RedisScriptClient, type RedisStoreOptions, createRedisStore } from "./redis/redis-store.js";
export { RateLimitStoreError } from "./core/errors.js";
export type { RateLimitPermit, RateLimitStore } from "./core/rate-limit-store.js";
export { DEFAULT_DEDUPE_PREFIX, type RedisDedupeClient, type RedisDedupeStoreOptions, createRedisDedupeStore } from "./redis/dedupe-store.js";
export type { DedupeClaim, WebhookDedupeStore } from "./webhooks/dedupe.js";
