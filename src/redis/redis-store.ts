// A rate-limit store in Redis, so processes on one machine or many share one budget per key.

import { APIUserAbortError, RateLimitStoreError, RecallValidationError } from "../core/errors.js";
import type { RateLimitPermit, RateLimitStore } from "../core/rate-limit-store.js";
import { sleep } from "../core/retry.js";
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
  /** Milliseconds after which a slot never released (its process died) is free again; keep it above the client's `timeout` (default 600 000). */
  lease?: number;
}

export const DEFAULT_PREFIX = "recall-recording:rate-limit:";
const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_LEASE_MS = 600_000;
/** How late a waiter may poll before others stop keeping its place (an event loop busy for this long loses it). */
export const GRACE_MS = 5_000;

type Reply = [granted: number, waitMs: number];

/** The script's keys for one limiter key, in its KEYS order; one hash tag keeps them on one cluster node. */
export function scriptKeys(prefix: string, key: string): string[] {
  const tag = `${prefix}{${key}}`;
  return [`${tag}:held`, `${tag}:back`, `${tag}:queue`, `${tag}:alive`, `${tag}:seq`];
}

/**
 * A store in Redis: at most `limit` attempts per key in flight or back within the window, across every process using
 * the same Redis and prefix. Waiters keep a place in one queue in Redis and are served in arrival order. When Redis
 * fails or does not answer within `timeout`, the call fails with RateLimitStoreError: the limit is never silently skipped.
 */
export function createRedisStore(options: RedisStoreOptions): RateLimitStore {
  const { client, prefix = DEFAULT_PREFIX, timeout = DEFAULT_TIMEOUT_MS, lease = DEFAULT_LEASE_MS } = options;
  if (typeof client?.evalSha !== "function" || typeof client.scriptLoad !== "function") {
    throw new RecallValidationError("client", "must be a connected node-redis client (with evalSha and scriptLoad)");
  }
  let sha: Promise<string> | undefined;

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

  /** One script call, failing with RateLimitStoreError after `timeout`; a slot granted too late is handed back. */
  function call(keys: string[], args: string[]): Promise<Reply> {
    let late = false;
    const reply = run(keys, args);
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        late = true;
        reject(new RateLimitStoreError(`Rate-limit store (Redis) did not answer within ${timeout} ms; the call was not sent.`));
      }, timeout);
      reply.then(
        (value) => {
          clearTimeout(timer);
          if (!late) return resolve(value);
          if (args[0] === "acquire" && value[0] === 1) run(keys, ["release", ...args.slice(1)]).catch(() => {});
        },
        (cause: unknown) => {
          clearTimeout(timer);
          reject(new RateLimitStoreError(`Rate-limit store (Redis) failed; the call was not sent: ${(cause as Error)?.message ?? cause}`, { cause }));
        },
      );
    });
  }

  return {
    async acquire(key, limit, windowMs, signal) {
      const keys = scriptKeys(prefix, key);
      const ticket = crypto.randomUUID();
      const args = (op: string) => [op, ticket, String(limit), String(windowMs), String(lease), String(GRACE_MS)];
      const aborted = () => new APIUserAbortError("Request was aborted while waiting for the rate limiter.");
      const permit: RateLimitPermit = {
        release: () => {
          permit.release = () => {};
          // A release that fails leaves the slot held until its lease ends: later callers wait longer, never too little.
          call(keys, args("release")).catch(() => {});
        },
      };
      for (;;) {
        if (signal?.aborted) {
          call(keys, args("cancel")).catch(() => {});
          throw aborted();
        }
        const asked = performance.now();
        const [granted, waitMs] = await call(keys, args("acquire"));
        if (granted === 1) {
          if (!signal?.aborted) return permit;
          permit.release();
          throw aborted();
        }
        try {
          // The wait counts from when the script ran, somewhere in the round trip: waking early costs one more ask, late costs the slot's time.
          await sleep(Math.max(0, waitMs - (performance.now() - asked)), signal);
        } catch {
          call(keys, args("cancel")).catch(() => {});
          throw aborted();
        }
      }
    },
  };
}
