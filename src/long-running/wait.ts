// waitUntilDone: polls an object's `status.code` until it is `done`. Each poll is an ordinary retrieve call, so it
// waits its turn in the client's rate limiter and retries like any call; between polls the interval grows.

import { RecallValidationError } from "../core/errors.js";
import { sleep } from "../core/retry.js";
import type { RequestOptions } from "../core/types.js";
import { WaitFailedError, WaitTimeoutError } from "./errors.js";

export interface WaitOptions {
  /** Milliseconds before the second poll (default 2 000); each later wait is 1.5 times longer, up to 30 s. */
  interval?: number;
  /** Milliseconds to wait in all before WaitTimeoutError (default 3 600 000, an hour; `Infinity` for no limit). */
  timeout?: number;
  /** Stops waiting (APIUserAbortError), also in the middle of a poll. */
  signal?: AbortSignal;
}

/** What a pollable object has: the spec's `status: { code, sub_code }`. */
export interface WithStatus {
  readonly id?: string;
  readonly status: { readonly code: string; readonly sub_code?: string | null };
}

const DEFAULT_INTERVAL_MS = 2_000;
const MAX_INTERVAL_MS = 30_000;
const GROWTH = 1.5;
const DEFAULT_TIMEOUT_MS = 60 * 60 * 1000;
/** setTimeout's longest delay; a longer one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Retrieves until `status.code` is `done` and resolves with the object; throws WaitFailedError on `failed` or
 * `deleted`, WaitTimeoutError after `timeout`. Other codes (`processing`, a recording's `paused`) keep it waiting.
 */
export async function pollUntilDone<T extends WithStatus>(id: string, retrieve: (options: RequestOptions) => PromiseLike<T>, options: WaitOptions = {}): Promise<T> {
  const { interval = DEFAULT_INTERVAL_MS, timeout = DEFAULT_TIMEOUT_MS, signal } = options;
  if (!Number.isFinite(interval) || interval <= 0 || interval > MAX_TIMER_MS) throw new RecallValidationError("interval", `must be a positive number of milliseconds up to ${MAX_TIMER_MS}`);
  if (Number.isNaN(timeout) || timeout <= 0) throw new RecallValidationError("timeout", "must be a positive number of milliseconds, or Infinity");
  const deadline = performance.now() + timeout;
  for (let wait = interval; ; wait = Math.min(MAX_INTERVAL_MS, wait * GROWTH)) {
    const object = await retrieve({ signal });
    const { code, sub_code: subCode } = object.status;
    if (code === "done") return object;
    if (code === "failed" || code === "deleted") throw new WaitFailedError(code, object, id, subCode);
    const left = deadline - performance.now();
    if (left <= 0) throw new WaitTimeoutError(object, id, timeout, code);
    await sleep(Math.min(wait, left), signal);
  }
}
