// Where the client-side rate limit keeps its budget: in memory by default, or shared (recall-recording/redis).

/** A slot taken for one attempt; release it once the response has come back or the attempt failed. */
export interface RateLimitPermit {
  /** Starts the slot's window; calling it again does nothing. */
  release(): void;
}

/**
 * A rate-limit budget. `key` is opaque and already scoped (a hash of API key and origin, plus the limit's scope):
 * a store keeps the key as given and never sees the API key. At most `limit` attempts under one key may be in flight
 * or have come back less than `windowMs` ago; callers over that wait their turn, first come first served.
 */
export interface RateLimitStore {
  /**
   * A permit now, or a promise of one at the caller's turn. Rejects with APIUserAbortError when `signal` aborts
   * while waiting, and with RateLimitStoreError when the store cannot be reached (the call is then not sent).
   */
  acquire(key: string, limit: number, windowMs: number, signal?: AbortSignal): RateLimitPermit | Promise<RateLimitPermit>;
  /**
   * Grants nothing under `key` for `ms` milliseconds, to every caller sharing the store: the server answered 429 with
   * `Retry-After` (someone else spends the same budget). Optional; a failure only costs the pause.
   */
  pause?(key: string, ms: number): void | Promise<void>;
  /**
   * Milliseconds after which a slot never released is free again, when the store has such a lease: the client refuses
   * a `timeout` at or above it (a call outliving its lease would lose its slot while in flight, and the budget over-send).
   */
  readonly lease?: number;
}

/** `createRecallClient({ rateLimit })`: the store the limiter keeps its budget in. */
export interface RateLimitOptions {
  /** Default: in memory, shared by every client in this process. Share across processes with `createRedisStore` from `recall-recording/redis`. */
  store?: RateLimitStore;
}
