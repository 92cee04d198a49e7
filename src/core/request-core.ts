// The request core: validation, auth, rate limiting, timeouts, retries and errors, once for every operation.

import createClient from "openapi-fetch";
import { type APIPromise, type WithResponse, apiPromise } from "./api-promise.js";
import { checkBaseUrl } from "./base-url.js";
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  APITimeoutError,
  APIUserAbortError,
  RateLimitError,
  RecallError,
  RecallValidationError,
  makeAPIError,
} from "./errors.js";
import type { OperationInfo } from "./operation.js";
import { type Page, PageIterator } from "./paginate.js";
import { type Clock, type SlidingWindowLimiter, limiterScope, sharedLimiter } from "./rate-limiter.js";
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from "./retry.js";
import type { CoreOptions, RequestCore, RequestInput, RequestOptions } from "./types.js";
import { type CompiledOperation, buildUrl, checkBody, compile } from "./url.js";

/** Test seams: waiting, randomness and the limiter's clock. Not part of the public options. */
export interface CoreInternals {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  clock?: Clock;
}

interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
interface RawInit {
  baseUrl: string | undefined;
  body: unknown;
  headers: Record<string, string> | undefined;
  /** Not a fetch option: openapi-fetch copies unknown init keys onto the Request, and our fetch hands it on. */
  recallSignal: AbortSignal;
  parseAs: "text";
}
type SignalCarrier = Request & { recallSignal?: AbortSignal };
// We build the URL ourselves (see url.ts), so openapi-fetch's path-typed signature does not apply: one cast here.
type RawRequest = (method: string, url: string, init: RawInit) => Promise<RawResult>;

/** Builds the core the generated resources call; throws RecallValidationError on bad options. */
export function createCore(options: CoreOptions, internals: CoreInternals = {}): RequestCore {
  const { apiKey, logger } = options;
  if (typeof apiKey !== "string" || apiKey.trim() === "") throw new RecallValidationError("apiKey", "required (a non-empty string)");
  const baseUrl = checkBaseUrl(options.baseUrl);
  const origin = new URL(baseUrl).origin;
  const defaultRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const defaultTimeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const rateLimited = options.rateLimit !== false;
  const wait = internals.sleep ?? sleep;
  const random = internals.random ?? Math.random;
  const baseFetch = options.fetch ?? globalThis.fetch;
  // The signal reaches fetch once, as init, instead of being bound into openapi-fetch's Request and copied again by fetch.
  const fetch = (request: SignalCarrier) => baseFetch(request, { signal: request.recallSignal });
  const client = createClient({ baseUrl, fetch, headers: { Authorization: `Token ${apiKey}` } });
  const raw = client.request as unknown as RawRequest;

  // The key stays in this closure; the shared registry only ever sees its SHA-256 with the origin.
  const limiters = new Map<OperationInfo, SlidingWindowLimiter | null>();
  let scope: Promise<string> | undefined;
  async function limiterFor(op: OperationInfo): Promise<SlidingWindowLimiter | null> {
    const limiter = op.rateLimit === undefined ? null : sharedLimiter(await (scope ??= limiterScope(apiKey, origin)), op.operationId, op.rateLimit, internals.clock);
    limiters.set(op, limiter);
    return limiter;
  }

  /** One logical call: waits for the limiter, attempts, and retries with backoff until success or a final error. */
  async function execute(c: CompiledOperation, url: string, base: string | undefined, body: unknown, options: RequestOptions | undefined): Promise<WithResponse<unknown>> {
    const signal = options?.signal;
    const maxRetries = options?.maxRetries ?? defaultRetries;
    const timeout = options?.timeout ?? defaultTimeout;
    const { op } = c;
    // One key per logical call, so every retry of it is the same operation to Recall.
    const headers = op.idempotent ? { "Idempotency-Key": options?.idempotencyKey ?? crypto.randomUUID() } : undefined;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (rateLimited) {
        const limiter = limiters.get(op) ?? (await limiterFor(op));
        const turn = limiter?.acquire(signal);
        if (turn !== undefined) {
          logger?.debug?.(`${op.operationId} waits for the client-side rate limit (${limiter!.pending} queued)`, { operationId: op.operationId, queued: limiter!.pending });
          await turn;
        }
      }
      const timer = new AbortController();
      const handle = setTimeout(() => timer.abort(), timeout);
      let error: RecallError;
      try {
        const init: RawInit = { baseUrl: base, body, headers, recallSignal: signal ? AbortSignal.any([signal, timer.signal]) : timer.signal, parseAs: "text" };
        const result = await raw(c.method, url, init);
        clearTimeout(handle);
        const { response } = result;
        const { status } = response;
        // Success is the status, never openapi-fetch's `error`: an empty error body comes back as `error: undefined`.
        if (status >= 200 && status < 300) {
          logger?.debug?.(`${c.method} ${op.operationId} ${status}`, { operationId: op.operationId, status, retry });
          return { data: parseJson(result.data as string | undefined, response), response };
        }
        const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
        const errorBody = result.error === "" ? undefined : result.error;
        error = makeAPIError(status, response.headers, errorBody, retryAfter === undefined ? undefined : retryAfter / 1000);
      } catch (cause) {
        clearTimeout(handle);
        if (cause instanceof RecallError) throw cause;
        if (signal?.aborted) throw new APIUserAbortError();
        error = timer.signal.aborted
          ? new APITimeoutError(`Request timed out after ${timeout} ms.`)
          : new APIConnectionError(`Connection error: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
      }
      const delay = retry < maxRetries ? retryDelayFor(op, error, retry + 1) : undefined;
      if (delay === undefined) throw error;
      // A 429 despite our limiter means someone else spends the same workspace's budget: worth a warning.
      logger?.[error instanceof RateLimitError ? "warn" : "info"]?.(`retrying ${op.operationId} in ${Math.round(delay)} ms (${error.name}${error instanceof APIError ? ` ${error.status}` : ""}, retry ${retry + 1} of ${maxRetries})`, {
        operationId: op.operationId, status: error instanceof APIError ? error.status : undefined, retry: retry + 1, delayMs: Math.round(delay),
      });
      await wait(delay, signal);
    }
  }

  /** Milliseconds to wait before retry number `retry`, or undefined when `error` is final. */
  function retryDelayFor(op: OperationInfo, error: RecallError, retry: number): number | undefined {
    // A POST without an Idempotency-Key might have acted before failing: only a 429 (refused up front) retries it.
    const replayable = op.idempotent || op.method !== "post";
    if (error instanceof APIError) {
      if (!isRetryableStatus(error.status) || !(replayable || error.status === 429)) return undefined;
      return retryDelay(retry, parseRetryAfter(error.headers.get("retry-after")), error.status, random);
    }
    return error instanceof APIConnectionError && replayable ? retryDelay(retry, undefined, undefined, random) : undefined;
  }

  /** Validates synchronously, so bad input is refused before anything is queued or sent. */
  function start(op: OperationInfo, input: RequestInput, options: RequestOptions | undefined): Promise<WithResponse<unknown>> {
    try {
      const c = compile(op);
      const url = buildUrl(c, input.path, input.query);
      const body = c.sendsBody ? input.body : undefined;
      if (c.sendsBody) checkBody(c, body);
      return execute(c, url, undefined, body, options);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  function parseJson(text: string | undefined, response: Response): unknown {
    if (text === undefined || text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new APIResponseParseError(response.status, response.headers, text, `${response.status} response is not valid JSON: ${text.slice(0, 100)}`);
    }
  }

  function toPage<T>(c: CompiledOperation, result: WithResponse<unknown>): Page<T> {
    const { items: itemsKey, next: nextKey } = c.op.pagination!;
    const data = result.data as Record<string, unknown> | null | undefined;
    const items = data?.[itemsKey];
    const next = data?.[nextKey] ?? null;
    if (!Array.isArray(items) || (next !== null && typeof next !== "string")) {
      const { response } = result;
      throw new APIResponseParseError(response.status, response.headers, data, `${response.status} response is not a page: expected "${itemsKey}" array and "${nextKey}" string or null`);
    }
    return { items: items as T[], next, response: result.response };
  }

  return {
    request<T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): APIPromise<T> {
      return apiPromise(start(op, input, options) as Promise<WithResponse<T>>);
    },
    paginate<T>(op: OperationInfo, input: RequestInput, options?: RequestOptions): PageIterator<T> {
      const c = compile(op);
      if (c.op.pagination === undefined) throw new RecallValidationError(op.operationId, "operation is not paginated");
      return new PageIterator<T>(async (next) => {
        if (next === undefined) return toPage<T>(c, await start(op, input, options));
        // The key only ever goes to our own origin: a `next` elsewhere is refused, not followed.
        const url = URL.canParse(next, baseUrl) ? new URL(next, baseUrl) : undefined;
        if (url?.origin !== origin) {
          throw new RecallError(`Refusing to follow a next-page URL outside ${origin}: ${url?.origin ?? JSON.stringify(next)}.`);
        }
        return toPage<T>(c, await execute(c, url.pathname + url.search, origin, undefined, options));
      });
    },
  };
}
