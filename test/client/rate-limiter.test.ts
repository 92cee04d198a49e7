import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError } from "../../src/core/errors.js";
import type { RateLimitPermit } from "../../src/core/rate-limit-store.js";
import { type SlidingWindowLimiter, limiterScope, memoryRateLimitStore, slidingWindowLimiter } from "../../src/core/rate-limiter.js";

const WINDOW = 60_000;

/** A permit, whether the limiter gave it at once or at the caller's turn. */
const permitOf = async (turn: RateLimitPermit | Promise<RateLimitPermit>): Promise<RateLimitPermit> => turn;

interface Call {
  /** When the call asks for a slot (ms from the start). */
  at: number;
  /** How long its response takes to come back once it starts. */
  latency?: number;
}

describe("slidingWindowLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs the calls and records when each started and when it released its slot (ms from the start). */
  async function run(limiter: SlidingWindowLimiter, calls: Call[]): Promise<{ start: number; end: number }[]> {
    const origin = performance.now();
    const times: { start: number; end: number }[] = [];
    const all: Promise<void>[] = [];
    let elapsed = 0;
    for (const [i, { at, latency = 0 }] of calls.entries()) {
      await vi.advanceTimersByTimeAsync(at - elapsed);
      elapsed = at;
      all.push(
        permitOf(limiter.acquire()).then(async (permit) => {
          const start = performance.now() - origin;
          await new Promise((resolve) => setTimeout(resolve, latency));
          permit.release();
          times[i] = { start, end: performance.now() - origin };
        }),
      );
    }
    await vi.advanceTimersByTimeAsync(20 * WINDOW);
    await Promise.all(all);
    return times;
  }

  const at = (...offsets: number[]): Call[] => offsets.map((offset) => ({ at: offset }));

  it.each<[string, { limit: number; calls: Call[]; starts: number[] }]>([
    ["lets the first `limit` calls through at once and queues the rest", { limit: 3, calls: at(0, 0, 0, 0, 0, 10_000), starts: [0, 0, 0, WINDOW, WINDOW, WINDOW] }],
    ["slides: a queued call starts one window after the slot it takes was released", { limit: 3, calls: at(0, 5_000, 10_000, 10_000, 10_000), starts: [0, 5_000, 10_000, WINDOW, WINDOW + 5_000] }],
    [
      "holds a slot until the response has come back: the next call waits one window from the response, not the start",
      { limit: 2, calls: [{ at: 0, latency: 3_000 }, { at: 0, latency: 500 }, { at: 0 }, { at: 0 }], starts: [0, 0, WINDOW + 500, WINDOW + 3_000] },
    ],
    [
      "a slot still in flight is never given away, however long ago the call started",
      { limit: 1, calls: [{ at: 0, latency: 2 * WINDOW }, { at: 1_000 }], starts: [0, 3 * WINDOW] },
    ],
  ])("%s", async (_, { limit, calls, starts }) => {
    const times = await run(slidingWindowLimiter(limit, WINDOW), calls);
    expect(times.map((t) => t.start)).toEqual(starts);
  });

  it("serves waiters first in, first out", async () => {
    const limiter = slidingWindowLimiter(1, WINDOW);
    (limiter.acquire() as RateLimitPermit).release();
    const order: string[] = [];
    const waits = ["a", "b", "c"].map((name) =>
      permitOf(limiter.acquire()).then((permit) => {
        order.push(name);
        permit.release();
      }),
    );
    await vi.advanceTimersByTimeAsync(3 * WINDOW);
    await Promise.all(waits);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("never lets a call start while `limit` others are in flight or came back within the window, whatever the pattern", async () => {
    const calls = Array.from({ length: 200 }, (_, i) => ({ at: Math.floor(i * i * 37) % 150_000, latency: (i * 7919) % 4_000 })).sort((a, b) => a.at - b.at);
    const times = await run(slidingWindowLimiter(60, WINDOW), calls);
    expect(times).toHaveLength(200);
    // A strict server counts each request at some moment in [start, end]: at each start, every earlier call whose
    // response came back less than a window ago may still be in its window.
    const busiest = Math.max(...times.map(({ start }) => times.filter((t) => t.start <= start && t.end + WINDOW > start).length));
    expect(busiest).toBe(60);
  });

  it("releasing a permit twice frees one slot only", async () => {
    const limiter = slidingWindowLimiter(2, WINDOW);
    const permit = limiter.acquire() as RateLimitPermit;
    limiter.acquire();
    permit.release();
    permit.release();
    expect(limiter.inFlight).toBe(1);
  });

  it("releases a waiting call when its signal aborts, and the queue moves on without it", async () => {
    const limiter = slidingWindowLimiter(1, WINDOW);
    (limiter.acquire() as RateLimitPermit).release();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    const next = permitOf(limiter.acquire());
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
    const limiter = slidingWindowLimiter(1, WINDOW);
    (limiter.acquire() as RateLimitPermit).release();
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(limiter.pending).toBe(0);
    const queued = permitOf(limiter.acquire());
    await expect(limiter.acquire(AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(WINDOW);
    await expect(queued).resolves.toHaveProperty("release");
  });
});

describe("memoryRateLimitStore", () => {
  it("is one limiter per key", () => {
    const store = memoryRateLimitStore();
    expect(store.limiter("a:op", 2, WINDOW)).toBe(store.limiter("a:op", 2, WINDOW));
    expect(store.limiter("a:op", 2, WINDOW)).not.toBe(store.limiter("b:op", 2, WINDOW));
    expect(store.limiter("a:op", 2, WINDOW)).not.toBe(store.limiter("a:other", 2, WINDOW));
  });

  it("forgets limiters that have gone idle when it makes a new one, and keeps busy and in-flight ones", async () => {
    vi.useFakeTimers();
    try {
      const store = memoryRateLimitStore();
      const idle = store.limiter("idle", 2, WINDOW);
      (idle.acquire() as RateLimitPermit).release();
      const inFlight = store.limiter("in-flight", 2, WINDOW);
      const held = inFlight.acquire() as RateLimitPermit;
      await vi.advanceTimersByTimeAsync(WINDOW);
      const busy = store.limiter("busy", 1, WINDOW);
      (busy.acquire() as RateLimitPermit).release();
      const waiting = permitOf(busy.acquire());
      // Swept "idle" (back a window ago) but kept "in-flight" (started a window ago, no response yet).
      expect(store.size).toBe(2);
      expect(store.limiter("in-flight", 2, WINDOW)).toBe(inFlight);
      await vi.advanceTimersByTimeAsync(WINDOW / 2);
      store.limiter("new", 2, WINDOW);
      expect(store.size).toBe(3);
      held.release();
      await vi.advanceTimersByTimeAsync(WINDOW);
      store.limiter("newer", 2, WINDOW);
      expect(store.limiter("busy", 1, WINDOW)).toBe(busy);
      (await waiting).release();
      expect(store.limiter("idle", 2, WINDOW)).not.toBe(idle);
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
