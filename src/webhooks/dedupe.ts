// Deduplication by webhook-id: Recall delivers at least once (a retry after a timeout or a 5xx repeats the same id),
// so a handler runs once per id as long as the id is remembered. In memory by default; a shared store for a fleet.

import { RecallValidationError } from "../core/errors.js";

/**
 * Where claimed delivery ids are kept. `claim` must be atomic across everyone sharing the store (Redis: SET NX PX),
 * so two processes receiving the same delivery at once never both run it.
 */
export interface WebhookDedupeStore {
  /** Claims `id` for `ttlMs`: true when this call claimed it, false when it is already claimed. */
  claim(id: string, ttlMs: number): boolean | Promise<boolean>;
  /** Forgets a claim, so the next delivery of `id` runs again (done when its handler threw). */
  release(id: string): void | Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /** Most ids remembered; past it the oldest claims are forgotten first (default 100 000). */
  maxEntries?: number;
}

/** Recall (through Svix) retries a failed delivery for about a day: remember ids a little longer than that. */
export const DEFAULT_DEDUPE_TTL_MS = 48 * 60 * 60 * 1000;
const DEFAULT_MAX_ENTRIES = 100_000;

/** The default store: this process only, so a fleet behind a load balancer needs a shared one (recall-recording/redis). */
export function createMemoryDedupeStore({ maxEntries = DEFAULT_MAX_ENTRIES }: MemoryDedupeStoreOptions = {}): WebhookDedupeStore {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RecallValidationError("maxEntries", "must be a positive integer");
  // Insertion order is claim order, and every claim of one handler has the same TTL: expiries are in order too.
  const expiries = new Map<string, number>();
  const sweep = (now: number): void => {
    for (const [id, expiry] of expiries) {
      if (expiry > now && expiries.size <= maxEntries) break;
      expiries.delete(id);
    }
  };
  return {
    claim(id, ttlMs) {
      const now = Date.now();
      const expiry = expiries.get(id);
      if (expiry !== undefined && expiry > now) return false;
      expiries.delete(id);
      expiries.set(id, now + ttlMs);
      sweep(now);
      return true;
    },
    release(id) {
      expiries.delete(id);
    },
  };
}
