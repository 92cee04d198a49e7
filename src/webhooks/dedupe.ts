// Deduplication by webhook-id: Recall delivers at least once (a retry after a timeout or a 5xx repeats the same id),
// so a handler runs once per id as long as the id is remembered. In memory by default; a shared store for a fleet.
// An id is first leased while its handler runs, then remembered as done: a process that dies mid-handler holds the
// id only until the lease ends, so Recall's next retry runs it.

import { RecallValidationError } from "../core/errors.js";

/** What claiming an id found: this call now holds it, another holds it and is running, or it already ran. */
export type DedupeClaim = "claimed" | "running" | "done";

/**
 * Where delivery ids are kept. `claim` must be atomic across everyone sharing the store (Redis: SET NX PX), so two
 * processes receiving the same delivery at once never both run it.
 */
export interface WebhookDedupeStore {
  /** Claims `id` for `leaseMs` unless it is held or done. */
  claim(id: string, leaseMs: number): DedupeClaim | Promise<DedupeClaim>;
  /** Marks `id` done, remembered for `ttlMs`: later deliveries of it are duplicates. */
  complete(id: string, ttlMs: number): void | Promise<void>;
  /** Forgets `id`, so the next delivery of it runs again (done when its handler threw). */
  release(id: string): void | Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /** Most ids remembered; past it the oldest claims are forgotten first (default 100 000). */
  maxEntries?: number;
}

/** Recall (through Svix) retries a failed delivery for about a day: remember ids a little longer than that. */
export const DEFAULT_DEDUPE_TTL_MS = 48 * 60 * 60 * 1000;
/**
 * How long a running handler holds its id. Recall gives a delivery 15 s, then retries 5 s later and again 5 minutes
 * after: a retry within the lease is answered 409 (retry later); one after it runs, in case the first process died.
 */
export const DEFAULT_DEDUPE_LEASE_MS = 2 * 60 * 1000;
const DEFAULT_MAX_ENTRIES = 100_000;

/** The default store: this process only, so a fleet behind a load balancer needs a shared one (recall-recording/redis). */
export function createMemoryDedupeStore({ maxEntries = DEFAULT_MAX_ENTRIES }: MemoryDedupeStoreOptions = {}): WebhookDedupeStore {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RecallValidationError("maxEntries", "must be a positive integer");
  // Map order is the order of the last write; past maxEntries the first (oldest) entries go.
  const entries = new Map<string, { state: "running" | "done"; expiry: number }>();
  const put = (id: string, state: "running" | "done", ms: number): void => {
    entries.delete(id);
    entries.set(id, { state, expiry: Date.now() + ms });
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
    }
  };
  return {
    claim(id, leaseMs) {
      const entry = entries.get(id);
      if (entry && entry.expiry > Date.now()) return entry.state;
      put(id, "running", leaseMs);
      return "claimed";
    },
    complete(id, ttlMs) {
      put(id, "done", ttlMs);
    },
    release(id) {
      entries.delete(id);
    },
  };
}
