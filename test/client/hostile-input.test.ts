// Issue 19: hostile options, bodies and servers. Each case was seen to leak, loop or flood before its fix.

import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as validators from "../../generated/validators.js";
import {
  APIConnectionError,
  APIError,
  APIResponseError,
  APIResponseParseError,
  APIResponseValidationError,
  BadRequestError,
  type CoreOptions,
  RateLimitError,
  RecallValidationError,
  createCore,
} from "../../src/core/index.js";
import { MAX_LINES_PER_RESPONSE, MAX_REMEMBERED } from "../../src/core/response-check.js";
import { createRecallClient } from "../../src/index.js";
import { RECORDING_ID, apiKey, operations } from "./fixtures.js";
import { harness, rejection } from "./harness.js";
import { operationCases } from "./response-cases.js";
import { type TestServer, json, slow, startServer, text } from "../support/loopback-server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const BASE = "https://us-west-2.recall.ai";
/** A fetch that counts its calls and answers 200 `{}`: whatever reaches it was sent. */
function counting() {
  const calls: RequestInit[] = [];
  const fetch = async (_: string, init: RequestInit) => {
    calls.push(init);
    return Response.json({});
  };
  return { calls, fetch };
}

describe("API keys", () => {
  const bad: [string, string][] = [
    ["a line feed", "abc\ndef-SECRET"],
    ["a carriage return", "abc\rdef-SECRET"],
    ["a NUL", "abc\0def-SECRET"],
    ["a leading space", " k-SECRET"],
    ["a trailing space", "k-SECRET "],
    ["a non-ASCII letter", "clé-SECRET"],
    ["a tab", "k\t-SECRET"],
  ];
  it.each(bad)("refuses a key with %s when the client is made, without echoing it", (_, key) => {
    const { calls, fetch } = counting();
    const error = (() => {
      try {
        createCore({ apiKey: key, baseUrl: BASE, fetch });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(RecallValidationError);
    expect(error?.message).toMatch(/^apiKey: must be printable ASCII without surrounding spaces/);
    expect(error?.message).not.toContain("SECRET");
    expect(calls).toHaveLength(0);
  });

  it("accepts a key with inner spaces and every other printable character", () => {
    expect(() => createCore({ apiKey: "a b~!\"#$%&'()*+,-./09:;<=>?@AZ[\\]^_`az{|}", baseUrl: BASE })).not.toThrow();
  });

  it("refuses an Idempotency-Key with a line feed per call: nothing sent, nothing retried", async () => {
    const { calls, fetch } = counting();
    const core = createCore({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false });
    const error = await rejection(core.request(operations.recording_partial_update, { path: { id: RECORDING_ID }, body: {} }, { idempotencyKey: "a\nSECRET" }));
    expect(error).toBeInstanceOf(RecallValidationError);
    expect(error.message).not.toContain("SECRET");
    expect(calls).toHaveLength(0);
  });
});

describe("retry and timeout options", () => {
  const bad: [string, { given: Partial<CoreOptions>; want: string }][] = [
    ["maxRetries NaN (an unset environment variable)", { given: { maxRetries: Number.NaN }, want: "maxRetries: expected an integer from 0, got NaN" }],
    ["maxRetries -1", { given: { maxRetries: -1 }, want: "maxRetries: expected an integer from 0, got -1" }],
    ["maxRetries 1.5", { given: { maxRetries: 1.5 }, want: "maxRetries: expected an integer from 0, got 1.5" }],
    ["maxRetries Infinity", { given: { maxRetries: Number.POSITIVE_INFINITY }, want: "maxRetries: expected an integer from 0, got Infinity" }],
    ["maxRetries as a string", { given: { maxRetries: "3" as never }, want: "maxRetries: expected an integer from 0, got string" }],
    ["timeout NaN", { given: { timeout: Number.NaN }, want: "timeout: expected milliseconds above 0 and at most 2147483647, or Infinity for none; got NaN" }],
    ["timeout -1", { given: { timeout: -1 }, want: "got -1" }],
    ["timeout 0", { given: { timeout: 0 }, want: "got 0" }],
    ["timeout over the timer's range", { given: { timeout: 2 ** 31 }, want: "got 2147483648" }],
  ];
  it.each(bad)("refuses %s when the client is made", (_, { given, want }) => {
    expect(() => createCore({ apiKey: apiKey(), baseUrl: BASE, ...given })).toThrow(RecallValidationError);
    expect(() => createCore({ apiKey: apiKey(), baseUrl: BASE, ...given })).toThrow(want);
  });

  it.each(bad)("refuses %s per call, sending nothing", async (_, { given, want }) => {
    const { calls, fetch } = counting();
    const core = createCore({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false });
    const error = await rejection(core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } }, given));
    expect(error).toBeInstanceOf(RecallValidationError);
    expect(error.message).toContain(`options.${want.startsWith("got") ? "" : want}`);
    expect(calls).toHaveLength(0);
  });

  it("takes timeout Infinity as no timeout: a slow answer arrives, with no timer warning", async () => {
    server = await startServer(slow(300, json(200, { id: RECORDING_ID })));
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const h = harness(server.url, { timeout: Number.POSITIVE_INFINITY, validateResponses: "off" });
      await expect(h.retrieve(RECORDING_ID)).resolves.toEqual({ id: RECORDING_ID });
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((warning) => warning.name === "TimeoutOverflowWarning")).toEqual([]);
    expect(server.received).toHaveLength(1);
  });
});

describe("error bodies of any shape", () => {
  const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

  it("keeps a 10,000-deep 400 body a BadRequestError: not a connection error, not retried", async () => {
    server = await startServer(text(400, deep(10_000), { "content-type": "application/json" }));
    const error = await rejection(harness(server.url, { maxRetries: 3 }).retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message.length).toBeLessThanOrEqual(520);
    expect(server.received).toHaveLength(1);
  });

  it("cuts a 1 MB detail to 500 characters in the message and keeps it whole on .body", async () => {
    const detail = "x".repeat(1_000_000);
    server = await startServer(json(400, { detail }));
    const error = (await rejection(harness(server.url).retrieve(RECORDING_ID))) as BadRequestError;
    expect(error.message).toBe(`400 ${"x".repeat(500)}…`);
    expect((error.body as { detail: string }).detail).toHaveLength(1_000_000);
  });

  it("shows a detail on one line: a line break cannot forge a log line", async () => {
    server = await startServer(json(403, { detail: "denied\nINFO forged line" }));
    const error = await rejection(harness(server.url).retrieve(RECORDING_ID));
    expect(error.message).toBe("403 denied INFO forged line");
  });

  it("keeps a 400 body of invalid UTF-8 a BadRequestError", async () => {
    server = await startServer((res) => res.writeHead(400).end(Buffer.from([0xff, 0xfe, 0x41])));
    const error = await rejection(harness(server.url, { maxRetries: 3 }).retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(server.received).toHaveLength(1);
  });
});

describe("URLs in errors", () => {
  it("a base URL that does not parse is shown without its query", () => {
    expect(() => createCore({ apiKey: apiKey(), baseUrl: "recall.ai/x?token=SECRET" })).toThrow(new RecallValidationError("baseUrl", 'not a URL: "recall.ai/x?…"'));
  });
});

describe("connection errors", () => {
  it("say the host and the reason, never the key", async () => {
    const probe = await startServer(json(200, {}));
    const { url } = probe;
    await probe.close();
    const h = harness(url, { maxRetries: 0 });
    const error = await rejection(h.retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toBe(`Connection error: ${new URL(url).host}: connect ECONNREFUSED ${new URL(url).host}`);
    expect(error.message).not.toContain(h.key);
  });
});

describe("a 429 despite the limiter", () => {
  it("pauses the budget until Retry-After: the client's next call of it waits, though it never retried", async () => {
    const arrivals: number[] = [];
    server = await startServer(
      (res, req) => {
        arrivals.push(performance.now());
        json(429, { detail: "slow down" }, { "retry-after": "0.3" })(res, req);
      },
      (res, req) => {
        arrivals.push(performance.now());
        json(200, { id: RECORDING_ID })(res, req);
      },
    );
    const h = harness(server.url, { maxRetries: 0, validateResponses: "off" });
    await expect(h.retrieve(RECORDING_ID)).rejects.toBeInstanceOf(RateLimitError);
    await h.retrieve(RECORDING_ID);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(290);
  });
});

describe("response validation under a flood", () => {
  const retrieveCase = operationCases().find((c) => c.operationId === "recording_retrieve")!;
  const conforming = () => structuredClone(retrieveCase.richest) as Record<string, unknown>;

  async function warned(...bodies: Record<string, unknown>[]) {
    let n = 0;
    const lines: string[] = [];
    const fetch = async () => Response.json(bodies[Math.min(n++, bodies.length - 1)], { headers: { "x-request-id": "req-1" } });
    const recall = createRecallClient({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false, logger: { warn: (line) => void lines.push(line) } });
    const perResponse: string[][] = [];
    for (const _ of bodies) {
      const before = lines.length;
      await recall.recordings.retrieve(RECORDING_ID);
      perResponse.push(lines.slice(before));
    }
    return perResponse;
  }

  it(`logs at most ${MAX_LINES_PER_RESPONSE} lines and a count for a body with 20,000 unknown properties`, async () => {
    const body = conforming();
    for (let i = 0; i < 20_000; i++) body[`extra${i}`] = i;
    const [lines] = await warned(body);
    expect(lines).toHaveLength(MAX_LINES_PER_RESPONSE + 1);
    expect(lines!.at(-1)).toBe(`recordings.retrieve: and ${20_000 - MAX_LINES_PER_RESPONSE} more issues in this response, not logged (request req-1)`);
  });

  it("escapes control characters in property names, so a name cannot forge a line", async () => {
    const body = { ...conforming(), "evil\nrecordings.retrieve: forged": 1 };
    const [lines] = await warned(body);
    expect(lines).toEqual(["recordings.retrieve: new in the API: evil\\u000arecordings.retrieve: forged: unknown property (request req-1)"]);
  });

  it("never echoes a value that fails a format or enum check", async () => {
    const body = { ...conforming(), created_at: "https://bucket.s3.amazonaws.com/x?X-Amz-Signature=SIGNATURE" };
    const [lines] = await warned(body);
    expect(lines).toEqual(["recordings.retrieve: created_at: expected a date-time string, got a string not in that format (request req-1)"]);
    const strict = createRecallClient({ apiKey: apiKey(), baseUrl: BASE, fetch: async () => Response.json(body), rateLimit: false, validateResponses: "strict" });
    const error = await rejection(strict.recordings.retrieve(RECORDING_ID));
    expect(`${error.message} ${JSON.stringify((error as APIResponseValidationError).issues)}`).not.toContain("SIGNATURE");
  });

  it(`remembers at most ${MAX_REMEMBERED} reported issues, forgetting the least recently seen`, async () => {
    const batches = Math.ceil(MAX_REMEMBERED / MAX_LINES_PER_RESPONSE) + 1;
    const bodies = Array.from({ length: batches }, (_, b) => {
      const body = conforming();
      for (let i = 0; i < MAX_LINES_PER_RESPONSE; i++) body[`extra_${b}_${i}`] = i;
      return body;
    });
    const lines = await warned(...bodies, bodies[0]!, bodies.at(-1)!);
    expect(lines.slice(0, batches).every((batch) => batch.length === MAX_LINES_PER_RESPONSE)).toBe(true);
    // The first batch was forgotten and is told again; the last is still remembered.
    expect(lines[batches]).toEqual(lines[0]);
    expect(lines[batches + 1]).toEqual([]);
  });
});

describe("one rule across the runtime", () => {
  it("puts both bad-2xx errors under APIResponseError, apart from APIError", async () => {
    const notJson = await rejection(createCore({ apiKey: apiKey(), baseUrl: BASE, rateLimit: false, fetch: async () => new Response("{") }).request(operations.recording_retrieve, { path: { id: RECORDING_ID } }));
    const body = { id: 7 };
    const invalid = await rejection(createRecallClient({ apiKey: apiKey(), baseUrl: BASE, rateLimit: false, validateResponses: "strict", fetch: async () => Response.json(body) }).recordings.retrieve(RECORDING_ID));
    for (const [error, type] of [[notJson, APIResponseParseError], [invalid, APIResponseValidationError]] as const) {
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(APIResponseError);
      expect(error).not.toBeInstanceOf(APIError);
      expect(error).toMatchObject({ status: 200 });
    }
  });

  it.each([
    ["2024-02-30T00:00:00Z", false],
    ["2023-02-29T00:00:00Z", false],
    ["2024-02-29T00:00:00Z", true],
    ["2024-13-01T00:00:00Z", false],
    ["2024-12-03T24:00:00Z", false],
  ])("agrees on the date-time %s in a request check and a response validator", async (value, valid) => {
    const { calls, fetch } = counting();
    const core = createCore({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false, validateResponses: "off" });
    const sent = await core.request(operations.recording_list, { query: { created_at_after: value } }).then(() => true, () => false);
    expect(sent).toBe(valid);
    expect(calls).toHaveLength(valid ? 1 : 0);
    const body = { ...(operationCases().find((c) => c.operationId === "recording_retrieve")!.richest as object), created_at: value };
    expect(validators.recording_retrieve.open(body)).toBe(valid);
  });

  it("keeps src/core free of imports from generated/", async () => {
    const dir = join(import.meta.dirname, "../../src/core");
    const importing: string[] = [];
    for (const file of await readdir(dir)) {
      if (/from\s+["'][^"']*generated\//.test(await readFile(join(dir, file), "utf8"))) importing.push(file);
    }
    expect(importing).toEqual([]);
  });
});
