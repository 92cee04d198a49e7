// Client-side rate limiting: a sliding log of start times per (API key, origin, operation), waiters served FIFO.

import { APIUserAbortError } from "./errors.js";
import type { RateLimit } from "./operation.js";

/** Time source and timers, injectable so tests can drive the window without waiting. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Waiter {
  resolve(): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** Never starts more than `limit` calls in any window of `windowMs`; calls over the limit wait their turn. */
export class SlidingWindowLimiter {
  // Ring buffer of the last `limit` start times; #head is the oldest once the ring is full.
  readonly #starts: Float64Array;
  #count = 0;
  #head = 0;
  readonly #waiters: Waiter[] = [];
  #timer: unknown = undefined;

  constructor(readonly limit: number, readonly windowMs: number, readonly clock: Clock = systemClock) {
    this.#starts = new Float64Array(limit);
  }

  /** Undefined when the call may start now; otherwise a promise that resolves at its turn or rejects on abort. */
  acquire(signal?: AbortSignal): Promise<void> | undefined {
    if (this.#waiters.length === 0 && this.#tryTake()) return undefined;
    if (signal?.aborted) return Promise.reject(new APIUserAbortError());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        signal,
        onAbort: () => {
          const i = this.#waiters.indexOf(waiter);
          if (i !== -1) this.#waiters.splice(i, 1);
          if (this.#waiters.length === 0) this.#cancelTimer();
          reject(new APIUserAbortError("Request was aborted while waiting for the rate limiter."));
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#waiters.push(waiter);
      this.#schedule();
    });
  }

  /** Calls waiting for a slot. */
  get pending(): number {
    return this.#waiters.length;
  }

  #tryTake(): boolean {
    const now = this.clock.now();
    if (this.#count < this.limit) {
      this.#starts[(this.#head + this.#count++) % this.limit] = now;
      return true;
    }
    // Strictly: the new start and the oldest of the last `limit` starts never share a window.
    if (now - this.#starts[this.#head]! < this.windowMs) return false;
    this.#starts[this.#head] = now;
    this.#head = (this.#head + 1) % this.limit;
    return true;
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    const wait = Math.max(0, this.#starts[this.#head]! + this.windowMs - this.clock.now());
    this.#timer = this.clock.setTimeout(() => this.#drain(), wait);
  }

  #drain(): void {
    this.#timer = undefined;
    while (this.#waiters.length > 0 && this.#tryTake()) {
      const waiter = this.#waiters.shift()!;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve();
    }
    if (this.#waiters.length > 0) this.#schedule();
  }

  #cancelTimer(): void {
    if (this.#timer === undefined) return;
    this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

// Shared by every client in the process, so two clients with one API key share Recall's per-workspace budget.
const registry = new Map<string, SlidingWindowLimiter>();

/** The limiter for one operation under one scope (a hash of API key and origin: the key itself is never stored). */
export function sharedLimiter(scope: string, operationId: string, rateLimit: RateLimit, clock?: Clock): SlidingWindowLimiter {
  const id = `${scope}|${operationId}`;
  let limiter = registry.get(id);
  if (limiter === undefined) {
    limiter = new SlidingWindowLimiter(rateLimit.limit, rateLimit.per * 1000, clock);
    registry.set(id, limiter);
  }
  return limiter;
}

/** SHA-256 of the API key and origin, hex: the registry's scope. */
export async function limiterScope(apiKey: string, origin: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${origin}\n${apiKey}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}
