// When to retry, and how long to wait: Recall's advice (docs.recall.ai/docs/agent-quickstarts and /reference/errors).

import { APIUserAbortError } from "./errors.js";

/** Recall advises up to 6 attempts: the first plus 5 retries. */
export const DEFAULT_MAX_RETRIES = 5;
/** Per attempt, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Longest `Retry-After` a retry waits; a bigger one is clamped to this (RateLimitError.retryAfter keeps what was sent). */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Exponential backoff: 1 s, 2 s, 4 s, 8 s, then 16 s, each less up to 25% jitter. */
const BASE_DELAY_MS = 1_000;
const MAX_BACKOFF_MS = 16_000;

/** 409 (conflict, or an Idempotency-Key in flight), 429 and the gateway family; never 400/401/403/404/405. */
export function isRetryableStatus(status: number): boolean {
  return status === 409 || status === 429 || status === 502 || status === 503 || status === 504;
}

/**
 * `Retry-After` as milliseconds, as the server asked (a date in the past is 0); undefined when absent or unreadable.
 * Accepts delta-seconds (`"30"`, `"1.5"`) and an HTTP date (RFC 9110 section 10.2.3).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  const text = value?.trim() ?? "";
  // Every HTTP-date form starts with a day name; V8's Date.parse alone accepts far too much ("2024", "x 1").
  const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : /^(mon|tue|wed|thu|fri|sat|sun)/i.test(text) ? Date.parse(text) - nowMs : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Delay before retry number `retry` (1-based). A server-given `Retry-After` wins (at most MAX_RETRY_AFTER_MS), plus
 * Recall's advised 1 to 5 s of jitter on 429 so a crowd of clients does not return in step; otherwise exponential backoff.
 */
export function retryDelay(retry: number, retryAfterMs: number | undefined, status: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(MAX_RETRY_AFTER_MS, retryAfterMs) + (status === 429 ? 1_000 + random() * 4_000 : random() * 1_000);
  const backoff = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (retry - 1));
  return backoff * (1 - random() * 0.25);
}

/** Resolves after `ms`; rejects with APIUserAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
