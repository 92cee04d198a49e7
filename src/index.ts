// Public entry point of recall-recording.

export { createRecallClient, createRecallCore, type ClientOptions, type RecallClient, type Region } from "./client.js";
// The resource classes and every named type of the spec (generated/index.ts is the one barrel).
export * from "../generated/index.js";
export * from "./core/errors.js";
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./core/retry.js";
export type { APIPromise, WithResponse } from "./core/api-promise.js";
export type { Page, PageIterator } from "./core/paginate.js";
export type { Logger, RequestOptions } from "./core/types.js";
export type { RateLimitOptions, RateLimitPermit, RateLimitStore } from "./core/rate-limit-store.js";
export { APIResponseValidationError, WebhookVerificationError, type ResponseIssue, type WebhookCheck } from "./core/check-errors.js";
export type { ValidateResponses } from "./core/types.js";
export * from "./webhooks.js";
export type { WebhookEvent, WebhookEventName, WebhookEvents } from "../generated/webhooks.js";
export { DownloadError, WaitFailedError, WaitTimeoutError } from "./long-running/errors.js";
export type { DownloadDestination, DownloadFileOptions, DownloadOptions, DownloadProgress, DownloadResult } from "./long-running/download.js";
export type { WaitOptions } from "./long-running/wait.js";
