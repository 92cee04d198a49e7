// Verifies what Recall signs (webhook deliveries, real-time websocket upgrades, token callbacks): the Standard
// Webhooks scheme, HMAC-SHA256 over `${id}.${timestamp}.${body}` computed on the body's bytes exactly as received.
// Synchronous and free of node: imports, so it runs the same in Node, Workers, Deno and Bun.

import { hmac } from "fast-sha256";
import { type WebhookEvent, webhookEventNames } from "../../generated/webhooks.js";
import { WebhookVerificationError } from "../core/check-errors.js";

/** A Fetch `Headers`, a `Map`, or a plain object such as Node's `request.headers` (names in any letter case). */
export type WebhookHeaders =
  | Headers
  | ReadonlyMap<string, string | readonly string[] | undefined>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The body exactly as received: the bytes (Buffer, Uint8Array, ArrayBuffer) or, when a framework decoded them, the text. */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * The signing secret, or several: one workspace verification secret, the old and new one while rotating, or a
 * legacy workspace's per-endpoint secrets (`whsec_<base64>`, at least 16 bytes). A delivery passes when one matches.
 */
export type WebhookSecrets =
  | {
      /** The workspace verification secret from the Recall dashboard (API keys page), `whsec_<base64>`. */
      secret: string;
      secrets?: undefined;
    }
  | {
      /** Every secret a delivery may be signed with; one match is enough. */
      secrets: readonly string[];
      secret?: undefined;
    };

export type UnwrapWebhookOptions = WebhookSecrets;

/** What identifies one delivery: Recall sends a redelivery with the same `id`, and a new timestamp. */
export interface WebhookDelivery {
  /** The `webhook-id` (or `svix-id`) header: the message id, the key to deduplicate by. */
  readonly id: string;
  /** The `webhook-timestamp` (or `svix-timestamp`) header: when this attempt was signed. */
  readonly timestamp: Date;
}

/** A signed event this package's spec does not describe (a bot status event on the same endpoint, say). */
export interface UnknownWebhookEvent {
  readonly event: string;
  readonly data?: unknown;
  readonly [key: string]: unknown;
}

/** A verified delivery: `known` tells whether the event is one of the spec's, and so typed as WebhookEvent. */
export type VerifiedWebhook =
  | { readonly known: true; readonly event: WebhookEvent; readonly delivery: WebhookDelivery }
  | { readonly known: false; readonly event: UnknownWebhookEvent; readonly delivery: WebhookDelivery };

export type VerifyRecallRequestOptions = WebhookSecrets & {
  headers: WebhookHeaders;
  /** The raw body of a POST; `null` for a GET or a websocket upgrade (the signed content then ends after the timestamp). */
  payload: WebhookBody | null;
};

/** Standard Webhooks' default: a signature made more than 5 minutes from this machine's clock is refused (replays). */
const TOLERANCE_SECONDS = 5 * 60;
/** Shortest secret accepted: HMAC-SHA256 keys below 128 bits are guessable offline from one signed delivery. */
const MIN_SECRET_BYTES = 16;
const SECRET_PREFIX = "whsec_";
const KNOWN_EVENTS: ReadonlySet<string> = new Set(webhookEventNames);
const RAW_BODY_HINT = "pass the raw body exactly as received (a string, Buffer or Uint8Array; with Express, express.raw({ type: \"application/json\" }))";

/**
 * Verifies any request Recall signs and returns its delivery id and timestamp. `payload: null` for a websocket upgrade
 * or a GET token callback. Throws WebhookVerificationError naming the check that failed (never the secret).
 */
export function verifyRecallRequest(options: VerifyRecallRequestOptions): WebhookDelivery {
  const keys = secretKeys(options);
  const { payload, headers } = options;
  if (payload !== null && !isBody(payload)) throw new WebhookVerificationError("body", `the payload is ${describeValue(payload)}: ${RAW_BODY_HINT}, or null for a websocket upgrade or GET`);
  return verifySignature(keys, headers, payload === null ? new Uint8Array(0) : bytesOf(payload));
}

/** Verifies a webhook delivery and returns its event (typed when the spec describes it) with the delivery's id and timestamp. */
export function verifyWebhook(rawBody: WebhookBody, headers: WebhookHeaders, options: WebhookSecrets): VerifiedWebhook {
  const keys = secretKeys(options);
  if (!isBody(rawBody)) throw new WebhookVerificationError("body", `the body is ${describeValue(rawBody)}: ${RAW_BODY_HINT}`);
  const bytes = bytesOf(rawBody);
  if (bytes.length === 0) throw new WebhookVerificationError("body", `the body is empty: ${RAW_BODY_HINT}`);
  const delivery = verifySignature(keys, headers, bytes);
  const event = parseEvent(bytes);
  return KNOWN_EVENTS.has(event.event) ? { known: true, event: event as unknown as WebhookEvent, delivery } : { known: false, event, delivery };
}

/**
 * Verifies a webhook and returns its event, typed: `event` narrows `data`. Pass the body exactly as received (string
 * or bytes): a re-serialized body does not verify. Throws WebhookVerificationError naming the check that failed,
 * including for a signed event the spec does not describe (`check: "event"`; createWebhookHandler acknowledges those).
 */
export function unwrapWebhook(rawBody: WebhookBody, headers: WebhookHeaders, options: UnwrapWebhookOptions): WebhookEvent {
  const verified = verifyWebhook(rawBody, headers, options);
  if (!verified.known) {
    throw new WebhookVerificationError("event", `the signature is valid but ${describeName(verified.event.event)} is not an event this client's spec describes (recording and artifact status events)`);
  }
  return verified.event;
}

/** Throws WebhookVerificationError("secret") now, for options that could never verify anything. */
export function checkSecrets(options: WebhookSecrets): void {
  secretKeys(options);
}

/** Every secret's key bytes; throws on none, or on one that is not `whsec_` + base64 of at least 16 bytes. */
function secretKeys(options: WebhookSecrets): Uint8Array[] {
  const { secret, secrets } = (options ?? {}) as Partial<{ secret: unknown; secrets: unknown }>;
  if (secret !== undefined && secrets !== undefined) throw new WebhookVerificationError("secret", "give secret or secrets, not both");
  const list: unknown[] = secrets === undefined ? [secret] : Array.isArray(secrets) ? secrets : [];
  if (list.length === 0) throw new WebhookVerificationError("secret", "secrets must be a non-empty array of signing secrets (whsec_...)");
  return list.map((value, index) => {
    const where = secrets === undefined ? "the signing secret" : `secrets[${index}]`;
    if (typeof value !== "string" || value.trim() === "") throw new WebhookVerificationError("secret", `${where} is required (whsec_... from the Recall dashboard)`);
    const encoded = value.startsWith(SECRET_PREFIX) ? value.slice(SECRET_PREFIX.length) : value;
    const key = decodeBase64(encoded);
    // The messages never quote the secret, not even a part of it.
    if (key === undefined) throw new WebhookVerificationError("secret", `${where} is not whsec_ followed by base64`);
    if (key.length < MIN_SECRET_BYTES) throw new WebhookVerificationError("secret", `${where} decodes to ${key.length} bytes; a signing secret has at least ${MIN_SECRET_BYTES} bytes`);
    return key;
  });
}

function verifySignature(keys: readonly Uint8Array[], headers: WebhookHeaders, body: Uint8Array): WebhookDelivery {
  if (!isHeaders(headers)) throw new WebhookVerificationError("headers", `the headers are ${describeValue(headers)}: pass a Headers, a Map or the request's header object`);
  const id = header(headers, "id");
  const timestamp = header(headers, "timestamp");
  const signatures = header(headers, "signature");
  if (!/^\d{1,15}$/.test(timestamp)) throw new WebhookVerificationError("timestamp", "webhook-timestamp is not a number of seconds");
  const seconds = Number(timestamp);
  const skew = seconds - Math.floor(Date.now() / 1000);
  if (Math.abs(skew) > TOLERANCE_SECONDS) {
    throw new WebhookVerificationError("timestamp", `webhook-timestamp is ${Math.abs(skew)} s ${skew < 0 ? "old" : "in the future"}, more than 5 minutes from this machine's clock`);
  }
  const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  const offered = signatures
    .split(" ")
    .filter((entry) => entry.startsWith("v1,"))
    .map((entry) => decodeBase64(entry.slice(3)))
    .filter((bytes): bytes is Uint8Array => bytes !== undefined);
  const matches = keys.some((key) => {
    const expected = hmac(key, signed);
    return offered.some((signature) => equalBytes(signature, expected));
  });
  if (!matches) {
    const secrets = keys.length === 1 ? "this secret" : `any of the ${keys.length} secrets`;
    throw new WebhookVerificationError("signature", `no signature in webhook-signature matches the body signed with ${secrets}`);
  }
  return { id, timestamp: new Date(seconds * 1000) };
}

function parseEvent(bytes: Uint8Array): UnknownWebhookEvent {
  let text: string;
  try {
    // Signed bytes may still not be UTF-8: refuse them rather than parse a U+FFFD replacement. A BOM is dropped here.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new WebhookVerificationError("json", "the signature is valid but the body is not UTF-8 text");
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError("json", "the signature is valid but the body is not JSON");
  }
  const name = (event as { event?: unknown } | null)?.event;
  if (typeof event !== "object" || event === null || Array.isArray(event) || typeof name !== "string") {
    throw new WebhookVerificationError("event", "the signature is valid but the body is not an object with an \"event\" name");
  }
  return event as UnknownWebhookEvent;
}

/** A `webhook-*` header, else its `svix-*` name (Svix-delivered legacy endpoints); an empty value counts as absent. */
function header(headers: WebhookHeaders, name: "id" | "timestamp" | "signature"): string {
  const value = read(headers, `webhook-${name}`) || read(headers, `svix-${name}`);
  if (!value) throw new WebhookVerificationError("headers", `missing header webhook-${name} (or svix-${name})`);
  return value;
}

function read(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name)?.trim() ?? undefined;
  const entries: Iterable<[string, unknown]> = headers instanceof Map ? headers.entries() : Object.entries(headers);
  for (const [key, value] of entries) {
    if (typeof key !== "string" || key.toLowerCase() !== name) continue;
    // Node joins repeated headers into an array; several signatures are space-separated in one value.
    if (typeof value === "string") return value.trim();
    if (Array.isArray(value)) return value.filter((item) => typeof item === "string").join(" ").trim();
  }
  return undefined;
}

function isHeaders(value: unknown): value is WebhookHeaders {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** By tag, not instanceof: a Buffer or ArrayBuffer from another realm (a worker, a VM context) is still bytes. */
function isBody(value: unknown): value is WebhookBody {
  const tag = Object.prototype.toString.call(value);
  return typeof value === "string" || tag === "[object Uint8Array]" || tag === "[object ArrayBuffer]";
}

function bytesOf(body: WebhookBody): Uint8Array {
  if (typeof body === "string") return new TextEncoder().encode(body);
  return ArrayBuffer.isView(body) ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : new Uint8Array(body);
}

/** What the caller passed instead of a raw body, without its content. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array (a parsed body?)";
  if (typeof value === "object") return "an object (a parsed body?)";
  return typeof value;
}

/** An event name for a message: quoted with control characters escaped, and cut, since the sender chose it. */
export function describeName(name: string): string {
  const cut = [...name].slice(0, 64).join("");
  return `"${JSON.stringify(cut).slice(1, -1)}${cut.length < name.length ? "..." : ""}"`;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeBase64(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Constant-time for equal lengths: the time taken does not tell how many leading bytes of a forged signature match. */
function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}
