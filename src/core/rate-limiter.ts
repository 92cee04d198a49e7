// Client-side rate limiting, in memory: per key, a call holds its slot from its start until its response has come
// back, and for one window after that; waiters are served FIFO. The store interface lets Redis share the budget.

import { APIUserAbortError } from "./errors.js";
import type { RateLimitPermit, RateLimitStore } from "./rate-limit-store.js";

interface Waiter {
  resolve(permit: RateLimitPermit): void;
  signal: AbortSignal | undefined;
  onAbort(): void;
}

/**
 * Never lets a call start while `limit` others are in flight or came back less than `windowMs` ago; calls over the
 * limit wait their turn. A server counts a request when it *arrives*, which is between its start and its response:
 * counting from the response means the next call can never arrive inside the server's window, whatever the latency.
 */
export class SlidingWindowLimiter {
  #inFlight = 0;
  /** When the last calls came back (performance.now()), oldest first; pruned once out of the window. */
  readonly #returned: number[] = [];
  readonly #waiters: Waiter[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly limit: number, readonly windowMs: number) {}

  /** A permit when the call may start now; otherwise a promise of one at its turn, rejecting on abort. */
  acquire(signal?: AbortSignal): RateLimitPermit | Promise<RateLimitPermit> {
    if (this.#waiters.length === 0 && this.#take()) return this.#permit();
    return new Promise<RateLimitPermit>((resolve, reject) => {
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

  /** Calls started and not yet released. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Nothing waits, nothing is in flight and nothing came back within the window: a fresh limiter would behave the same. */
  idle(now: number): boolean {
    const newest = this.#returned.at(-1);
    return this.#waiters.length === 0 && this.#inFlight === 0 && (newest === undefined || now - newest >= this.windowMs);
  }

  #take(): boolean {
    if (this.#inFlight + this.#returned.length >= this.limit) {
      this.#prune(performance.now());
      if (this.#inFlight + this.#returned.length >= this.limit) return false;
    }
    this.#inFlight++;
    return true;
  }

  /** Strictly: a slot is free again once a whole window has passed since its call came back. */
  #prune(now: number): void {
    let gone = 0;
    while (gone < this.#returned.length && now - this.#returned[gone]! >= this.windowMs) gone++;
    if (gone > 0) this.#returned.splice(0, gone);
  }

  #permit(): RateLimitPermit {
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const now = performance.now();
        this.#inFlight--;
        this.#returned.push(now);
        this.#prune(now);
        if (this.#waiters.length > 0) this.#schedule();
      },
    };
  }

  /** Wakes the head waiter when the oldest slot it needs leaves the window; with every slot in flight, a release calls this again. */
  #schedule(): void {
    if (this.#timer !== undefined) return;
    // Slots that must leave the window before the head waiter fits (only returned ones ever leave).
    const needed = this.#inFlight + this.#returned.length - this.limit + 1;
    if (needed > this.#returned.length) return;
    const at = needed <= 0 ? performance.now() : this.#returned[needed - 1]! + this.windowMs;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      while (this.#waiters.length > 0 && this.#take()) {
        const waiter = this.#waiters.shift()!;
        waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.resolve(this.#permit());
      }
      if (this.#waiters.length > 0) this.#schedule();
    }, at - performance.now());
  }
}

const SWEEP_EVERY_MS = 60_000;

/** The default store: one limiter per key in this process, shared by every client in it. */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #limiters = new Map<string, SlidingWindowLimiter>();
  #sweptAt = Number.NEGATIVE_INFINITY;

  acquire(key: string, limit: number, windowMs: number, signal?: AbortSignal): RateLimitPermit | Promise<RateLimitPermit> {
    return this.limiter(key, limit, windowMs).acquire(signal);
  }

  /** The limiter for `key`, made on first use. */
  limiter(key: string, limit: number, windowMs: number): SlidingWindowLimiter {
    let limiter = this.#limiters.get(key);
    if (!limiter) {
      // A process serving many keys would otherwise keep a limiter per key forever; idle ones carry nothing worth keeping.
      const now = performance.now();
      if (now - this.#sweptAt >= SWEEP_EVERY_MS) {
        this.#sweptAt = now;
        for (const [other, old] of this.#limiters) if (old.idle(now)) this.#limiters.delete(other);
      }
      this.#limiters.set(key, (limiter = new SlidingWindowLimiter(limit, windowMs)));
    }
    return limiter;
  }

  /** How many limiters the store holds. */
  get size(): number {
    return this.#limiters.size;
  }
}

// Shared by every client in the process, so two clients with one API key share Recall's per-workspace budget.
export const sharedMemoryStore = new MemoryRateLimitStore();

/** SHA-256 of the API key and origin, hex: the limiter key's scope (the API key itself is never stored). */
export async function limiterScope(apiKey: string, origin: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${origin}\n${apiKey}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
