// Issue 19's guarantees as properties over generated input (fast-check): options, API keys, path parameters, response
// bodies and Retry-After values. Every run goes through an injected fetch and instant retry waits, so it stays fast.

import { inspect } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { APIConnectionError, APIError, type CoreOptions, RateLimitError, RecallError, RecallValidationError, createCore } from "../../src/core/index.js";
import { MAX_RETRY_AFTER_MS } from "../../src/core/retry.js";
import { MAX_LINES_PER_RESPONSE } from "../../src/core/response-check.js";
import { RECORDING_ID, operations } from "./fixtures.js";

const BASE = "https://us-west-2.recall.ai/prefix";
const RUNS = { numRuns: 60 };

type Answer = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A core over a scripted fetch, recording every attempt, retry wait and log line. */
function setup(options: Partial<CoreOptions>, answer: Answer) {
  const urls: string[] = [];
  const delays: number[] = [];
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  const core = createCore(
    { apiKey: "test-key-SECRET", baseUrl: BASE, rateLimit: false, validateResponses: "warn", logger: { debug: log, info: log, warn: log }, ...options, fetch: async (url, init) => (urls.push(url), answer(url, init)) },
    { sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
  );
  const retrieve = (id: unknown = RECORDING_ID, o?: Record<string, unknown>) => core.request<unknown>(operations.recording_retrieve, { path: { id } }, o).then(() => undefined, (error: unknown) => error as Error);
  return { core, urls, delays, lines, retrieve };
}

/** Everything a caller or an operator could see of an error. */
const shown = (error: unknown) => [inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }), String(error), JSON.stringify(error) ?? ""].join("\n");

const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -5, max: 8 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 2 ** 31, 2 ** 31 - 1, 0.5));
const anyOption = fc.oneof(anyNumber, fc.constantFrom(undefined, null, "3", true, {}));

describe("options", () => {
  it("maxRetries and timeout are accepted or refused with RecallValidationError; a refused call sends nothing; an accepted one makes at most maxRetries + 1 attempts", async () => {
    await fc.assert(
      fc.asyncProperty(anyOption, anyOption, fc.boolean(), async (maxRetries, timeout, perCall) => {
        const options = { maxRetries, timeout } as Partial<CoreOptions>;
        let made: ReturnType<typeof setup>;
        try {
          made = setup(perCall ? {} : options, () => new Response("", { status: 503 }));
        } catch (error) {
          expect(error).toBeInstanceOf(RecallValidationError);
          return;
        }
        // A huge but valid maxRetries is honoured: with instant waits it would only spin, so such a call is not made.
        if (typeof maxRetries === "number" && maxRetries > 10 && Number.isInteger(maxRetries)) return;
        const error = await made.retrieve(RECORDING_ID, perCall ? (options as Record<string, unknown>) : undefined);
        if (error instanceof RecallValidationError) return void expect(made.urls).toEqual([]);
        expect(error).toBeInstanceOf(APIError);
        const allowed = typeof maxRetries === "number" ? maxRetries : 5;
        expect(made.urls.length).toBe(allowed + 1);
        expect(made.delays.every((ms) => Number.isFinite(ms) && ms >= 0 && ms <= 16_000)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("API keys", () => {
  // Keys of every kind of character, each long enough that finding it in a message cannot be a coincidence.
  const keys = fc.tuple(fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: "binary", maxLength: 12 })).map(([a, b]) => `${a}K3Y-${b}`);
  const failures: Answer[] = [
    () => new Response(JSON.stringify({ detail: "Invalid token." }), { status: 401 }),
    () => new Response("", { status: 503 }),
    // A fetch that quotes the request's headers in its error, as undici does for an invalid header value.
    (_, init) => Promise.reject(new TypeError(`Headers.append: "${(init.headers as Record<string, string>).Authorization}" is an invalid header value`)),
    () => new Response("{", { status: 200 }),
  ];

  it("never appear in an error, its inspect output or a log line, whether the key is refused or sent", async () => {
    await fc.assert(
      fc.asyncProperty(keys, fc.constantFrom(...failures.keys()), async (apiKey, which) => {
        let made: ReturnType<typeof setup>;
        try {
          made = setup({ apiKey, maxRetries: 1 }, failures[which]!);
        } catch (error) {
          expect(error).toBeInstanceOf(RecallValidationError);
          expect(shown(error)).not.toContain(apiKey);
          return;
        }
        const error = await made.retrieve();
        expect(error).toBeInstanceOf(RecallError);
        expect(shown(error)).not.toContain(apiKey);
        for (const line of made.lines) expect(line).not.toContain(apiKey);
      }),
      RUNS,
    );
  });
});

describe("path parameters", () => {
  it("are refused before sending, or sent as one segment under the base URL", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uuid(), fc.string({ unit: "binary" }), fc.constantFrom("", ".", "..", "../x", "a/b", "?x", "#x")), async (id) => {
        const made = setup({}, () => Response.json({}));
        const error = await made.retrieve(id);
        if (error !== undefined) {
          expect(error).toBeInstanceOf(RecallValidationError);
          return void expect(made.urls).toEqual([]);
        }
        expect(made.urls).toHaveLength(1);
        const url = new URL(made.urls[0]!);
        expect(url.origin + url.pathname).toBe(`${BASE}/api/v1/recording/${encodeURIComponent(id)}/`);
        expect(url.search + url.hash).toBe("");
      }),
      RUNS,
    );
  });
});

describe("response bodies", () => {
  const deep = fc.integer({ min: 1, max: 20_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth));
  const big = fc.integer({ min: 0, max: 300_000 }).map((size) => JSON.stringify({ detail: "d".repeat(size) }));
  const unicode = fc.string({ unit: "binary", maxLength: 200 });
  const wide = fc.integer({ min: 0, max: 3_000 }).map((n) => JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}\n`, i]))));
  const bodies = fc.oneof(deep, big, unicode, wide, fc.json());
  const statuses = fc.constantFrom(200, 400, 401, 403, 404, 422, 500);

  it("never turn a status into a connection error; a 4xx is never retried; messages and log lines stay bounded", async () => {
    await fc.assert(
      fc.asyncProperty(bodies, statuses, async (body, status) => {
        const made = setup({ maxRetries: 2 }, () => new Response(body, { status }));
        const error = await made.retrieve();
        expect(error).not.toBeInstanceOf(APIConnectionError);
        if (status >= 400 && status < 500) expect(made.urls).toHaveLength(1);
        if (error) expect(error.message.length).toBeLessThanOrEqual(700);
        // One debug line per attempt, and per response at most the warn lines plus the count.
        const warned = made.lines.filter((line) => !line.startsWith("GET ") && !line.startsWith("retrying"));
        expect(warned.length).toBeLessThanOrEqual(MAX_LINES_PER_RESPONSE + 1);
        for (const line of made.lines) {
          expect(line).not.toMatch(/[\n\r]/);
          expect(line.length).toBeLessThanOrEqual(1_000);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("Retry-After", () => {
  const values = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.double().map(String),
    fc.nat().map(String),
    fc.constantFrom("1e400", "-1", "NaN", "Infinity", "99999999999999999999"),
    fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  );

  it("never makes a retry wait longer than its cap, nor a negative or unending time", async () => {
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        const made = setup({ maxRetries: 1 }, () => new Response("{}", { status: 429, headers: { "retry-after": value } }));
        const error = await made.retrieve();
        expect(error).toBeInstanceOf(RateLimitError);
        const { retryAfter } = error as RateLimitError;
        expect(retryAfter === undefined || (Number.isFinite(retryAfter) && retryAfter >= 0)).toBe(true);
        expect(made.delays).toHaveLength(1);
        // The cap, plus Recall's advised 1 to 5 s of jitter on a 429.
        expect(made.delays[0]!).toBeGreaterThanOrEqual(0);
        expect(made.delays[0]!).toBeLessThanOrEqual(MAX_RETRY_AFTER_MS + 5_000);
      }),
      RUNS,
    );
  });
});
