// The shapes shared by the request core, the generated resources and the public client.

import type { APIPromise } from "./api-promise.js";
import type { OperationInfo } from "./operation.js";
import type { PageIterator } from "./paginate.js";
import type { RateLimitOptions } from "./rate-limit-store.js";

/** `off`: nothing is loaded or run. `warn` (default): bodies pass through; the logger hears each distinct issue once. `strict`: a body that breaks the spec throws APIResponseValidationError. */
export type ValidateResponses = "off" | "warn" | "strict";

/** Where log lines go; the library never prints by itself. Lines never carry the API key or headers. */
export interface Logger {
  debug?(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
}

/** Options of the request core; the public client adds `region` on top (src/client.ts). */
export interface CoreOptions {
  /** Recall API key, sent as `Authorization: Token <key>`: printable ASCII without surrounding spaces (refused otherwise, never echoed). */
  apiKey: string;
  /** Origin (and optional path prefix) of the API: https, or http on loopback for tests and mocks. */
  baseUrl: string;
  /**
   * Custom fetch, e.g. for a proxy or a test stub, called as `fetch(url, init)` once per attempt; any fetch-compatible
   * function fits. It must honour `init.signal` (timeouts and aborts). Defaults to globalThis.fetch.
   */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Retries after the first attempt: an integer from 0 (default 5: Recall advises up to 6 attempts). */
  maxRetries?: number;
  /** Milliseconds per attempt, including reading the body: above 0 and at most 2^31-1, or `Infinity` for none (default 60 000). */
  timeout?: number;
  /**
   * Client-side limiter from each operation's documented limit; on by default, `false` turns it off. A call holds its
   * slot until its response has come back. `{ store }` keeps the budget elsewhere, e.g. in Redis to share it across processes.
   */
  rateLimit?: boolean | RateLimitOptions;
  /**
   * Receives debug (each response, each wait for the limiter), info (each retry) and warn (each retry after a 429)
   * lines, each naming the operation by its method (`recordings.retrieve`).
   */
  logger?: Logger;
  /**
   * Checks each success body against the spec. `warn` (default): the body is returned as received and the logger's
   * `warn` gets one line per distinct issue (nothing runs without a logger), at most 20 per response; lines name
   * places and types, never values. `strict`: throws APIResponseValidationError.
   * `off`: nothing is loaded or run.
   */
  validateResponses?: ValidateResponses;
}

/** Per-call options. */
export interface RequestOptions {
  /** Aborts the call wherever it is: queued in the rate limiter, in flight, or waiting to retry. */
  signal?: AbortSignal;
  /** Milliseconds per attempt, overriding the client's (the same rule: above 0 and at most 2^31-1, or `Infinity` for none). */
  timeout?: number;
  /** Retries after the first attempt, overriding the client's (an integer from 0). */
  maxRetries?: number;
  /** `Idempotency-Key` for operations that accept one (printable ASCII); by default one random UUID per call, reused by its retries. */
  idempotencyKey?: string;
}

/** What a generated resource method hands the core. */
export interface RequestInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The one dependency of the generated resource classes. */
export interface RequestCore {
  request<T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): APIPromise<T>;
  paginate<T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): PageIterator<T>;
}
