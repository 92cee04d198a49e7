// The runtime surface generated/ imports, and the pieces src/client.ts assembles.

export { type APIPromise, type WithResponse, apiPromise } from "./api-promise.js";
export { checkBaseUrl, serverUrl, type ServerInfo } from "./base-url.js";
export * from "./errors.js";
export type { OperationInfo, PaginationInfo, ParameterInfo, RateLimit, ResponseValidators, ShapeSchema, ValidateFunction, ValidationFailure } from "./operation.js";
export { PageIterator, type Page } from "./paginate.js";
export { createCore, type CoreInternals } from "./request-core.js";
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./retry.js";
export type { CoreOptions, Logger, RequestCore, RequestInput, RequestOptions } from "./types.js";
export { APIResponseValidationError, WebhookVerificationError, type ResponseIssue, type WebhookCheck } from "./check-errors.js";
export type { ValidateResponses } from "./types.js";
export type { RateLimitOptions, RateLimitPermit, RateLimitStore } from "./rate-limit-store.js";
