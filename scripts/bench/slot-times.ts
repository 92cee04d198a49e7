// The limiter's own lateness, apart from the server's latency: a store wrapper records when each slot was granted and
// released (ms since the epoch, so the processes of one machine compare), and `slack` says how long after the earliest
// moment the limit allowed each waiting call was let through.
import type { RateLimitPermit, RateLimitStore } from "../../src/core/rate-limit-store.js";
import { median } from "./stats.js";

export interface SlotTimes {
  granted: number[];
  released: number[];
}

const now = (): number => performance.timeOrigin + performance.now();

export function timedStore(inner: RateLimitStore, times: SlotTimes): RateLimitStore {
  const timed = (permit: RateLimitPermit): RateLimitPermit => {
    times.granted.push(now());
    return {
      release() {
        times.released.push(now());
        permit.release();
      },
    };
  };
  return {
    acquire(key, limit, windowMs, signal) {
      const turn = inner.acquire(key, limit, windowMs, signal);
      return turn instanceof Promise ? turn.then(timed) : timed(turn);
    },
  };
}

/**
 * The store asked for `windowMs` whatever window the spec gives: the bench scales Recall's minute down to seconds
 * through the public `rateLimit.store` option, so the shipped core needs no seam for it.
 */
export function scaledWindow(inner: RateLimitStore, windowMs: number): RateLimitStore {
  return { acquire: (key, limit, _specWindowMs, signal) => inner.acquire(key, limit, windowMs, signal) };
}

/**
 * With every call asked for at once, grant j (j >= limit, in time order) may happen once j - limit + 1 slots have been
 * back for a window: at the (j - limit)-th release plus the window. Slack is how much later it happened.
 */
export function slack(times: SlotTimes, limit: number, windowMs: number): { median: number; max: number } {
  const granted = [...times.granted].sort((a, b) => a - b);
  const released = [...times.released].sort((a, b) => a - b);
  const late = granted.slice(limit).map((at, i) => at - (released[i]! + windowMs));
  return late.length === 0 ? { median: 0, max: 0 } : { median: median(late), max: Math.max(...late) };
}
