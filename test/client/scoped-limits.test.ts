// A limit scoped to an object (Recall's per-bot limits) is counted per value of the path parameter naming it;
// without one, per API key. Real loopback server; the limiter's key is all that differs between the cases.
import { afterEach, describe, expect, it } from "vitest";
import { apiKey, operations, recording } from "./fixtures.js";
import { harness } from "./harness.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const BOT_A = "0b1e4f5c-7a0e-4c1f-9d52-1f0a3c7b2e11";
const BOT_B = "6f3d2a10-58b4-4e8b-a6f1-9c0d4e2b7a33";
const perBot = { ...operations.recording_retrieve, operationId: "bot_retrieve_scoped", rateLimits: [{ limit: 1, per: 60, scope: "bot_id", param: "id" }] };
const unseen = { ...operations.recording_retrieve, operationId: "bot_unseen_scoped", rateLimits: [{ limit: 1, per: 60, scope: "bot_id" }] };

/** Whether the call is still waiting for the limiter after a moment; aborts it either way. */
async function waits(call: (signal: AbortSignal) => Promise<unknown>): Promise<boolean> {
  const controller = new AbortController();
  let settled = false;
  const done = call(controller.signal).then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  const waiting = !settled;
  controller.abort();
  await done;
  return waiting;
}

describe("scoped rate limits", () => {
  it("give each bot its own budget when the path names the bot", async () => {
    server = await startServer(json(200, recording));
    const { core } = harness(server.url, { apiKey: apiKey() });
    await core.request(perBot, { path: { id: BOT_A } });
    expect(await waits((signal) => core.request(perBot, { path: { id: BOT_B } }, { signal }))).toBe(false);
    expect(await waits((signal) => core.request(perBot, { path: { id: BOT_A } }, { signal }))).toBe(true);
    expect(server.received).toHaveLength(2);
  });

  it("share one budget per key when the call cannot see the bot, so no bot is ever sent more than its limit", async () => {
    server = await startServer(json(200, recording));
    const { core } = harness(server.url, { apiKey: apiKey() });
    await core.request(unseen, { path: { id: BOT_A } });
    expect(await waits((signal) => core.request(unseen, { path: { id: BOT_B } }, { signal }))).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it("wait until a call fits every budget of the operation", async () => {
    server = await startServer(json(200, recording));
    const both = { ...perBot, operationId: "bot_both_scoped", rateLimits: [{ limit: 5, per: 60, scope: "workspace_id" }, { limit: 1, per: 60, scope: "bot_id", param: "id" }] };
    const { core } = harness(server.url, { apiKey: apiKey() });
    await core.request(both, { path: { id: BOT_A } });
    expect(await waits((signal) => core.request(both, { path: { id: BOT_A } }, { signal }))).toBe(true);
    expect(await waits((signal) => core.request(both, { path: { id: BOT_B } }, { signal }))).toBe(false);
    expect(server.received).toHaveLength(2);
  });
});
