// The limiter against a server that counts each request when it arrives: latency must never let a call into the
// server's window early.
import { afterEach, describe, expect, it } from "vitest";
import { type OperationInfo, createCore } from "../../src/core/index.js";
import { type TestServer, slowFirstBurst, startServer, strictLimit } from "../support/loopback-server.js";
import { apiKey, operations } from "./fixtures.js";

const LIMIT = 20;
const WINDOW_MS = 500;
const RECORDING_ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("window accounting against a strict server", () => {
  it.each([
    ["the first burst arrives spread over up to 150 ms of latency", slowFirstBurst(LIMIT, 150)],
    ["every request spends 40 ms in transit", () => 40],
  ])("gets no 429 when %s", async (_, transitMs) => {
    const limit = strictLimit({ limit: LIMIT, windowMs: WINDOW_MS, transitMs });
    server = await startServer(limit.respond);
    const op: OperationInfo = { ...operations.recording_retrieve, rateLimits: [{ limit: LIMIT, per: WINDOW_MS / 1000, scope: "workspace_id" }] };
    const core = createCore({ apiKey: apiKey(), baseUrl: server.url, maxRetries: 0 });
    const calls = Array.from({ length: 3 * LIMIT }, () => core.request(op, { path: { id: RECORDING_ID } }));
    const settled = await Promise.allSettled(calls);
    expect(limit.counts).toEqual({ served: 3 * LIMIT, limited: 0 });
    expect(settled.filter((s) => s.status === "rejected")).toEqual([]);
  });
});
