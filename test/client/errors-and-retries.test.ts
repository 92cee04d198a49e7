import { afterEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../src/core/index.js";
import { RECORDING_ID, recording } from "./fixtures.js";
import { harness, rejection } from "./harness.js";
import { type Responder, type TestServer, hangUp, json, slow, startServer, text } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe("retries", () => {
  it("waits Retry-After (plus Recall's jitter) on 429, then succeeds", async () => {
    server = await startServer(json(429, { detail: "slow down" }, { "retry-after": "2" }), json(200, recording));
    const h = harness(server.url);
    await expect(h.retrieve(RECORDING_ID)).resolves.toEqual(recording);
    expect(server.received).toHaveLength(2);
    expect(h.delays).toEqual([3_000]);
  });

  it("backs off exponentially on 503 twice, then succeeds", async () => {
    server = await startServer(text(503, ""), text(503, ""), json(200, recording));
    const h = harness(server.url);
    await expect(h.update(RECORDING_ID, { metadata: { crm_id: "42" } })).resolves.toEqual(recording);
    expect(server.received).toHaveLength(3);
    expect(h.delays).toEqual([1_000, 2_000]);
  });

  it("retries a dropped connection", async () => {
    server = await startServer(hangUp, json(200, recording));
    const h = harness(server.url);
    await expect(h.retrieve(RECORDING_ID)).resolves.toEqual(recording);
    expect(server.received).toHaveLength(2);
  });

  const retried: [string, { given: Responder; want: new (...args: never[]) => Error }][] = [
    ["409", { given: json(409, { detail: "in flight" }), want: ConflictError }],
    ["502", { given: text(502, "bad gateway"), want: InternalServerError }],
    ["503", { given: json(503, { detail: "busy" }), want: InternalServerError }],
    ["504", { given: text(504, ""), want: InternalServerError }],
    ["429", { given: json(429, {}, { "retry-after": "1" }), want: RateLimitError }],
    ["dropped connection", { given: hangUp, want: APIConnectionError }],
  ];
  it.each(retried)("gives up after maxRetries on %s and throws the last error", async (_, { given, want }) => {
    server = await startServer(given);
    const h = harness(server.url, { maxRetries: 2 });
    expect(await rejection(h.retrieve(RECORDING_ID))).toBeInstanceOf(want);
    expect(server.received).toHaveLength(3);
    expect(h.delays).toHaveLength(2);
  });

  it("honours a per-call maxRetries over the client's", async () => {
    server = await startServer(text(503, ""));
    const h = harness(server.url, { maxRetries: 4 });
    await rejection(h.retrieve(RECORDING_ID, { maxRetries: 0 }));
    expect(server.received).toHaveLength(1);
  });

  const notRetried: [string, { given: Responder; want: new (...args: never[]) => APIError; status: number }][] = [
    ["400", { given: json(400, { code: "invalid", detail: "bad metadata" }), want: BadRequestError, status: 400 }],
    ["401", { given: json(401, { detail: "Invalid token." }), want: AuthenticationError, status: 401 }],
    ["403", { given: text(403, "<html>blocked</html>", { "content-type": "text/html" }), want: PermissionDeniedError, status: 403 }],
    ["404", { given: json(404, { detail: "Not found." }), want: NotFoundError, status: 404 }],
    ["405", { given: json(405, { detail: "Method not allowed." }), want: APIError, status: 405 }],
    ["500", { given: text(500, "oops"), want: InternalServerError, status: 500 }],
  ];
  it.each(notRetried)("never retries %s", async (_, { given, want, status }) => {
    server = await startServer(given, json(200, recording));
    const h = harness(server.url);
    const error = await rejection(h.retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(want);
    expect((error as APIError).status).toBe(status);
    expect(server.received).toHaveLength(1);
    expect(h.delays).toEqual([]);
  });
});

describe("errors", () => {
  it("keeps the firewall's HTML 403 as raw text", async () => {
    const html = "<!DOCTYPE html>\n<html><body><h1>403 Forbidden</h1> Request blocked.</body></html>";
    server = await startServer(text(403, html, { "content-type": "text/html" }));
    const error = (await rejection(harness(server.url).retrieve(RECORDING_ID))) as PermissionDeniedError;
    expect(error.body).toBe(html);
    expect(error.message).toBe("403 <!DOCTYPE html> <html><body><h1>403 Forbidden</h1> Request blocked.</body></html>");
    expect(error.headers.get("content-type")).toBe("text/html");
  });

  it("parses a JSON 404, its detail and the request id", async () => {
    server = await startServer(json(404, { detail: "Not found." }, { "x-request-id": "req_123" }));
    const error = (await rejection(harness(server.url).retrieve(RECORDING_ID))) as NotFoundError;
    expect(error).toMatchObject({ status: 404, body: { detail: "Not found." }, requestId: "req_123", message: "404 Not found." });
  });

  it("decides failure by status even when the error body is empty", async () => {
    server = await startServer(text(404, ""));
    const error = (await rejection(harness(server.url).retrieve(RECORDING_ID))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toBeUndefined();
    expect(error.message).toBe("404 (no body)");
  });

  it("carries the parsed Retry-After seconds on RateLimitError", async () => {
    server = await startServer(json(429, { detail: "Too many requests" }, { "retry-after": "7" }));
    const error = (await rejection(harness(server.url, { maxRetries: 0 }).retrieve(RECORDING_ID))) as RateLimitError;
    expect(error.retryAfter).toBe(7);
  });

  it("refuses malformed JSON on a 200, without retrying", async () => {
    server = await startServer(text(200, '{"id": "5a70', { "content-type": "application/json" }), json(200, recording));
    const error = await rejection(harness(server.url).retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, body: '{"id": "5a70' });
    expect(error.message).toBe('recordings.retrieve: the 200 response is not valid JSON: {"id": "5a70');
    expect(server.received).toHaveLength(1);
  });

  it("times out a slow response, retries, and throws APITimeoutError", async () => {
    server = await startServer(slow(5_000, json(200, recording)));
    const h = harness(server.url, { timeout: 200, maxRetries: 1 });
    const started = performance.now();
    const error = await rejection(h.retrieve(RECORDING_ID));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/^Request to 127\.0\.0\.1:\d+ timed out after 200 ms\.$/);
    expect(server.received).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it("applies a per-call timeout over the client's", async () => {
    server = await startServer(slow(5_000, json(200, recording)));
    const h = harness(server.url, { maxRetries: 0 });
    const error = await rejection(h.retrieve(RECORDING_ID, { timeout: 150 }));
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error.message).toMatch(/^Request to 127\.0\.0\.1:\d+ timed out after 150 ms\.$/);
  });

  it("resolves a 204 to undefined", async () => {
    server = await startServer((res) => res.writeHead(204).end());
    await expect(harness(server.url).remove(RECORDING_ID)).resolves.toBeUndefined();
  });

  it("reaches the raw Response through withResponse()", async () => {
    server = await startServer(json(200, recording, { "x-request-id": "req_9" }));
    const { data, response } = await harness(server.url).retrieve(RECORDING_ID).withResponse();
    expect(data).toEqual(recording);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_9");
  });
});
