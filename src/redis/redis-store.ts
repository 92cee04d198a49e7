// A rate-limit store in Redis, so processes on one machine or many share one budget per key.

import { APIUserAbortError, RateLimitStoreError, RecallValidationError } from "../core/errors.js";
import type { RateLimitPermit, RateLimitStore } from "../core/rate-limit-store.js";
import { RATE_LIMIT_SCRIPT } from "./script.js";

/** The two commands the store sends, as a connected node-redis client (`redis` 5 or later) has them. */
export interface RedisScriptClient {
  scriptLoad(script: string): Promise<string>;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** A connected node-redis client, e.g. `await createClient({ url }).connect()`; the store never connects or closes it. */
  client: RedisScriptClient;
  /** Prefix of every key the store writes (default `recall-recording:rate-limit:`). */
  prefix?: string;
  /** Milliseconds a Redis call may take before the API call fails with RateLimitStoreError, unsent (default 5 000). */
  timeout?: number;
  /**
   * Milliseconds after which a slot never released (its process died) is free again (default 600 000). A client
   * refuses a `timeout` at or above it: a call outliving its lease would lose its slot while in flight.
   */
  lease?: number;
}

/** The Redis store: a rate-limit store, and a way to wait for the slots it is handing back. */
export interface RedisRateLimitStore extends RateLimitStore {
  /**
   * Resolves (never rejects) once Redis has answered every release and cancel this store has sent. Await it before
   * closing the Redis client: a release still on its way when the connection closes is lost, and its slot stays held
   * until its lease ends, making every other process wait a window more for it.
   */
  flush(): Promise<void>;
}

export const DEFAULT_PREFIX = "recall-recording:rate-limit:";
const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_LEASE_MS = 600_000;
/** How late a waiter may poll before others stop keeping its place (an event loop busy for this long loses it). */
export const GRACE_MS = 5_000;

/** Per ticket asked: 1, 0 when granted, else 0, milliseconds to wait before asking again. */
type Reply = number[];

interface Waiter {
  readonly ticket: string;
  /** When to ask Redis again (performance.now()); 0 until first asked. */
  due: number;
  /** Settled: granted, aborted or failed. */
  done: boolean;
  resolve(permit: RateLimitPermit): void;
  reject(error: Error): void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/** One key's waiters in this process, asked about together. */
interface Line {
  readonly keys: string[];
  readonly args: string[];
  readonly waiters: Waiter[];
  /** Cancels the pending ask, if one is scheduled. */
  cancel?: () => void;
  /** When the pending ask runs (performance.now()). */
  at: number;
  asking: boolean;
}

/** The script's keys for one limiter key, in its KEYS order; one hash tag keeps them on one cluster node. */
export function scriptKeys(prefix: string, key: string): string[] {
  const tag = `${prefix}{${key}}`;
  return [`${tag}:held`, `${tag}:back`, `${tag}:queue`, `${tag}:alive`, `${tag}:seq`, `${tag}:paused`];
}

/** Milliseconds option: finite and positive (a NaN lease would free every slot at once; a NaN timeout never fires). */
function milliseconds(value: number, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > 2 ** 31 - 1) {
    throw new RecallValidationError(path, `expected milliseconds above 0 and at most ${2 ** 31 - 1}, got ${typeof value === "number" ? value : typeof value}`);
  }
  return value;
}

/**
 * A store in Redis: at most `limit` attempts per key in flight or back within the window, across every process using
 * the same Redis and prefix. Waiters keep a place in one queue in Redis and are served in arrival order. When Redis
 * fails or does not answer within `timeout`, the call fails with RateLimitStoreError: the limit is never silently skipped.
 */
export function createRedisStore(options: RedisStoreOptions): RedisRateLimitStore {
  const { client, prefix = DEFAULT_PREFIX } = options;
  if (typeof client?.evalSha !== "function" || typeof client.scriptLoad !== "function") {
    throw new RecallValidationError("client", "must be a connected node-redis client (with evalSha and scriptLoad)");
  }
  const timeout = milliseconds(options.timeout ?? DEFAULT_TIMEOUT_MS, "timeout");
  const lease = milliseconds(options.lease ?? DEFAULT_LEASE_MS, "lease");
  let sha: Promise<string> | undefined;
  /** Releases and cancels sent and not yet answered, for flush. */
  const handing = new Set<Promise<void>>();
  /** Sends a release or cancel without waiting for it (its failure only costs waiters time), tracked for flush. */
  function handBack(send: () => Promise<unknown>): void {
    const done: Promise<void> = send().then(
      () => void handing.delete(done),
      () => void handing.delete(done),
    );
    handing.add(done);
  }

  async function run(keys: string[], args: string[]): Promise<Reply> {
    for (let loaded = false; ; loaded = true) {
      sha ??= client.scriptLoad(RATE_LIMIT_SCRIPT);
      try {
        return (await client.evalSha(await sha, { keys, arguments: args })) as Reply;
      } catch (error) {
        sha = undefined;
        // Redis restarted or its script cache was flushed: load the script again, once.
        if (loaded || !String((error as Error)?.message).startsWith("NOSCRIPT")) throw error;
      }
    }
  }

  /**
   * One script call, failing with RateLimitStoreError after `timeout`. Each ticket of an acquire given up on is
   * cancelled at once: sent after the acquire on the same connection, it runs after it, so whether the late acquire
   * queued the ticket or granted it a slot, nothing of it stays in Redis ahead of real waiters.
   */
  function call(keys: string[], args: string[]): Promise<Reply> {
    const reply = run(keys, args);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (args[0] === "acquire") for (const ticket of args.slice(5)) handBack(() => run(keys, ["cancel", ...args.slice(1, 5), ticket]));
        reject(new RateLimitStoreError(`Rate-limit store (Redis) did not answer within ${timeout} ms; the call was not sent.`));
      }, timeout);
      reply.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (cause: unknown) => {
          clearTimeout(timer);
          reject(new RateLimitStoreError(`Rate-limit store (Redis) failed; the call was not sent: ${(cause as Error)?.message ?? cause}`, { cause }));
        },
      );
    });
  }

  const lines = new Map<string, Line>();
  const aborted = () => new APIUserAbortError("Request was aborted while waiting for the rate limiter.");

  function permit(keys: string[], args: string[], ticket: string): RateLimitPermit {
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        // A release that fails leaves the slot held until its lease ends: later callers wait longer, never too little.
        handBack(() => call(keys, ["release", ...args, ticket]));
      },
    };
  }

  function schedule(key: string, line: Line): void {
    if (line.asking) return;
    line.cancel?.();
    line.cancel = undefined;
    if (line.waiters.length === 0) return void lines.delete(key);
    const next = Math.min(...line.waiters.map((w) => w.due));
    const delay = next - performance.now();
    line.at = next;
    // Due now: a microtask, which has no setTimeout's 1 ms floor and still lets the callers of this turn join.
    if (delay <= 0) {
      let cancelled = false;
      queueMicrotask(() => void (cancelled || ask(key, line)));
      line.cancel = () => void (cancelled = true);
    } else {
      const timer = setTimeout(() => void ask(key, line), delay);
      line.cancel = () => clearTimeout(timer);
    }
  }

  /** Asks Redis about every waiter that is due, in one script call, in their order; then sleeps until the next is due. */
  async function ask(key: string, line: Line): Promise<void> {
    line.cancel = undefined;
    line.asking = true;
    const asked = performance.now();
    // Within a millisecond counts as due: timers round, and one call for both beats two.
    const due = line.waiters.filter((w) => w.due <= asked + 1);
    try {
      if (due.length === 0) return;
      const reply = await call(line.keys, ["acquire", ...line.args, ...due.map((w) => w.ticket)]);
      const elapsed = performance.now() - asked;
      due.forEach((waiter, i) => {
        const granted = reply[2 * i] === 1;
        if (granted) {
          const slot = permit(line.keys, line.args, waiter.ticket);
          if (waiter.done) return slot.release();
          settle(line, waiter);
          waiter.resolve(slot);
        } else {
          // The wait counts from when the script ran, somewhere in the round trip: waking early costs one more ask.
          waiter.due = performance.now() + Math.max(0, (reply[2 * i + 1] ?? 0) - elapsed);
        }
      });
    } catch (error) {
      for (const waiter of due) {
        if (waiter.done) continue;
        settle(line, waiter);
        waiter.reject(error as Error);
      }
    } finally {
      line.asking = false;
      schedule(key, line);
    }
  }

  function settle(line: Line, waiter: Waiter): void {
    waiter.done = true;
    line.waiters.splice(line.waiters.indexOf(waiter), 1);
    waiter.signal?.removeEventListener("abort", waiter.onAbort);
  }

  return {
    acquire(key, limit, windowMs, signal) {
      if (signal?.aborted) return Promise.reject(aborted());
      let line = lines.get(key);
      if (!line) lines.set(key, (line = { keys: scriptKeys(prefix, key), args: [String(limit), String(windowMs), String(lease), String(GRACE_MS)], waiters: [], at: 0, asking: false }));
      const waiting = line;
      return new Promise<RateLimitPermit>((resolve, reject) => {
        const waiter: Waiter = {
          ticket: crypto.randomUUID(),
          due: 0,
          done: false,
          resolve,
          reject,
          signal,
          onAbort: () => {
            if (waiter.done) return;
            settle(waiting, waiter);
            handBack(() => call(waiting.keys, ["cancel", ...waiting.args, waiter.ticket]));
            reject(aborted());
          },
        };
        waiting.waiters.push(waiter);
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        // Asked about at once, with every caller arriving in this tick (a timer already due takes them all along).
        if (waiting.cancel === undefined || waiting.at > performance.now()) schedule(key, waiting);
      });
    },
    pause(key, ms) {
      // The limit's own arguments do not matter to a pause; the key's TTL does (window + lease), so they are sent as usual.
      const line = lines.get(key);
      const args = line?.args ?? ["0", "0", String(lease), String(GRACE_MS)];
      handBack(() => call(line?.keys ?? scriptKeys(prefix, key), ["pause", ...args, String(Math.ceil(ms))]));
    },
    lease,
    async flush() {
      // A late grant handed back while we wait adds to the set: wait for that one too.
      while (handing.size > 0) await Promise.all(handing);
    },
  };
}
