// Issue 21 items 1, 2 and 6: createWebhookHandler behind real frameworks, with deliveries signed by `standardwebhooks`:
// handled, unknown but signed, redelivered, rejected, and a throwing handler whose retry runs again.

import express from "express";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type WebhookDelivery, type WebhookEvents, createWebhookHandler, createMemoryDedupeStore } from "../../src/index.js";
import { type Endpoint, frameworks } from "./frameworks.js";
import { assertNoSecret, exampleBody, newSecret, signed } from "./signing.js";

const secret = newSecret();
const done = exampleBody("recording.done");
const unknown = JSON.stringify({ event: "bot.done", data: { bot: { id: "8a2f" } } });

const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeEach(() => {
  rejections.length = 0;
  process.on("unhandledRejection", onRejection);
});
afterEach(() => {
  process.off("unhandledRejection", onRejection);
  expect(rejections).toEqual([]);
});

describe.each(frameworks)("createWebhookHandler on %s", (_, mount) => {
  let endpoint: Endpoint;
  afterEach(() => endpoint?.close());

  it("runs the handler of a signed event once, answers 200, and acknowledges its redelivery without running it again", async () => {
    const seen: [WebhookEvents["recording.done"], WebhookDelivery][] = [];
    endpoint = await mount(createWebhookHandler({ secret, on: { "recording.done": async (event, delivery) => void seen.push([event, delivery]) } }));
    const first = await endpoint.post(done, signed(secret, done, { id: "msg_once" }));
    // Recall's retry: the same webhook-id, signed again at a later time.
    const again = await endpoint.post(done, signed(secret, done, { id: "msg_once", at: new Date(Date.now() + 1000) }));
    expect([first, again]).toEqual([
      { status: 200, body: { outcome: "handled" } },
      { status: 200, body: { outcome: "duplicate" } },
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toEqual(JSON.parse(done));
    expect(seen[0]![1].id).toBe("msg_once");
  });

  it("answers 200 to a signed event the spec does not describe, and passes it to onUnknown", async () => {
    const unknowns: string[] = [];
    endpoint = await mount(createWebhookHandler({ secret, on: {}, onUnknown: (event) => void unknowns.push(event.event) }));
    expect(await endpoint.post(unknown, signed(secret, unknown))).toEqual({ status: 200, body: { outcome: "unknown" } });
    expect(await endpoint.post(done, signed(secret, done))).toEqual({ status: 200, body: { outcome: "unknown" } });
    expect(unknowns).toEqual(["bot.done", "recording.done"]);
  });

  it("answers 500 when the handler throws and runs the retry of that delivery", async () => {
    let calls = 0;
    const reported: unknown[] = [];
    const handler = createWebhookHandler({
      secret,
      on: {
        "recording.done": async () => {
          if (++calls === 1) throw new Error("database down");
        },
      },
      onError: (error) => reported.push(error),
    });
    endpoint = await mount(handler);
    const failed = await endpoint.post(done, signed(secret, done, { id: "msg_retry" }));
    const retried = await endpoint.post(done, signed(secret, done, { id: "msg_retry" }));
    expect(failed.status).toBe(500);
    expect(JSON.stringify(failed.body)).not.toContain("database down");
    expect(retried).toEqual({ status: 200, body: { outcome: "handled" } });
    expect(calls).toBe(2);
    expect(reported).toEqual([new Error("database down")]);
  });

  it.each([
    ["a tampered body", () => [done.replace("done", "fail"), signed(secret, done)] as const, "signature"],
    ["another secret", () => [done, signed(newSecret(), done)] as const, "signature"],
    ["no signature headers", () => [done, {}] as const, "headers"],
    ["a stale delivery", () => [done, signed(secret, done, { at: new Date(Date.now() - 3_600_000) })] as const, "timestamp"],
  ])("answers 400 naming the check for %s, never the secret", async (_, delivery, check) => {
    let ran = false;
    endpoint = await mount(createWebhookHandler({ secret, on: { "recording.done": () => void (ran = true) } }));
    const [body, headers] = delivery();
    const answer = await endpoint.post(body, headers);
    expect(answer).toMatchObject({ status: 400, body: { outcome: "rejected", check } });
    assertNoSecret(answer.body, [secret]);
    expect(ran).toBe(false);
  });
});

describe("createWebhookHandler", () => {
  it("on Express after express.json, answers 400 saying to pass the raw body", async () => {
    const app = express();
    const handler = createWebhookHandler({ secret, on: {} });
    app.post("/hook", express.json(), (req, res) => handler.node(req, res));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/hook`, { method: "POST", headers: { "content-type": "application/json", ...signed(secret, done) }, body: done });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ check: "body", message: expect.stringContaining("express.raw") });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("does not claim an id when verification fails, so the genuine delivery still runs", async () => {
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ } });
    const forged = await handler.handle(done, { ...signed(newSecret(), done, { id: "msg_x" }) });
    const genuine = await handler.handle(done, signed(secret, done, { id: "msg_x" }));
    expect([forged.status, genuine.status, runs]).toEqual([400, 200, 1]);
  });

  it("runs every delivery with dedupe: false", async () => {
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: false });
    for (let i = 0; i < 3; i++) expect((await handler.handle(done, signed(secret, done, { id: "msg_same" }))).status).toBe(200);
    expect(runs).toBe(3);
  });

  it("answers 500 without running the handler when the dedupe store fails, so Recall retries", async () => {
    let runs = 0;
    const store = { claim: () => Promise.reject(new Error("redis down")), complete: () => {}, release: () => {} };
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: store });
    expect(await handler.handle(done, signed(secret, done))).toMatchObject({ status: 500, body: { outcome: "failed" } });
    expect(runs).toBe(0);
  });

  it("shares one store between handlers (two processes of a fleet): the second gets 409 while the first runs, then duplicate", async () => {
    const store = createMemoryDedupeStore();
    const runs: string[] = [];
    let finish = () => {};
    const running = new Promise<void>((resolve) => (finish = resolve));
    const a = createWebhookHandler({ secret, on: { "recording.done": () => (runs.push("a"), running) }, dedupe: store });
    const b = createWebhookHandler({ secret, on: { "recording.done": () => void runs.push("b") }, dedupe: store });
    const first = a.handle(done, signed(secret, done, { id: "msg_fleet" }));
    const meanwhile = await b.handle(done, signed(secret, done, { id: "msg_fleet" }));
    finish();
    expect([(await first).body.outcome, meanwhile.status, meanwhile.body.outcome]).toEqual(["handled", 409, "running"]);
    expect(await b.handle(done, signed(secret, done, { id: "msg_fleet" }))).toEqual({ status: 200, body: { outcome: "duplicate" } });
    expect(runs).toEqual(["a"]);
  });

  it("runs a delivery again once the lease of a process that died mid-handler has ended", async () => {
    const store = createMemoryDedupeStore();
    // The process that claimed the id and never finished: its lease is all that is left of it.
    await store.claim("msg_dead", 20);
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: store });
    expect((await handler.handle(done, signed(secret, done, { id: "msg_dead" }))).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await handler.handle(done, signed(secret, done, { id: "msg_dead" }))).body.outcome).toBe("handled");
    expect(runs).toBe(1);
  });

  it("forgets an id after its TTL", async () => {
    let runs = 0;
    const handler = createWebhookHandler({ secret, on: { "recording.done": () => void runs++ }, dedupe: { ttl: 20 } });
    expect(await handler.handle(done, signed(secret, done, { id: "msg_ttl" }))).toMatchObject({ body: { outcome: "handled" } });
    expect(await handler.handle(done, signed(secret, done, { id: "msg_ttl" }))).toMatchObject({ body: { outcome: "duplicate" } });
    await handler.handle(done, signed(secret, done, { id: "msg_ttl" }));
    await new Promise((resolve) => setTimeout(resolve, 40));
    await handler.handle(done, signed(secret, done, { id: "msg_ttl" }));
    expect(runs).toBe(2);
  });

  it("answers 413 to a body over maxBodyBytes without reading it all", async () => {
    const handler = createWebhookHandler({ secret, on: {}, maxBodyBytes: 100 });
    const big = "x".repeat(1000);
    const response = await handler.fetch(new Request("https://example.test/", { method: "POST", headers: signed(secret, big), body: big }));
    expect(response.status).toBe(413);
  });

  it("answers 405 to a GET", async () => {
    const handler = createWebhookHandler({ secret, on: {} });
    expect((await handler.fetch(new Request("https://example.test/"))).status).toBe(405);
  });

  it.each([
    ["a short secret", { secret: "whsec_AQ==", on: {} }, "secret"],
    ["a handler that is not a function", { secret, on: { "recording.done": "no" } }, "on"],
    ["a dedupe store without complete", { secret, on: {}, dedupe: { store: { claim: () => "claimed", release: () => {} } } }, "dedupe.store"],
    ["a lease longer than the ttl", { secret, on: {}, dedupe: { ttl: 1000, lease: 2000 } }, "dedupe.lease"],
  ])("refuses %s when created", (_, options, what) => {
    expect(() => createWebhookHandler(options as never)).toThrow(what === "secret" ? /at least 16 bytes/ : new RegExp(what.replace(".", "\\.")));
  });

  it("survives an onError that throws or rejects: still 500, no unhandled rejection", async () => {
    for (const onError of [() => { throw new Error("reporter down"); }, async () => { throw new Error("reporter down"); }]) {
      const handler = createWebhookHandler({ secret, on: { "recording.done": () => { throw new Error("boom"); } }, onError });
      expect((await handler.handle(done, signed(secret, done))).status).toBe(500);
    }
    // An unhandled rejection is reported on a later turn of the event loop: give it one before afterEach checks.
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it("keeps the node face's promise resolved when the response cannot be written", async () => {
    const handler = createWebhookHandler({ secret, on: {} });
    const req = Object.assign((async function* () {})(), { method: "POST", headers: signed(secret, done), body: Buffer.from(done) });
    const res = { statusCode: 0, setHeader: () => { throw new Error("socket closed"); }, end: () => {} };
    await expect(handler.node(req, res)).resolves.toBeUndefined();
  });
});
