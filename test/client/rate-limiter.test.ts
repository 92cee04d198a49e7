import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError } from "../../src/core/errors.js";
import { SlidingWindowLimiter, limiterScope, sharedLimiter, sharedLimiterCount } from "../../src/core/rate-limiter.js";

const WINDOW = 60_000;

describe("SlidingWindowLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Starts `calls` acquisitions at the given offsets (ms) and records when each was let through. */
  async function run(limiter: SlidingWindowLimiter, offsets: number[]): Promise<number[]> {
    const origin = performance.now();
    const started: number[] = [];
    const all: Promise<void>[] = [];
    let elapsed = 0;
    for (const offset of offsets) {
      await vi.advanceTimersByTimeAsync(offset - elapsed);
      elapsed = offset;
      all.push(Promise.resolve(limiter.acquire()).then(() => void started.push(performance.now() - origin)));
    }
    await vi.advanceTimersByTimeAsync(10 * WINDOW);
    await Promise.all(all);
    return started;
  }

  function maxInAnyWindow(starts: number[]): number {
    let most = 0;
    for (const a of starts) most = Math.max(most, starts.filter((s) => s >= a && s < a + WINDOW).length);
    return most;
  }

  it("lets the first `limit` calls through at once and queues the rest until the window slides", async () => {
    const starts = await run(new SlidingWindowLimiter(3, WINDOW), [0, 0, 0, 0, 0, 10_000]);
    expect(starts).toEqual([0, 0, 0, WINDOW, WINDOW, WINDOW]);
  });

  it("slides: each queued call starts one window after the start it replaces, not at a fixed boundary", async () => {
    const starts = await run(new SlidingWindowLimiter(3, WINDOW), [0, 5_000, 10_000, 10_000, 10_000]);
    expect(starts).toEqual([0, 5_000, 10_000, WINDOW, WINDOW + 5_000]);
  });

  it("serves waiters first in, first out", async () => {
    const limiter = new SlidingWindowLimiter(1, WINDOW);
    const order: string[] = [];
    limiter.acquire();
    const waits = ["a", "b", "c"].map((name) => limiter.acquire()!.then(() => void order.push(name)));
    await vi.advanceTimersByTimeAsync(3 * WINDOW);
    await Promise.all(waits);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("never starts more than the limit in any sliding window, whatever the arrival pattern", async () => {
    const offsets = Array.from({ length: 200 }, (_, i) => Math.floor(i * i * 37) % 150_000).sort((a, b) => a - b);
    const starts = await run(new SlidingWindowLimiter(60, WINDOW), offsets);
    expect(starts).toHaveLength(200);
    expect(maxInAnyWindow(starts)).toBe(60);
  });

  it("releases a waiting call when its signal aborts, and the queue moves on without it", async () => {
    const limiter = new SlidingWindowLimiter(1, WINDOW);
    limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal)!;
    const next = limiter.acquire()!;
    let nextStarted = false;
    void next.then(() => (nextStarted = true));
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(APIUserAbortError);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(WINDOW - 1_001);
    expect(nextStarted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(nextStarted).toBe(true);
  });

  it("rejects at once when the signal is already aborted and no slot is free", async () => {
    const limiter = new SlidingWindowLimiter(1, WINDOW);
    limiter.acquire();
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(limiter.pending).toBe(0);
    const queued = limiter.acquire();
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(WINDOW);
    await expect(queued).resolves.toBeUndefined();
  });
});

describe("sharedLimiter", () => {
  it("is one limiter per scope and operation", async () => {
    const rate = { limit: 2, per: 60, scope: "workspace" };
    const a = await limiterScope("key-a", "https://us-west-2.recall.ai");
    const b = await limiterScope("key-b", "https://us-west-2.recall.ai");
    expect(sharedLimiter(a, "op", rate)).toBe(sharedLimiter(a, "op", rate));
    expect(sharedLimiter(a, "op", rate)).not.toBe(sharedLimiter(b, "op", rate));
    expect(sharedLimiter(a, "op", rate)).not.toBe(sharedLimiter(a, "other", rate));
  });

  it("forgets limiters that have gone idle when it makes a new one, and keeps busy ones", async () => {
    vi.useFakeTimers();
    try {
      const rate = { limit: 2, per: 60, scope: "workspace" };
      // Whatever earlier tests left is idle after ten minutes: the first new limiter sweeps it all away.
      await vi.advanceTimersByTimeAsync(10 * WINDOW);
      const idle = sharedLimiter("sweep-idle", "op", rate);
      idle.acquire();
      expect(sharedLimiterCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(WINDOW);
      const busy = sharedLimiter("sweep-busy", "op", rate);
      busy.acquire();
      busy.acquire();
      const waiting = busy.acquire();
      expect(sharedLimiterCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(WINDOW / 2);
      sharedLimiter("sweep-new", "op", rate);
      expect(sharedLimiterCount()).toBe(2);
      await vi.advanceTimersByTimeAsync(WINDOW);
      sharedLimiter("sweep-newer", "op", rate);
      expect(sharedLimiter("sweep-busy", "op", rate)).toBe(busy);
      await waiting;
      expect(sharedLimiter("sweep-idle", "op", rate)).not.toBe(idle);
    } finally {
      vi.useRealTimers();
    }
  });

  it("scopes by a hash that does not contain the key", async () => {
    const scope = await limiterScope("SECRETSECRET", "https://us-west-2.recall.ai");
    expect(scope).toMatch(/^[0-9a-f]{64}$/);
    expect(await limiterScope("SECRETSECRET", "https://eu-central-1.recall.ai")).not.toBe(scope);
  });
});
