// The request core: validation, auth, rate limiting, timeouts, retries and errors, once for every operation.

import { type APIPromise, type WithResponse, apiPromise } from "./api-promise.js";
import { checkBaseUrl, withoutQuery } from "./base-url.js";
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  APITimeoutError,
  APIUserAbortError,
  RecallError,
  RecallValidationError,
  makeAPIError,
  oneLine,
} from "./errors.js";
import { checkInput } from "./input.js";
import { checkHeaderValue, checkMaxRetries, checkTimeout } from "./options.js";
import type { OperationInfo } from "./operation.js";
import { type Page, PageIterator } from "./paginate.js";
import type { RateLimitPermit, RateLimitStore } from "./rate-limit-store.js";
import { limiterScope, sharedMemoryStore } from "./rate-limiter.js";
import { responseHook } from "./response-validation.js";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRY_AFTER_MS, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from "./retry.js";
import type { CoreOptions, RequestCore, RequestInput, RequestOptions } from "./types.js";

/** The query parameter of a cursor-paginated list (`x-pagination: { style: cursor }`) that selects the page. */
const CURSOR = "cursor";

/** Test seams: waiting and randomness. Not part of the public options. */
export interface CoreInternals {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** A call's options, checked, with the client's defaults filled in. */
interface CallOptions {
  signal: AbortSignal | undefined;
  maxRetries: number;
  timeout: number;
  idempotencyKey: string | undefined;
}

/**
 * Why fetch failed, in one short line: the system error's code and message when there is one (undici puts it in
 * `cause`), else fetch's own message; never the key, should a runtime ever quote a header.
 */
function connectionReason(error: unknown, apiKey: string): string {
  const inner = (error as { cause?: unknown } | null)?.cause;
  const source = (inner instanceof Error ? inner : error) as (Error & { code?: unknown }) | null;
  const code = typeof source?.code === "string" ? source.code : undefined;
  const message = typeof source?.message === "string" ? source.message : String(error);
  const reason = code && !message.includes(code) ? `${code}: ${message}` : message;
  return oneLine(reason.split(apiKey).join("[API key]"), 200);
}

/** Pauses each budget in the store; a store that fails to pause only costs the pause, never the call. */
function pauseBudgets(store: RateLimitStore, budgets: readonly string[], ms: number): void {
  for (const budget of budgets) {
    try {
      Promise.resolve(store.pause!(budget, ms)).catch(() => {});
    } catch {
      // As above: the retry still waits its own Retry-After.
    }
  }
}

/** True when an error (or one it was caused by) quotes the key: such an error is not kept as a cause. */
function mentions(error: unknown, apiKey: string, depth = 0): boolean {
  if (error === null || typeof error !== "object" || depth > 4) return typeof error === "string" && error.includes(apiKey);
  const { message, stack, cause } = error as { message?: unknown; stack?: unknown; cause?: unknown };
  return [message, stack].some((text) => typeof text === "string" && text.includes(apiKey)) || mentions(cause, apiKey, depth + 1);
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
export function createCore(client: CoreOptions, { sleep: wait = sleep, random = Math.random }: CoreInternals = {}): RequestCore {
  const { logger } = client;
  const apiKey = checkHeaderValue(client.apiKey, "apiKey");
  const defaultRetries = checkMaxRetries(client.maxRetries) ?? DEFAULT_MAX_RETRIES;
  const defaultTimeout = checkTimeout(client.timeout) ?? DEFAULT_TIMEOUT_MS;
  const baseUrl = checkBaseUrl(client.baseUrl);
  const { origin, host } = new URL(baseUrl);
  const fetch = client.fetch ?? globalThis.fetch;
  const authorization = `Token ${apiKey}`;
  const checkResponse = responseHook(client.validateResponses, logger);
  const store = rateLimitStore(client.rateLimit);
  const withinLease = (timeout: number, path: string): number => {
    if (store?.lease !== undefined && timeout >= store.lease) {
      throw new RecallValidationError(path, `must stay below the rate-limit store's lease (${store.lease} ms): a call outliving its lease loses its slot while in flight`);
    }
    return timeout;
  };
  withinLease(defaultTimeout, "timeout");
  // The key stays in this closure; the limiter store only ever sees its SHA-256 with the origin.
  let scope: Promise<string> | undefined;
  // Hashed once per client, so a call whose limiter has a free slot never awaits.
  let scopeId: string | undefined;

  /** One logical call: waits for the limiter, attempts, and retries with backoff until success or a final error. */
  async function execute(op: OperationInfo, url: string, json: string | undefined, options: CallOptions, path?: RequestInput["path"]): Promise<WithResponse<unknown>> {
    const { signal, maxRetries, timeout } = options;
    const method = op.method.toUpperCase();
    // GET and DELETE carry neither a body nor a Content-Type (Recall's firewall answers 403 to a body on GET).
    const headers: Record<string, string> = json === undefined ? { Authorization: authorization } : { Authorization: authorization, "Content-Type": "application/json" };
    // One key per logical call, so every retry of it is the same operation to Recall.
    if (op.idempotent) headers["Idempotency-Key"] = options.idempotencyKey ?? crypto.randomUUID();
    // A POST without an Idempotency-Key might have acted before failing: only a 429 (refused up front) retries it.
    const replayable = op.idempotent || op.method !== "post";
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError();
      const permits: RateLimitPermit[] = [];
      const budgets: string[] = [];
      if (store && op.rateLimits) {
        scopeId ??= await (scope ??= limiterScope(apiKey, origin));
        try {
          // One budget per x-throttles entry; the call waits until it fits in every one and holds a slot of each.
          for (const [index, rate] of op.rateLimits.entries()) {
            // A scoped budget (per bot, say) is counted per value of the path parameter naming the scope's object.
            const value = rate.param === undefined ? undefined : path?.[rate.param];
            const owner = value === undefined ? scopeId : `${scopeId}|${rate.scope}=${String(value)}`;
            const budget = `${owner}:${index === 0 ? op.operationId : `${op.operationId}#${index}`}`;
            budgets.push(budget);
            const turn = store.acquire(budget, rate.limit, rate.per * 1000, signal);
            if (turn instanceof Promise) {
              logger?.debug?.(`${op.name} waits for the client-side rate limit`);
              permits.push(await turn);
            } else permits.push(turn);
          }
        } catch (error) {
          for (const permit of permits) permit.release();
          throw error;
        }
      }
      const timer = new AbortController();
      // Infinity means no timeout (setTimeout would fire it at once).
      const handle = timeout === Number.POSITIVE_INFINITY ? undefined : setTimeout(() => timer.abort(), timeout);
      const attempt = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
      let received: { response: Response; text: string } | RecallError;
      try {
        // URL and init, not a Request: fetch builds its Request once, where a Request handed over would be rebuilt with a proxied body.
        const response = await fetch(url, { method, headers, body: json, signal: attempt });
        // Read whole inside the attempt, so a body that stalls or breaks off counts against this attempt's timeout.
        received = { response, text: await response.text() };
      } catch (cause) {
        if (cause instanceof RecallError) throw cause;
        if (signal?.aborted) throw new APIUserAbortError();
        received = timer.signal.aborted
          ? new APITimeoutError(`Request to ${host} timed out after ${timeout} ms.`)
          : new APIConnectionError(`Connection error: ${host}: ${connectionReason(cause, apiKey)}`, mentions(cause, apiKey) ? undefined : { cause });
      } finally {
        clearTimeout(handle);
        // Only now: the server counted the request at some moment before its response, never after.
        for (const permit of permits) permit.release();
      }
      let error: RecallError;
      let retryAfterMs: number | undefined;
      if (received instanceof RecallError) error = received;
      else {
        // What the body holds is judged outside the attempt's try: nothing in it can pass for a connection error.
        const { response, text } = received;
        const { status, headers: got } = response;
        logger?.debug?.(`${method} ${op.name} ${status}`);
        if (response.ok) return { data: await successBody(op, status, got, text, response), response };
        retryAfterMs = parseRetryAfter(got.get("retry-after"));
        error = makeAPIError(status, got, text ? errorBody(text) : undefined, retryAfterMs === undefined ? undefined : retryAfterMs / 1000);
      }
      const status = error instanceof APIError ? error.status : 0;
      // A 429 despite the limiter: someone else spends this budget. Everyone sharing the store waits out Retry-After.
      if (status === 429 && retryAfterMs !== undefined && store?.pause) pauseBudgets(store, budgets, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
      const retryable = status ? isRetryableStatus(status) && (replayable || status === 429) : replayable;
      if (!retryable || retry >= maxRetries) throw error;
      const delay = retryDelay(retry + 1, retryAfterMs, status, random);
      // A 429 despite our limiter means someone else spends the same workspace's budget: worth a warning.
      logger?.[status === 429 ? "warn" : "info"]?.(`retrying ${op.name} in ${Math.round(delay)} ms (${error.name}${status ? ` ${status}` : ""}, retry ${retry + 1} of ${maxRetries})`);
      await wait(delay, signal);
    }
  }

  /** The parsed success body, checked against the spec when validation is on. */
  async function successBody(op: OperationInfo, status: number, headers: Headers, text: string, response: Response): Promise<unknown> {
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      throw new APIResponseParseError(status, headers, text, `${op.name}: the ${status} response is not valid JSON: ${oneLine(text, 100)}`);
    }
    if (checkResponse && data !== undefined) await checkResponse(op, data, response);
    return data;
  }

  /** Validates synchronously (no async frame on the hot path), so bad input is refused before anything is queued or sent. */
  function start(op: OperationInfo, input: RequestInput, options: RequestOptions = {}): Promise<WithResponse<unknown>> {
    try {
      const { path, json } = checkInput(op, input);
      const call: CallOptions = {
        signal: options.signal,
        maxRetries: checkMaxRetries(options.maxRetries, "options.maxRetries") ?? defaultRetries,
        timeout: options.timeout === undefined ? defaultTimeout : withinLease(checkTimeout(options.timeout, "options.timeout")!, "options.timeout"),
        idempotencyKey: options.idempotencyKey === undefined ? undefined : checkHeaderValue(options.idempotencyKey, "options.idempotencyKey"),
      };
      return execute(op, baseUrl + path, json, call, input.path);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** The page's `cursor` parameter, read from a `next` URL (absolute, or relative to the base URL); undefined when it has none. */
  const cursorOf = (next: string): string | undefined => {
    const url = URL.canParse(next, `${baseUrl}/`) ? new URL(next, `${baseUrl}/`) : undefined;
    return url?.searchParams.get(CURSOR) ?? undefined;
  };

  function toPage<T>(op: OperationInfo, { data, response }: WithResponse<unknown>): Page<T> {
    const { items: itemsKey, next: nextKey } = op.pagination!;
    const page = data as Record<string, unknown> | undefined;
    const items = page?.[itemsKey];
    const next = page?.[nextKey] ?? null;
    if (!Array.isArray(items) || (next !== null && typeof next !== "string")) {
      throw new APIResponseParseError(response.status, response.headers, data, `${op.name}: the ${response.status} body is not a page of "${itemsKey}"`);
    }
    if (next !== null && cursorOf(next) === undefined) {
      throw new APIResponseParseError(response.status, response.headers, data, `${op.name}: the ${response.status} page's "${nextKey}" has no ${CURSOR} parameter (${withoutQuery(next)})`);
    }
    return { items, next, response };
  }

  return {
    request: <T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): APIPromise<T> => apiPromise(start(op, input, options) as Promise<WithResponse<T>>),
    paginate: <T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): PageIterator<T> =>
      // Each next page is the first request plus the cursor from `next` (as openai-node pages): it goes to the base URL,
      // path prefix and all, whatever host `next` names, so the key never leaves the base URL (a proxy may pass Recall's own URL through).
      new PageIterator<T>(async (next) =>
        toPage<T>(op, await start(op, next === undefined ? input : { ...input, query: { ...input.query, [CURSOR]: cursorOf(next) } }, options)),
        // toPage refused every `next` without a cursor.
        (next) => cursorOf(next)!,
      ),
  };
}
