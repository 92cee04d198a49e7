import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, isRetryableStatus, parseRetryAfter, retryDelay, sleep } from "../../src/core/retry.js";
import { APIUserAbortError } from "../../src/core/errors.js";

const NOW = Date.parse("2025-01-01T00:00:00Z");

describe("parseRetryAfter", () => {
  const cases: [string, { given: string | null; want: number | undefined }][] = [
    ["delta seconds", { given: "30", want: 30_000 }],
    ["zero", { given: "0", want: 0 }],
    ["fractional seconds", { given: "1.5", want: 1_500 }],
    ["padded", { given: "  7 ", want: 7_000 }],
    ["an hour, as sent (the wait is capped, not the value)", { given: "3600", want: 3_600_000 }],
    ["HTTP date 10 s ahead", { given: "Wed, 01 Jan 2025 00:00:10 GMT", want: 10_000 }],
    ["HTTP date in the past", { given: "Tue, 31 Dec 2024 23:59:00 GMT", want: 0 }],
    ["HTTP date a day ahead", { given: "Thu, 02 Jan 2025 00:00:00 GMT", want: 86_400_000 }],
    ["absent", { given: null, want: undefined }],
    ["empty", { given: "", want: undefined }],
    ["negative", { given: "-5", want: undefined }],
    ["garbage", { given: "soon", want: undefined }],
    ["number with unit", { given: "30s", want: undefined }],
    ["\"2025\" is seconds, not a year", { given: "2025", want: 2_025_000 }],
    ["date without a day name (Date.parse alone would accept it)", { given: "x 1", want: undefined }],
    ["day name then garbage", { given: "Mon, garbage", want: undefined }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe("isRetryableStatus", () => {
  const cases: [number, boolean][] = [
    [409, true], [429, true], [502, true], [503, true], [504, true],
    [400, false], [401, false], [402, false], [403, false], [404, false], [405, false], [500, false], [501, false],
  ];
  it.each(cases)("%i → %s", (status, want) => {
    expect(isRetryableStatus(status)).toBe(want);
  });
});

describe("retryDelay", () => {
  it("backs off exponentially up to a cap, jitter taking off at most a quarter", () => {
    const noJitter = () => 0;
    const fullJitter = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, undefined, 503, noJitter))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 16_000]);
    expect(retryDelay(3, undefined, 503, fullJitter)).toBe(3_000);
  });

  it("honours Retry-After, adding Recall's 1-5 s of jitter on 429", () => {
    expect(retryDelay(1, 2_000, 429, () => 0)).toBe(3_000);
    expect(retryDelay(1, 2_000, 429, () => 1)).toBe(7_000);
    expect(retryDelay(4, 2_000, 503, () => 0.5)).toBe(2_500);
  });

  it("waits at most MAX_RETRY_AFTER_MS of a longer Retry-After", () => {
    expect(retryDelay(1, 3_600_000, 429, () => 0)).toBe(MAX_RETRY_AFTER_MS + 1_000);
    expect(retryDelay(1, 3_600_000, 503, () => 0)).toBe(MAX_RETRY_AFTER_MS);
  });
});

describe("sleep", () => {
  it("rejects with APIUserAbortError as soon as the signal aborts", async () => {
    const controller = new AbortController();
    const started = performance.now();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("rejects at once on an already aborted signal", async () => {
    await expect(sleep(10, AbortSignal.abort())).rejects.toBeInstanceOf(APIUserAbortError);
  });
});
