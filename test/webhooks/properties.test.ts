// Property-based checks (fast-check) over webhook bodies, headers and secrets (issue 19): whatever arrives, the
// outcome is a verified event or a WebhookVerificationError; no secret shows in any message or inspect output;
// messages stay short; a changed byte never verifies; the handler always answers and never rejects.

import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WebhookVerificationError, createWebhookHandler, verifyRecallRequest, verifyWebhook } from "../../src/index.js";
import { assertNoSecret, newSecret, signedBytes } from "./signing.js";

const secret = newSecret();
const others = [newSecret(), newSecret(32)];

/** Any value a caller might pass as a body or header value. */
const anything = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.uint8Array({ maxLength: 64 }), fc.constant(null), fc.constant(undefined), fc.object(), fc.integer(), fc.array(fc.string()));
const headerName = fc.oneof(fc.constantFrom("webhook-id", "webhook-timestamp", "webhook-signature", "svix-id", "svix-timestamp", "svix-signature", "WEBHOOK-ID"), fc.string());
const headerValue = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(fc.string(), { maxLength: 3 }), fc.constant(undefined), fc.constant(`v1,${"A".repeat(43)}=`));
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 8 });

/** Runs `run` and returns the WebhookVerificationError it threw, or undefined when it returned; anything else fails. */
function outcome(run: () => unknown, secrets: readonly string[]): WebhookVerificationError | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    assertNoSecret(error, secrets);
    expect((error as Error).message.length).toBeLessThan(400);
    return error as WebhookVerificationError;
  }
}

describe("webhook verification, for any input", () => {
  it("throws only WebhookVerificationError, short and without the secret, for any body and headers", () => {
    fc.assert(
      fc.property(anything, headers, fc.boolean(), (body, given, asMap) => {
        const options = asMap ? { secrets: [secret, ...others] } : { secret };
        outcome(() => verifyWebhook(body as never, asMap ? new Map(Object.entries(given)) : given, options), [secret, ...others]);
        outcome(() => verifyRecallRequest({ ...options, headers: given, payload: body as never }), [secret, ...others]);
      }),
      { numRuns: 300 },
    );
  });

  it("verifies any bytes signed with the secret, then fails only on content (json, event), never on the signature", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.string({ minLength: 1, maxLength: 40 }), (bytes, id) => {
        const error = outcome(() => verifyWebhook(bytes, signedBytes(secret, bytes, { id: id.replace(/\s/g, "_") || "x" }), { secret }), [secret]);
        if (error) expect(["json", "event", "headers"]).toContain(error.check);
      }),
      { numRuns: 300 },
    );
  });

  it("verifies any JSON object with a string event, whatever its unicode, and returns it as sent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.jsonValue({ maxDepth: 4 }), (event, data) => {
        const bytes = new TextEncoder().encode(JSON.stringify({ event, data }));
        const verified = verifyWebhook(bytes, signedBytes(secret, bytes), { secret });
        expect(verified.event).toEqual(JSON.parse(JSON.stringify({ event, data })));
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a body with any one byte changed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, flip) => {
        const headers = signedBytes(secret, bytes);
        const changed = Uint8Array.from(bytes);
        changed[at % bytes.length]! ^= flip;
        expect(outcome(() => verifyWebhook(changed, headers, { secret }), [secret])?.check).toBe("signature");
      }),
      { numRuns: 300 },
    );
  });

  it("accepts a secret only when it is base64 of at least 16 bytes, and never quotes a refused one", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.uint8Array({ maxLength: 40 }).map((key) => `whsec_${Buffer.from(key).toString("base64")}`)), (candidate) => {
        const body = '{"event":"bot.done"}';
        // A short candidate ("a") is a substring of any message; only a longer one can be told apart when quoted.
        const error = outcome(() => verifyWebhook(body, signedBytes(newSecret(), Buffer.from(body)), { secret: candidate }), candidate.length >= 12 ? [candidate] : []);
        const key = candidate.startsWith("whsec_") ? candidate.slice(6) : candidate;
        const valid = /^[A-Za-z0-9+/]*={0,2}$/.test(key) && key.length % 4 === 0 && Buffer.from(key, "base64").length >= 16;
        expect(error?.check).toBe(valid ? "signature" : "secret");
      }),
      { numRuns: 300 },
    );
  });
});

describe("createWebhookHandler, for any input", () => {
  const handler = createWebhookHandler({ secret, on: { "recording.done": () => {} }, onUnknown: () => {} });

  it("answers 200, 400 or 413 and never rejects, with no secret in the answer", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), headers, fc.boolean(), async (bytes, given, sign) => {
        // Signed: the signature headers replace any of the same name in any letter case (Headers would join them).
        const signatureHeaders: Record<string, string> = sign ? signedBytes(secret, bytes) : {};
        const headers = { ...Object.fromEntries(Object.entries(given).filter(([name]) => !(name.toLowerCase() in signatureHeaders))), ...signatureHeaders };
        const request = new Request("https://example.test/", { method: "POST", headers: Object.entries(headers).flatMap(([name, value]) => (typeof value === "string" && isToken(name) && isValue(value) ? [[name, value] as [string, string]] : [])), body: bytes });
        const response = await handler.fetch(request);
        expect([200, 400, 413]).toContain(response.status);
        const text = await response.text();
        expect(text).not.toContain(secret.slice(6));
        if (sign) expect(response.status === 200 || JSON.parse(text).check !== "signature").toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

const isToken = (name: string): boolean => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);
const isValue = (value: string): boolean => /^[\t\x20-\x7e]*$/.test(value);

// The tests sign with node:crypto's HMAC and the verifier computes fast-sha256's: they must agree.
it("fast-sha256's HMAC agrees with node:crypto's", () => {
  const key = Buffer.from(secret.slice(6), "base64");
  const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(Math.floor(Date.now() / 1000)) };
  const ours = createHmac("sha256", key).update(Buffer.from(`${headers["webhook-id"]}.${headers["webhook-timestamp"]}.{"event":"x"}`)).digest("base64");
  expect(verifyWebhook('{"event":"x"}', { ...headers, "webhook-signature": `v1,${ours}` }, { secret }).known).toBe(false);
});
