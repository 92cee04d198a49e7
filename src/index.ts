// Public entry point of recall-recording.

export { createRecallClient, type ClientOptions, type RecallClient, type Region } from "./client.js";
export * from "./core/errors.js";
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./core/retry.js";
export type { APIPromise, WithResponse } from "./core/api-promise.js";
export type { Page, PageIterator } from "./core/paginate.js";
export type { Logger, RequestOptions } from "./core/types.js";
export type { RateLimitOptions, RateLimitPermit, RateLimitStore } from "./core/rate-limit-store.js";
export type * from "../generated/types.js";
