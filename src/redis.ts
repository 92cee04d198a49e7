// Entry point recall-recording/redis: a rate-limit store in Redis, shared by every process that uses it.
// Its own entry, so the default bundle carries none of it.

export { type RedisRateLimitStore, type RedisScriptClient, type RedisStoreOptions, createRedisStore } from "./redis/redis-store.js";
export { RateLimitStoreError } from "./core/errors.js";
export type { RateLimitPermit, RateLimitStore } from "./core/rate-limit-store.js";
