// Client-side rate limiting, in memory: per key, a call holds its slot from its start until its response has come
// back, and for one window after that; waiters are served FIFO. The store interface lets Redis share the budget.

import { APIUserAbortError } from "./errors.js";
import type { RateLimitPermit, RateLimitStore } from "./rate-limit-store.js";

interface Waiter {
  resolve(permit: RateLimitPermit): void;
  signal: AbortSignal | undefined;
  onAbort(): void;
}

/** One key's budget in memory (closures rather than a class: local names minify, `#private` ones do not). */
export interface SlidingWindowLimiter {
  /** A permit when the call may start now; otherwise a promise of one at its turn, rejecting on abort. */
  acquire(signal?: AbortSignal): RateLimitPermit | Promise<RateLimitPermit>;
  /** Grants nothing for `ms` milliseconds from now (the server's Retry-After); a shorter pause than one in force does nothing. */
  pause(ms: number): void;
  /** Calls waiting for a slot. */
  readonly pending: number;
  /** Calls started and not yet released. */
  readonly inFlight: number;
  /** Nothing waits, nothing is in flight and nothing came back within the window: a fresh limiter would behave the same. */
  idle(now: number): boolean;
}

/**
 * Never lets a call start while `limit` others are in flight or came back less than `windowMs` ago; calls over the
 * limit wait their turn. A server counts a request when it *arrives*, which is between its start and its response:
 * counting from the response means the next call can never arrive inside the server's window, whatever the latency.
 */
export function slidingWindowLimiter(limit: number, windowMs: number): SlidingWindowLimiter {
  let inFlight = 0;
  /** When the last calls came back (performance.now()), oldest first; pruned once out of the window. */
  const returned: number[] = [];
  const waiters: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Nothing is granted before this (performance.now()): a 429's Retry-After. */
  let pausedUntil = 0;

  /** Strictly: a slot is free again once a whole window has passed since its call came back. */
  const prune = (now: number): void => {
    let gone = 0;
    while (gone < returned.length && now - returned[gone]! >= windowMs) gone++;
    if (gone > 0) returned.splice(0, gone);
  };

  const take = (): boolean => {
    if (pausedUntil > 0 && performance.now() < pausedUntil) return false;
    if (inFlight + returned.length >= limit) {
      prune(performance.now());
      if (inFlight + returned.length >= limit) return false;
    }
    inFlight++;
    return true;
  };

  const permit = (): RateLimitPermit => {
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        const now = performance.now();
        inFlight--;
        returned.push(now);
        prune(now);
        if (waiters.length > 0) schedule();
      },
    };
  };

  /** Wakes the head waiter when the oldest slot it needs leaves the window; with every slot in flight, a release calls this again. */
  const schedule = (): void => {
    if (timer !== undefined) return;
    // Slots that must leave the window before the head waiter fits (only returned ones ever leave).
    const needed = inFlight + returned.length - limit + 1;
    if (needed > returned.length) return;
    const at = Math.max(pausedUntil, needed <= 0 ? performance.now() : returned[needed - 1]! + windowMs);
    timer = setTimeout(() => {
      timer = undefined;
      while (waiters.length > 0 && take()) {
        const waiter = waiters.shift()!;
        waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.resolve(permit());
      }
      if (waiters.length > 0) schedule();
    }, at - performance.now());
  };

  return {
    acquire(signal) {
      if (waiters.length === 0 && take()) return permit();
      return new Promise<RateLimitPermit>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          signal,
          onAbort: () => {
            waiters.splice(waiters.indexOf(waiter), 1);
            if (waiters.length === 0) timer = void clearTimeout(timer);
            reject(new APIUserAbortError("Request was aborted while waiting for the rate limiter."));
          },
        };
        waiters.push(waiter);
        if (signal?.aborted) return waiter.onAbort();
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        schedule();
      });
    },
    pause(ms) {
      const until = performance.now() + ms;
      if (until <= pausedUntil) return;
      pausedUntil = until;
      // The head waiter's timer may be due sooner: set again from the pause.
      if (timer !== undefined) timer = void clearTimeout(timer);
      if (waiters.length > 0) schedule();
    },
    get pending() {
      return waiters.length;
    },
    get inFlight() {
      return inFlight;
    },
    idle: (now) => waiters.length === 0 && inFlight === 0 && now >= pausedUntil && (returned.length === 0 || now - returned.at(-1)! >= windowMs),
  };
}

const SWEEP_EVERY_MS = 60_000;

/** The default store: one limiter per key in this process, shared by every client in it. */
export interface MemoryRateLimitStore extends RateLimitStore {
  /** The limiter for `key`, made on first use. */
  limiter(key: string, limit: number, windowMs: number): SlidingWindowLimiter;
  /** How many limiters the store holds. */
  readonly size: number;
}

export function memoryRateLimitStore(): MemoryRateLimitStore {
  const limiters = new Map<string, SlidingWindowLimiter>();
  let sweptAt = Number.NEGATIVE_INFINITY;
  const limiter = (key: string, limit: number, windowMs: number): SlidingWindowLimiter => {
    let found = limiters.get(key);
    if (!found) {
      // A process serving many keys would otherwise keep a limiter per key forever; idle ones carry nothing worth keeping.
      const now = performance.now();
      if (now - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = now;
        for (const [other, old] of limiters) if (old.idle(now)) limiters.delete(other);
      }
      limiters.set(key, (found = slidingWindowLimiter(limit, windowMs)));
    }
    return found;
  };
  return {
    acquire: (key, limit, windowMs, signal) => limiter(key, limit, windowMs).acquire(signal),
    // A key never acquired has no limiter and nothing to pause: its first caller was not the one refused.
    pause: (key, ms) => limiters.get(key)?.pause(ms),
    limiter,
    get size() {
      return limiters.size;
    },
  };
}

// Shared by every client in the process, so two clients with one API key share Recall's per-workspace budget.
export const sharedMemoryStore = memoryRateLimitStore();

/** SHA-256 of the API key and origin, hex: the limiter key's scope (the API key itself is never stored). */
export async function limiterScope(apiKey: string, origin: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${origin}\n${apiKey}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
