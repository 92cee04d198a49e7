// Webhooks: verifies a delivery's Standard Webhooks signature with the `standardwebhooks` library (HMAC-SHA256,
// constant-time comparison, 5-minute timestamp tolerance), then returns the event typed from the spec's webhooks.
// Needs no API key: import { unwrapWebhook } from "recall-recording".

import { Webhook } from "standardwebhooks";
import { type WebhookEvent, webhookEventNames } from "../generated/webhooks.js";
import { WebhookVerificationError } from "./core/check-errors.js";

/** A Fetch `Headers`, or a plain object such as Node's `request.headers` (any letter case). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface UnwrapWebhookOptions {
  /** The endpoint's signing secret from the Recall dashboard, `whsec_<base64>`. */
  secret: string;
}

// Standard Webhooks names first; workspaces set up before Recall adopted them receive the svix-* names.
const HEADERS = ["id", "timestamp", "signature"] as const;
const KNOWN_EVENTS: ReadonlySet<string> = new Set(webhookEventNames);

/**
 * Verifies a webhook and returns its event, typed: `event` narrows `data`. Pass the body exactly as received (string
 * or bytes): a re-serialized body does not verify. Throws WebhookVerificationError naming the check that failed.
 */
export function unwrapWebhook(rawBody: string | Uint8Array, headers: WebhookHeaders, { secret }: UnwrapWebhookOptions): WebhookEvent {
  const verifier = verifierFor(secret);
  const signed = Object.fromEntries(HEADERS.map((name) => [`webhook-${name}`, header(headers, name)]));
  const body = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(rawBody);
  try {
    verifier.verify(body, signed, { jsonParse: false });
  } catch (error) {
    const message = (error as Error).message;
    if (/timestamp too (old|new)/i.test(message)) throw new WebhookVerificationError("timestamp", `webhook-timestamp is more than 5 minutes from this machine's clock (${message.toLowerCase()})`);
    if (/invalid signature headers/i.test(message)) throw new WebhookVerificationError("timestamp", "webhook-timestamp is not a number of seconds");
    throw new WebhookVerificationError("signature", "no signature in webhook-signature matches the body signed with this secret");
  }
  let event: unknown;
  try {
    event = JSON.parse(body);
  } catch {
    throw new WebhookVerificationError("json", "the signature is valid but the body is not JSON");
  }
  const name = (event as { event?: unknown } | null)?.event;
  if (typeof name !== "string" || !KNOWN_EVENTS.has(name)) {
    throw new WebhookVerificationError("event", `the signature is valid but ${typeof name === "string" ? `"${name}"` : "the body's event"} is not an event this client's spec describes (recording and artifact status events)`);
  }
  return event as WebhookEvent;
}

function verifierFor(secret: string): Webhook {
  if (typeof secret !== "string" || !secret.trim()) throw new WebhookVerificationError("secret", "a signing secret (whsec_...) is required");
  try {
    return new Webhook(secret);
  } catch {
    // The library's message may quote the secret's characters: ours never does.
    throw new WebhookVerificationError("secret", "the signing secret is not whsec_ followed by base64");
  }
}

function header(headers: WebhookHeaders, name: (typeof HEADERS)[number]): string {
  const value = read(headers, `webhook-${name}`) ?? read(headers, `svix-${name}`);
  if (value === undefined || value === "") throw new WebhookVerificationError("headers", `missing header webhook-${name} (or svix-${name})`);
  return value;
}

function read(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const key in headers) {
    if (key.toLowerCase() !== name) continue;
    const value = headers[key];
    // Node joins repeated headers into an array; several signatures are space-separated in one value.
    return typeof value === "string" ? value : value?.join(" ");
  }
  return undefined;
}

/** `recall.webhooks`: the same check, loaded on first use so a client that never receives webhooks does not ship it. */
export interface Webhooks {
  /** Verifies a webhook and resolves to its typed event; rejects with WebhookVerificationError (see unwrapWebhook). */
  unwrap(rawBody: string | Uint8Array, headers: WebhookHeaders, options: UnwrapWebhookOptions): Promise<WebhookEvent>;
}
