// The request core's side of a rate-limit store: what it asks for, and that every slot it takes is released.
import { describe, expect, it } from "vitest";
import { type RateLimitStore, RecallValidationError, createCore } from "../../src/core/index.js";
import { RECORDING_ID, apiKey, operations, recording } from "./fixtures.js";

/** A store that grants at once and logs each acquire and release among the fetches. */
function loggingStore(log: string[]): RateLimitStore {
  return {
    acquire(key, limit, windowMs) {
      log.push(`acquire ${key.replace(/^[0-9a-f]{64}:/, "<hash>:")} ${limit}/${windowMs}ms`);
      return { release: () => void log.push("release") };
    },
  };
}

const respond = (log: string[], ...statuses: number[]) => async (): Promise<Response> => {
  const status = statuses.shift() ?? 200;
  log.push(`fetch ${status}`);
  return new Response(JSON.stringify(status === 200 ? recording : { detail: "no" }), { status });
};

describe("rateLimit: { store }", () => {
  it.each<[string, { statuses: number[]; maxRetries: number; want: string[] }]>([
    [
      "takes a slot under an opaque key (hash of key and origin, then the operation) and releases it after the response",
      { statuses: [200], maxRetries: 0, want: ["acquire <hash>:recording_retrieve 300/60000ms", "fetch 200", "release"] },
    ],
    [
      "takes and releases a slot per attempt, failed ones included",
      { statuses: [503, 200], maxRetries: 1, want: ["acquire <hash>:recording_retrieve 300/60000ms", "fetch 503", "release", "acquire <hash>:recording_retrieve 300/60000ms", "fetch 200", "release"] },
    ],
  ])("%s", async (_, { statuses, maxRetries, want }) => {
    const log: string[] = [];
    const core = createCore({ apiKey: apiKey(), baseUrl: "https://us-east-1.recall.ai", fetch: respond(log, ...statuses), maxRetries, rateLimit: { store: loggingStore(log) } }, { sleep: async () => {} });
    await core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } });
    expect(log).toEqual(want);
  });

  it("never hands the store the API key", async () => {
    const keys: string[] = [];
    const store: RateLimitStore = {
      acquire(key) {
        keys.push(key);
        return { release() {} };
      },
    };
    const core = createCore({ apiKey: "SECRETSECRET", baseUrl: "https://us-east-1.recall.ai", fetch: respond([]), rateLimit: { store } });
    await core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } });
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain("SECRET");
  });

  it("refuses a store without acquire, naming the option", () => {
    expect(() => createCore({ apiKey: "k", baseUrl: "https://us-east-1.recall.ai", rateLimit: { store: {} as RateLimitStore } })).toThrow(
      new RecallValidationError("rateLimit.store", "needs an acquire method"),
    );
  });
});
