// What the webhook tests share: fresh secrets, deliveries signed the way Recall (Svix) signs them, and the spec's examples.

import { createHmac, randomBytes } from "node:crypto";
import { inspect } from "node:util";
import { Webhook } from "standardwebhooks";
import { expect } from "vitest";
import { WebhookVerificationError } from "../../src/index.js";
import { bundledSpec, deref, type JsonObject } from "../spec/spec-bundle.js";

export const newSecret = (bytes = 24): string => `whsec_${randomBytes(bytes).toString("base64")}`;

/** Headers of a delivery signed with the `standardwebhooks` library itself over a text body. */
export function signed(secret: string, body: string, { id = `msg_${randomBytes(8).toString("hex")}`, at = new Date(), prefix = "webhook" } = {}): Record<string, string> {
  return {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: String(Math.floor(at.getTime() / 1000)),
    [`${prefix}-signature`]: new Webhook(secret).sign(id, at, body),
  };
}

/** Headers of a delivery signed over raw bytes (a body that is not, or not only, UTF-8 text), as Recall's guide computes it. */
export function signedBytes(secret: string, body: Uint8Array, { id = "msg_bytes", at = new Date() } = {}): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body])).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

/** Every webhook of the spec with its first example (copied from Recall's webhook catalog). */
export function examples(): [string, JsonObject][] {
  const spec = bundledSpec();
  return Object.entries(spec.webhooks as JsonObject).map(([name, item]) => {
    const post = (deref(spec, item) as JsonObject).post as JsonObject;
    const body = deref(spec, post.requestBody as JsonObject) as JsonObject;
    const examples = ((body.content as JsonObject)["application/json"] as JsonObject).examples as JsonObject;
    return [name, (deref(spec, Object.values(examples)[0] as JsonObject) as JsonObject).value as JsonObject];
  });
}

export const exampleBody = (name: string): string => JSON.stringify(examples().find(([event]) => event === name)?.[1]);

/** The error `run` throws, checked to be a WebhookVerificationError that shows no part of `secret` anywhere. */
export function failure(run: () => unknown, ...secrets: string[]): WebhookVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    assertNoSecret(error, secrets);
    return error as WebhookVerificationError;
  }
  throw new Error("expected a WebhookVerificationError");
}

/** Neither a secret nor its base64 part appears in the error's message, stack, JSON, inspect output or own properties. */
export function assertNoSecret(error: unknown, secrets: readonly string[]): void {
  const text = [String((error as Error).message), String((error as Error).stack), JSON.stringify(error), inspect(error, { depth: 5, showHidden: true })].join("\n");
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    if (secret.length > "whsec_".length + 8) expect(text).not.toContain(secret.slice("whsec_".length));
  }
}
