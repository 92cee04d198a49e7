// Issue 19 item 6 and issue 21 item 3: the raw bytes are what is verified, every way of passing a delivery wrong gets
// a WebhookVerificationError that says what to do, and Recall's websocket upgrades and callbacks verify with payload null.

import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRecallClient, unwrapWebhook, verifyRecallRequest, verifyWebhook } from "../../src/index.js";
import { exampleBody, failure, newSecret, signed, signedBytes } from "./signing.js";

const secret = newSecret();
const body = exampleBody("recording.done");

describe("verifying the bytes as received", () => {
  it("refuses invalid UTF-8 signed as its U+FFFD decoding", () => {
    const raw = Buffer.concat([Buffer.from(body.slice(0, -1)), Buffer.from([0xff, 0xfe]), Buffer.from("}")]);
    const decoded = raw.toString("utf8");
    expect(decoded).toContain("\uFFFD");
    expect(failure(() => unwrapWebhook(raw, signed(secret, decoded), { secret }), secret).check).toBe("signature");
  });

  it("refuses invalid UTF-8 signed over its own bytes as not text, after the signature passed", () => {
    const raw = Buffer.concat([Buffer.from('{"event":"recording.done","x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(failure(() => unwrapWebhook(raw, signedBytes(secret, raw), { secret }), secret).check).toBe("json");
  });

  it("verifies a body that starts with a byte-order mark, and parses it", () => {
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]);
    expect(unwrapWebhook(raw, signedBytes(secret, raw), { secret }).event).toBe("recording.done");
  });

  it.each([
    ["a Buffer", (text: string) => Buffer.from(text)],
    ["a Uint8Array", (text: string) => new TextEncoder().encode(text)],
    ["an ArrayBuffer", (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer],
    ["a Buffer slice of a larger pool", (text: string) => Buffer.concat([Buffer.from("xxxx"), Buffer.from(text)]).subarray(4)],
  ])("takes the body as %s", (_, bytes) => {
    expect(unwrapWebhook(bytes(body), signed(secret, body), { secret }).event).toBe("recording.done");
  });
});

describe("a body that is not the raw body", () => {
  it.each([
    ["a parsed object", JSON.parse(body), "an object (a parsed body?)"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["an empty string", "", "empty"],
    ["an empty Buffer", Buffer.alloc(0), "empty"],
  ])("%s gets check body, saying to pass the raw body", (_, given, said) => {
    const error = failure(() => unwrapWebhook(given as never, signed(secret, body), { secret }), secret);
    expect(error.check).toBe("body");
    expect(error.message).toContain(said);
    expect(error.message).toContain("pass the raw body");
  });
});

describe("headers", () => {
  it("reads a Map", () => {
    expect(unwrapWebhook(body, new Map(Object.entries(signed(secret, body))), { secret }).event).toBe("recording.done");
  });

  it("falls back to svix-* when a webhook-* header is empty", () => {
    const svix = signed(secret, body, { prefix: "svix" });
    const headers = { ...svix, "webhook-id": "", "webhook-timestamp": "", "webhook-signature": "" };
    expect(unwrapWebhook(body, headers, { secret }).event).toBe("recording.done");
    expect(unwrapWebhook(body, new Headers(headers), { secret }).event).toBe("recording.done");
  });

  it("refuses headers that are not an object", () => {
    expect(failure(() => unwrapWebhook(body, "webhook-id: x" as never, { secret }), secret).check).toBe("headers");
  });
});

describe("the event name in messages", () => {
  it("is cut and has its control characters escaped", () => {
    const name = `bot.${"x".repeat(10_000)}\nFAKE LOG LINE`;
    const unknown = JSON.stringify({ event: name, data: {} });
    const error = failure(() => unwrapWebhook(unknown, signed(secret, unknown), { secret }), secret);
    expect(error.check).toBe("event");
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).not.toContain("\n");
  });
});

describe("secrets", () => {
  it.each([
    ["1 byte", "whsec_AQ=="],
    ["15 bytes", `whsec_${randomBytes(15).toString("base64")}`],
  ])("refuses a whsec_ secret of %s, without quoting it", (_, short) => {
    const error = failure(() => unwrapWebhook(body, signed(secret, body), { secret: short }), short);
    expect(error.check).toBe("secret");
    expect(error.message).toMatch(/at least 16/);
  });

  it("accepts a delivery signed with any of several secrets (rotation, legacy per-endpoint secrets)", () => {
    const old = newSecret();
    const legacy = newSecret(32);
    const secrets = [old, secret, legacy];
    for (const signer of secrets) expect(unwrapWebhook(body, signed(signer, body), { secrets }).event).toBe("recording.done");
    const error = failure(() => unwrapWebhook(body, signed(newSecret(), body), { secrets }), ...secrets);
    expect(error.message).toBe("no signature in webhook-signature matches the body signed with any of the 3 secrets");
  });

  it.each([
    ["no secrets", { secrets: [] }],
    ["both secret and secrets", { secret, secrets: [secret] }],
    ["a non-string in secrets", { secrets: [secret, 42] }],
  ])("refuses %s", (_, options) => {
    expect(failure(() => unwrapWebhook(body, signed(secret, body), options as never), secret).check).toBe("secret");
  });
});

describe("verifyWebhook", () => {
  it("returns the delivery's webhook-id and timestamp with the event", () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 30_000);
    const verified = verifyWebhook(body, signed(secret, body, { id: "msg_2mS1", at }), { secret });
    expect(verified).toMatchObject({ known: true, event: { event: "recording.done" }, delivery: { id: "msg_2mS1", timestamp: at } });
  });

  it("is recall.webhooks.verify on the client, as a promise", async () => {
    const recall = createRecallClient({ apiKey: "k", baseUrl: "http://127.0.0.1:1" });
    expect(await recall.webhooks.verify(body, signed(secret, body, { id: "msg_c" }), { secret })).toMatchObject({ known: true, delivery: { id: "msg_c" } });
  });

  it("returns a signed event the spec does not describe as known: false instead of throwing", () => {
    const unknown = JSON.stringify({ event: "bot.done", data: { bot: { id: "b" } } });
    expect(verifyWebhook(unknown, signed(secret, unknown), { secret })).toMatchObject({ known: false, event: { event: "bot.done" } });
  });
});

describe("verifyRecallRequest", () => {
  it("verifies a websocket upgrade or token callback with payload null: nothing after the second dot", () => {
    const headers = signed(secret, "", { id: "msg_ws" });
    expect(verifyRecallRequest({ secret, headers, payload: null })).toMatchObject({ id: "msg_ws" });
  });

  it("refuses payload null when the signature covers a body", () => {
    expect(failure(() => verifyRecallRequest({ secret, headers: signed(secret, "x"), payload: null }), secret).check).toBe("signature");
  });

  it("verifies a POST payload, with several secrets and svix-* headers", () => {
    const headers = signed(secret, body, { prefix: "svix" });
    expect(verifyRecallRequest({ secrets: [newSecret(), secret], headers: new Map(Object.entries(headers)), payload: Buffer.from(body) }).id).toBe(headers["svix-id"]);
  });

  it.each([
    ["a parsed object", { event: "x" }],
    ["undefined", undefined],
  ])("refuses a payload that is %s", (_, payload) => {
    expect(failure(() => verifyRecallRequest({ secret, headers: signed(secret, body), payload: payload as never }), secret).check).toBe("body");
  });

  it("checks the timestamp as for webhooks", () => {
    const headers = signed(secret, "", { at: new Date(Date.now() - 10 * 60_000) });
    expect(failure(() => verifyRecallRequest({ secret, headers, payload: null }), secret).check).toBe("timestamp");
  });
});
