// The request core: validation, auth, rate limiting, timeouts, retries and errors, once for every operation.

import { type APIPromise, type WithResponse, apiPromise } from "./api-promise.js";
import { checkBaseUrl } from "./base-url.js";
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  APITimeoutError,
  APIUserAbortError,
  RecallError,
  RecallValidationError,
  makeAPIError,
} from "./errors.js";
import { checkInput } from "./input.js";
import type { OperationInfo } from "./operation.js";
import { type Page, PageIterator } from "./paginate.js";
import type { RateLimitPermit, RateLimitStore } from "./rate-limit-store.js";
import { limiterScope, sharedMemoryStore } from "./rate-limiter.js";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from "./retry.js";
import type { CoreOptions, RequestCore, RequestInput, RequestOptions } from "./types.js";

/** Test seams: waiting and randomness. Not part of the public options. */
export interface CoreInternals {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Every limit's window in milliseconds instead of the spec's (the bench scales Recall's minute down to seconds). */
  windowMs?: number;
}

/** An error body as JSON when it is JSON, else its text. */
function errorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The store the limiter uses, or undefined when it is off. */
function rateLimitStore(option: CoreOptions["rateLimit"]): RateLimitStore | undefined {
  const store = option === false ? undefined : (option === true ? undefined : option?.store) ?? sharedMemoryStore;
  if (store && typeof store.acquire != "function") throw new RecallValidationError("rateLimit.store", "needs an acquire method");
  return store;
}

/** Builds the core the generated resources call; throws RecallValidationError on bad options. */
export function createCore(client: CoreOptions, { sleep: wait = sleep, random = Math.random, windowMs }: CoreInternals = {}): RequestCore {
  const { apiKey, logger } = client;
  if (typeof apiKey !== "string" || !apiKey.trim()) throw new RecallValidationError("apiKey", "required");
  const baseUrl = checkBaseUrl(client.baseUrl);
  const { origin } = new URL(baseUrl);
  const fetch = client.fetch ?? globalThis.fetch;
  const authorization = `Token ${apiKey}`;
  const store = rateLimitStore(client.rateLimit);
  // The key stays in this closure; the limiter store only ever sees its SHA-256 with the origin.
  let scope: Promise<string> | undefined;
  // Hashed once per client, so a call whose limiter has a free slot never awaits.
  let scopeId: string | undefined;

  /** One logical call: waits for the limiter, attempts, and retries with backoff until success or a final error. */
  async function execute(op: OperationInfo, url: string, json: string | undefined, options: RequestOptions = {}): Promise<WithResponse<unknown>> {
    const { signal, maxRetries = client.maxRetries ?? DEFAULT_MAX_RETRIES, timeout = client.timeout ?? DEFAULT_TIMEOUT_MS } = options;
    const method = op.method.toUpperCase();
    // GET and DELETE carry neither a body nor a Content-Type (Recall's firewall answers 403 to a body on GET).
    const headers: Record<string, string> = json === undefined ? { Authorization: authorization } : { Authorization: authorization, "Content-Type": "application/json" };
    // One key per logical call, so every retry of it is the same operation to Recall.
    if (op.idempotent) headers["Idempotency-Key"] = options.idempotencyKey ?? crypto.randomUUID();
    // A POST without an Idempotency-Key might have acted before failing: only a 429 (refused up front) retries it.
    const replayable = op.idempotent || op.method !== "post";
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError();
      let permit: RateLimitPermit | undefined;
      if (store && op.rateLimit) {
        scopeId ??= await (scope ??= limiterScope(apiKey, origin));
        const turn = store.acquire(`${scopeId}:${op.operationId}`, op.rateLimit.limit, windowMs ?? op.rateLimit.per * 1000, signal);
        if (turn instanceof Promise) {
          logger?.debug?.(`${op.operationId} waits for the client-side rate limit`);
          permit = await turn;
        } else permit = turn;
      }
      const timer = new AbortController();
      const handle = setTimeout(() => timer.abort(), timeout);
      const attempt = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
      let error: RecallError;
      let retryAfterMs: number | undefined;
      try {
        // URL and init, not a Request: fetch builds its Request once, where a Request handed over would be rebuilt with a proxied body.
        const response = await fetch(url, { method, headers, body: json, signal: attempt });
        const { status, headers: got } = response;
        // Read whole inside the attempt, so a body that stalls or breaks off counts against this attempt's timeout.
        const text = await response.text();
        if (response.ok) {
          logger?.debug?.(`${method} ${op.operationId} ${status}`);
          try {
            return { data: text ? JSON.parse(text) : undefined, response };
          } catch {
            throw new APIResponseParseError(status, got, text, `${status} response is not valid JSON: ${text.slice(0, 100)}`);
          }
        }
        retryAfterMs = parseRetryAfter(got.get("retry-after"));
        error = makeAPIError(status, got, text ? errorBody(text) : undefined, retryAfterMs);
      } catch (cause) {
        if (cause instanceof RecallError) throw cause;
        if (signal?.aborted) throw new APIUserAbortError();
        error = timer.signal.aborted
          ? new APITimeoutError(`Request timed out after ${timeout} ms.`)
          : new APIConnectionError(`Connection error: ${(cause as Error).message}`, { cause });
      } finally {
        clearTimeout(handle);
        // Only now: the server counted the request at some moment before its response, never after.
        permit?.release();
      }
      const status = error instanceof APIError ? error.status : 0;
      const retryable = status ? isRetryableStatus(status) && (replayable || status === 429) : replayable;
      if (!retryable || retry >= maxRetries) throw error;
      const delay = retryDelay(retry + 1, retryAfterMs, status, random);
      // A 429 despite our limiter means someone else spends the same workspace's budget: worth a warning.
      logger?.[status === 429 ? "warn" : "info"]?.(`retrying ${op.operationId} in ${Math.round(delay)} ms (${error.name}${status ? ` ${status}` : ""}, retry ${retry + 1} of ${maxRetries})`);
      await wait(delay, signal);
    }
  }

  /** Validates synchronously (no async frame on the hot path), so bad input is refused before anything is queued or sent. */
  function start(op: OperationInfo, input: RequestInput, options?: RequestOptions): Promise<WithResponse<unknown>> {
    try {
      const { path, json } = checkInput(op, input);
      return execute(op, baseUrl + path, json, options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function toPage<T>(op: OperationInfo, { data, response }: WithResponse<unknown>): Page<T> {
    const { items: itemsKey, next: nextKey } = op.pagination!;
    const page = data as Record<string, unknown> | undefined;
    const items = page?.[itemsKey];
    const next = page?.[nextKey] ?? null;
    if (!Array.isArray(items) || (next !== null && typeof next !== "string")) {
      throw new APIResponseParseError(response.status, response.headers, data, `${response.status} body is not a page of "${itemsKey}"`);
    }
    return { items, next, response };
  }

  return {
    request: <T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): APIPromise<T> => apiPromise(start(op, input, options) as Promise<WithResponse<T>>),
    paginate: <T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): PageIterator<T> =>
      new PageIterator<T>(async (next) => {
        if (next === undefined) return toPage<T>(op, await start(op, input, options));
        // The key only ever goes to our own origin: a `next` elsewhere is refused, not followed.
        const url = URL.canParse(next, baseUrl) ? new URL(next, baseUrl) : undefined;
        if (url?.origin !== origin) throw new RecallError(`Refusing next-page URL outside ${origin}: ${next}`);
        return toPage<T>(op, await execute(op, origin + url.pathname + url.search, undefined, options));
      }),
  };
}
