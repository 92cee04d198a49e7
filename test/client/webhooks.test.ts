// Webhooks: payloads signed with standardwebhooks' own signing function verify and come back as sent; every way a
// delivery can be untrustworthy throws WebhookVerificationError naming the check, without the secret.

import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { type WebhookEvent, WebhookVerificationError, createRecallClient, unwrapWebhook } from "../../src/index.js";
import { examples } from "../webhooks/signing.js";

const secret = `whsec_${randomBytes(24).toString("base64")}`;
const signer = new Webhook(secret);

const body = JSON.stringify(examples().find(([name]) => name === "recording.done")?.[1]);

function signed(body: string, { id = "msg_1", at = new Date(), prefix = "webhook" } = {}) {
  return {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: String(Math.floor(at.getTime() / 1000)),
    [`${prefix}-signature`]: signer.sign(id, at, body),
  };
}

function failure(run: () => unknown): WebhookVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack}`;
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice("whsec_".length));
    return error as WebhookVerificationError;
  }
  throw new Error("expected a WebhookVerificationError");
}

describe("unwrapWebhook", () => {
  it.each(examples())("%s: a signed example comes back as sent", (name, example) => {
    const body = JSON.stringify(example);
    const event = unwrapWebhook(body, signed(body), { secret });
    expect(event).toEqual(example);
    expect(event.event).toBe(name);
  });

  it("covers the recording events and every artifact's processing/done/failed/deleted", () => {
    const names = examples().map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["recording.processing", "recording.paused", "recording.done", "recording.failed", "recording.deleted"]));
    for (const artifact of ["transcript", "video_mixed", "video_separate", "audio_mixed", "audio_separate", "participant_events", "meeting_metadata"]) {
      for (const status of ["processing", "done", "failed", "deleted"]) expect(names).toContain(`${artifact}.${status}`);
    }
  });

  it.each([
    ["Fetch Headers", () => new Headers(signed(body))],
    ["Node's header object, upper case", () => Object.fromEntries(Object.entries(signed(body)).map(([key, value]) => [key.toUpperCase(), value]))],
    ["the older svix-* names", () => signed(body, { prefix: "svix" })],
    ["several signatures, one of them valid", () => ({ ...signed(body), "webhook-signature": `v1,${Buffer.from("nope").toString("base64")} ${signed(body)["webhook-signature"]}` })],
  ])("accepts %s", (_, headers) => {
    expect(unwrapWebhook(body, headers(), { secret }).event).toBe("recording.done");
  });

  it("accepts the body as bytes", () => {
    expect(unwrapWebhook(new TextEncoder().encode(body), signed(body), { secret }).event).toBe("recording.done");
  });

  it.each([
    ["a tampered body", () => unwrapWebhook(body.replace("done", "fail"), signed(body), { secret }), "signature"],
    ["a re-serialized body", () => unwrapWebhook(JSON.stringify(JSON.parse(body), null, 2), signed(body), { secret }), "signature"],
    ["the wrong secret", () => unwrapWebhook(body, signed(body), { secret: `whsec_${randomBytes(24).toString("base64")}` }), "signature"],
    ["a signature of another message id", () => unwrapWebhook(body, { ...signed(body), "webhook-id": "msg_2" }, { secret }), "signature"],
    ["a stale timestamp (6 minutes)", () => unwrapWebhook(body, signed(body, { at: new Date(Date.now() - 6 * 60_000) }), { secret }), "timestamp"],
    ["a timestamp in the future (6 minutes)", () => unwrapWebhook(body, signed(body, { at: new Date(Date.now() + 6 * 60_000) }), { secret }), "timestamp"],
    ["a timestamp that is not a number", () => unwrapWebhook(body, { ...signed(body), "webhook-timestamp": "yesterday" }, { secret }), "timestamp"],
    ["no webhook-id", () => unwrapWebhook(body, { ...signed(body), "webhook-id": undefined }, { secret }), "headers"],
    ["no webhook-timestamp", () => unwrapWebhook(body, { ...signed(body), "webhook-timestamp": "" }, { secret }), "headers"],
    ["no webhook-signature", () => unwrapWebhook(body, { "webhook-id": "msg_1", "webhook-timestamp": "1" }, { secret }), "headers"],
    ["a signed body that is not JSON", () => unwrapWebhook("not json", signed("not json"), { secret }), "json"],
    ["a signed event this spec does not describe", () => unwrapWebhook('{"event":"bot.done","data":{}}', signed('{"event":"bot.done","data":{}}'), { secret }), "event"],
    ["an empty secret", () => unwrapWebhook(body, signed(body), { secret: "" }), "secret"],
    ["a secret that is not base64", () => unwrapWebhook(body, signed(body), { secret: "whsec_%%%not-base64%%%" }), "secret"],
  ] as const)("refuses %s", (_, run, check) => {
    expect(failure(run).check).toBe(check);
  });

  it("names the missing header", () => {
    expect(failure(() => unwrapWebhook(body, { ...signed(body), "webhook-signature": undefined }, { secret })).message).toBe(
      "missing header webhook-signature (or svix-signature)",
    );
  });
});

describe("recall.webhooks.unwrap", () => {
  it("verifies a delivery a node:http handler receives over loopback, from its raw body", async () => {
    const recall = createRecallClient({ apiKey: "k", baseUrl: "http://127.0.0.1:1" });
    const received: WebhookEvent[] = [];
    const failures: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        recall.webhooks.unwrap(Buffer.concat(chunks), req.headers, { secret }).then(
          (event) => {
            received.push(event);
            res.writeHead(204).end();
          },
          (error: WebhookVerificationError) => {
            failures.push(error.check);
            res.writeHead(400).end();
          },
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/recall`;
    try {
      const good = await fetch(url, { method: "POST", headers: signed(body), body });
      const bad = await fetch(url, { method: "POST", headers: signed(body), body: body.replace("done", "fail") });
      expect([good.status, bad.status]).toEqual([204, 400]);
      expect(received.map((event) => event.event)).toEqual(["recording.done"]);
      expect(failures).toEqual(["signature"]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
