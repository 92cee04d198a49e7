// Client-side rate limiting: a sliding log of start times per (API key, origin, operation), waiters served FIFO.

import { APIUserAbortError } from "./errors.js";
import type { RateLimit } from "./operation.js";

interface Waiter {
  resolve(): void;
  signal: AbortSignal | undefined;
  onAbort(): void;
}

/** Never starts more than `limit` calls in any window of `windowMs`; calls over the limit wait their turn. */
export class SlidingWindowLimiter {
  /** Start times of the last `limit` calls, oldest first. */
  readonly #starts: number[] = [];
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly limit: number, readonly windowMs: number) {}

  /** Undefined when the call may start now; otherwise a promise that resolves at its turn or rejects on abort. */
  acquire(signal?: AbortSignal): Promise<void> | undefined {
    if (this.#waiters.length === 0 && this.#take()) return undefined;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        signal,
        onAbort: () => {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          if (this.#waiters.length === 0) this.#timer = void clearTimeout(this.#timer);
          reject(new APIUserAbortError("Request was aborted while waiting for the rate limiter."));
        },
      };
      this.#waiters.push(waiter);
      if (signal?.aborted) return waiter.onAbort();
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#schedule();
    });
  }

  /** Calls waiting for a slot. */
  get pending(): number {
    return this.#waiters.length;
  }

  /** Nothing waits and no start is within the window: a fresh limiter would behave the same. */
  idle(now: number): boolean {
    const newest = this.#starts.at(-1);
    return this.#waiters.length === 0 && (newest === undefined || now - newest >= this.windowMs);
  }

  #take(): boolean {
    const now = performance.now();
    // Strictly: the new start and the oldest of the last `limit` starts never share a window.
    if (this.#starts.length === this.limit) {
      if (now - this.#starts[0]! < this.windowMs) return false;
      this.#starts.shift();
    }
    this.#starts.push(now);
    return true;
  }

  #schedule(): void {
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      while (this.#waiters.length > 0 && this.#take()) {
        const waiter = this.#waiters.shift()!;
        waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.resolve();
      }
      if (this.#waiters.length > 0) this.#schedule();
    }, this.#starts[0]! + this.windowMs - performance.now());
  }
}

// Shared by every client in the process, so two clients with one API key share Recall's per-workspace budget.
const registry = new Map<string, SlidingWindowLimiter>();
const SWEEP_EVERY_MS = 60_000;
let sweptAt = Number.NEGATIVE_INFINITY;

/** The limiter for one operation under one scope (a hash of API key and origin: the key itself is never stored). */
export function sharedLimiter(scope: string, operationId: string, rateLimit: RateLimit): SlidingWindowLimiter {
  const id = `${scope}|${operationId}`;
  let limiter = registry.get(id);
  if (!limiter) {
    // A process serving many keys would otherwise keep a limiter per key forever; idle ones carry nothing worth keeping.
    const now = performance.now();
    if (now - sweptAt >= SWEEP_EVERY_MS) {
      sweptAt = now;
      for (const [other, old] of registry) if (old.idle(now)) registry.delete(other);
    }
    registry.set(id, (limiter = new SlidingWindowLimiter(rateLimit.limit, rateLimit.per * 1000)));
  }
  return limiter;
}

/** How many limiters the registry holds (for tests). */
export const sharedLimiterCount = (): number => registry.size;

/** SHA-256 of the API key and origin, hex: the registry's scope. */
export async function limiterScope(apiKey: string, origin: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${origin}\n${apiKey}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
