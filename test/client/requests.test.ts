import { afterEach, describe, expect, it } from "vitest";
import { APIUserAbortError, RecallValidationError, createCore } from "../../src/core/index.js";
import { RECORDING_ID, apiKey, operations, recording } from "./fixtures.js";
import { harness, rejection } from "./harness.js";
import { type TestServer, json, slow, startServer, text } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("what goes on the wire", () => {
  it("sends PATCH with the key, a JSON body and its content type", async () => {
    server = await startServer(json(200, recording));
    const h = harness(server.url);
    await h.update(RECORDING_ID, { metadata: { crm_id: "42" } });
    const [req] = server.received;
    expect(req).toMatchObject({ method: "PATCH", url: `/api/v1/recording/${RECORDING_ID}/`, body: '{"metadata":{"crm_id":"42"}}' });
    expect(req?.headers).toMatchObject({ authorization: `Token ${h.key}`, "content-type": "application/json" });
  });

  it.each([
    ["GET", (h: ReturnType<typeof harness>) => h.retrieve(RECORDING_ID)],
    ["DELETE", (h: ReturnType<typeof harness>) => h.remove(RECORDING_ID)],
    ["GET (list)", (h: ReturnType<typeof harness>) => h.list({ status_code: "done" })[Symbol.asyncIterator]().next()],
  ])("%s carries no body and no content type", async (_, call) => {
    server = await startServer((res, req) => (req.method === "DELETE" ? res.writeHead(204).end() : json(200, { results: [], next: null, previous: null })(res, req)));
    await call(harness(server.url));
    const [req] = server.received;
    expect(req?.body).toBe("");
    expect(req?.headers["content-type"]).toBeUndefined();
    expect(req?.headers["transfer-encoding"]).toBeUndefined();
    expect(req?.headers["content-length"] ?? "0").toBe("0");
    expect(req?.headers["idempotency-key"]).toBeUndefined();
  });

  it("sends one Idempotency-Key per call, identical on every retry", async () => {
    server = await startServer(text(503, ""), json(409, { detail: "in flight" }), json(200, recording));
    const h = harness(server.url);
    await h.update(RECORDING_ID, { metadata: {} });
    await h.update(RECORDING_ID, { metadata: {} });
    const keys = server.received.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).toMatch(UUID);
    expect(keys[3]).not.toBe(keys[0]);
  });

  it("honours a caller's Idempotency-Key across retries", async () => {
    server = await startServer(text(502, ""), json(200, recording));
    await harness(server.url).update(RECORDING_ID, { metadata: {} }, { idempotencyKey: "order-42-label" });
    expect(server.received.map((r) => r.headers["idempotency-key"])).toEqual(["order-42-label", "order-42-label"]);
  });

  it("does not retry a POST that takes no Idempotency-Key once it may have reached the server", async () => {
    server = await startServer(text(503, ""), json(200, {}));
    const core = createCore({ apiKey: apiKey(), baseUrl: server.url }, { sleep: async () => {} });
    const post = { ...operations.recording_retrieve, operationId: "post_thing", method: "post" as const, idempotent: false };
    await rejection(core.request(post, { path: { id: RECORDING_ID } }));
    expect(server.received).toHaveLength(1);
  });
});

describe("bad input is refused before anything is sent", () => {
  const cases: [string, { given: (h: ReturnType<typeof harness>) => Promise<unknown>; want: string }][] = [
    ["an id that is not a UUID", { given: (h) => h.retrieve("../bot"), want: 'path.id: expected a UUID, got "../bot"' }],
    ["a metadata value that is not a string", { given: (h) => h.update(RECORDING_ID, { metadata: { crm_id: 42 } }), want: "body.metadata.crm_id: expected string, got number" }],
    ["a server-owned field", { given: (h) => h.update(RECORDING_ID, { status: { code: "done" } }), want: "body.status: unknown property" }],
    ["a missing body", { given: (h) => h.update(RECORDING_ID, undefined), want: "body: required" }],
    ["a list filter on deleted", { given: (h) => h.list({ status_code: "deleted" })[Symbol.asyncIterator]().next(), want: 'query.status_code: expected one of "processing", "paused", "done", "failed", got "deleted"' }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    server = await startServer(json(200, recording));
    const error = await rejection(given(harness(server.url)));
    expect(error).toBeInstanceOf(RecallValidationError);
    expect(error.message).toBe(want);
    expect(server.received).toHaveLength(0);
  });

  const options: [string, { given: () => unknown; want: string }][] = [
    ["a missing API key", { given: () => createCore({ apiKey: "", baseUrl: "https://us-west-2.recall.ai" }), want: "apiKey: required" }],
    ["a blank API key", { given: () => createCore({ apiKey: "  ", baseUrl: "https://us-west-2.recall.ai" }), want: "apiKey: must be printable ASCII without surrounding spaces" }],
    ["plain http off loopback", { given: () => createCore({ apiKey: "k", baseUrl: "http://us-west-2.recall.ai" }), want: "baseUrl: must be https (plain http only on 127.0.0.1, localhost or [::1])" }],
    ["not a URL", { given: () => createCore({ apiKey: "k", baseUrl: "recall.ai" }), want: 'baseUrl: not a URL: "recall.ai"' }],
    ["credentials in the URL", { given: () => createCore({ apiKey: "k", baseUrl: "https://u:p@recall.ai" }), want: "baseUrl: must not carry credentials, a query or a fragment" }],
  ];
  it.each(options)("refuses %s when the client is created", (_, { given, want }) => {
    expect(given).toThrow(RecallValidationError);
    expect(given).toThrow(want);
  });

  it.each(["http://127.0.0.1:8080", "http://localhost:3000/", "http://[::1]:9", "https://proxy.example/recall/"])("accepts %s", (baseUrl) => {
    expect(() => createCore({ apiKey: "k", baseUrl })).not.toThrow();
  });
});

describe("abort and rate limiting", () => {
  const tight = { ...operations.recording_retrieve, operationId: "tight_retrieve", rateLimits: [{ limit: 1, per: 60, scope: "workspace_id" }] };

  it("aborts a call in flight, without retrying", async () => {
    server = await startServer(slow(5_000, json(200, recording)));
    const controller = new AbortController();
    const call = harness(server.url).retrieve(RECORDING_ID, { signal: controller.signal });
    // Abort once the server holds the request, so the call is truly in flight however loaded the machine is.
    while (server.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(APIUserAbortError);
    expect(server.received).toHaveLength(1);
  });

  it("makes a call over the limit wait, shared by every client with the same key, and releases it on abort", async () => {
    server = await startServer(json(200, recording));
    const key = apiKey();
    const first = harness(server.url, { apiKey: key });
    const second = harness(server.url, { apiKey: key });
    await first.core.request(tight, { path: { id: RECORDING_ID } });
    const controller = new AbortController();
    let settled = false;
    const waiting = second.core.request(tight, { path: { id: RECORDING_ID } }, { signal: controller.signal }).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    const error = await rejection(waiting);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error.message).toBe("Request was aborted while waiting for the rate limiter.");
    expect(server.received).toHaveLength(1);
  });

  it("does not share the budget across keys, and rateLimit: false turns the limiter off", async () => {
    server = await startServer(json(200, recording));
    const other = harness(server.url);
    const off = harness(server.url, { rateLimit: false });
    await other.core.request(tight, { path: { id: RECORDING_ID } });
    for (let i = 0; i < 3; i++) await off.core.request(tight, { path: { id: RECORDING_ID } });
    expect(server.received).toHaveLength(4);
  });
});

describe("abort while waiting to retry", () => {
  it("releases the backoff wait at once", async () => {
    server = await startServer(text(503, ""));
    const core = createCore({ apiKey: apiKey(), baseUrl: server.url });
    const controller = new AbortController();
    const started = performance.now();
    const call = core.request(operations.recording_retrieve, { path: { id: RECORDING_ID } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await rejection(call)).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(700);
    expect(server.received).toHaveLength(1);
  });
});

describe("logger", () => {
  it("warns on a retry after 429, calling the logger's methods with their `this`", async () => {
    server = await startServer(json(429, {}, { "retry-after": "0" }), json(200, recording));
    const logger = {
      lines: [] as string[],
      warn(message: string) {
        this.lines.push(`warn ${message}`);
      },
      debug(message: string) {
        this.lines.push(`debug ${message}`);
      },
    };
    await harness(server.url, { logger, validateResponses: "off" }).retrieve(RECORDING_ID);
    expect(logger.lines).toEqual(["debug GET recordings.retrieve 429", "warn retrying recordings.retrieve in 1000 ms (RateLimitError 429, retry 1 of 5)", "debug GET recordings.retrieve 200"]);
  });

  it("logs a line for an error response that is not retried", async () => {
    server = await startServer(json(404, { detail: "Not found." }));
    const lines: string[] = [];
    await rejection(harness(server.url, { logger: { debug: (m) => void lines.push(m) } }).retrieve(RECORDING_ID));
    expect(lines).toEqual(["GET recordings.retrieve 404"]);
  });
});
