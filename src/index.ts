// Public entry point of recall-recording.

export { createRecallClient, createRecallCore, type ClientOptions, type RecallClient, type Region } from "./client.js";
export * from "../generated/resource-classes.js";
export * from "./core/errors.js";
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./core/retry.js";
export type { APIPromise, WithResponse } from "./core/api-promise.js";
export type { Page, PageIterator } from "./core/paginate.js";
export type { Logger, RequestOptions } from "./core/types.js";
export type { RateLimitOptions, RateLimitPermit, RateLimitStore } from "./core/rate-limit-store.js";
export type * from "../generated/types.js";
export { APIResponseValidationError, WebhookVerificationError, type ResponseIssue, type WebhookCheck } from "./core/check-errors.js";
export type { ValidateResponses } from "./core/types.js";
export * from "./webhooks.js";
export type { WebhookEvent, WebhookEventName, WebhookEvents } from "../generated/webhooks.js";
export { DownloadError, WaitFailedError, WaitTimeoutError } from "./long-running/errors.js";
export type { DownloadDestination, DownloadOptions, DownloadProgress, DownloadResult } from "./long-running/download.js";
export type { WaitOptions } from "./long-running/wait.js";
