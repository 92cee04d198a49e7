// createWebhookHandler: verify, deduplicate and dispatch a delivery to the handler for its event, then answer so
// Recall does the right thing: 2xx stops its retries, 4xx and 5xx make it retry. One core, two faces (fetch and node).

import type { WebhookEventName, WebhookEvents } from "../../generated/webhooks.js";
import { RecallValidationError } from "../core/errors.js";
import { WebhookVerificationError } from "../core/check-errors.js";
import { DEFAULT_DEDUPE_LEASE_MS, DEFAULT_DEDUPE_TTL_MS, type WebhookDedupeStore, createMemoryDedupeStore } from "./dedupe.js";
import { type UnknownWebhookEvent, type WebhookBody, type WebhookDelivery, type WebhookHeaders, type WebhookSecrets, checkSecrets, describeName, verifyWebhook } from "./verify.js";

/** One handler per event name, each given its event typed from the spec and the delivery's id and timestamp. */
export type WebhookEventHandlers = {
  readonly [Name in WebhookEventName]?: (event: WebhookEvents[Name], delivery: WebhookDelivery) => unknown;
};

export type WebhookHandlerOptions = WebhookSecrets & {
  /** Handlers by event name, e.g. `{ "recording.done": async (event, delivery) => ... }`. A delivery waits for the promise. */
  on: WebhookEventHandlers;
  /** Signed events the spec does not describe, and spec events without a handler in `on`; acknowledged 2xx either way. */
  onUnknown?: (event: UnknownWebhookEvent, delivery: WebhookDelivery) => unknown;
  /**
   * Runs each webhook-id once (default: in this process's memory). A store shared by a fleet (e.g.
   * createRedisDedupeStore from recall-recording/redis), `{ store, ttl, lease }`, or `false` to run every delivery.
   * `ttl`: ms a handled id is remembered (default 48 h); `lease`: ms a running handler holds its id (default 2 min).
   */
  dedupe?: boolean | WebhookDedupeStore | { store?: WebhookDedupeStore; ttl?: number; lease?: number };
  /** Told of an error a handler threw (answered 500, so Recall retries) or of a failed dedupe store; never of the secret. */
  onError?: (error: unknown, delivery: WebhookDelivery) => unknown;
  /** Largest body read, in bytes (default 1 MiB); a larger one is answered 413 unread. */
  maxBodyBytes?: number;
};

/** How a delivery was answered: the status and the JSON body, the same for both faces. */
export interface WebhookOutcome {
  readonly status: number;
  readonly body: {
    /**
     * `handled`, `unknown` (signed, no handler), `duplicate` (this webhook-id already ran), `running` (another process
     * is running it: 409, so Recall retries later), `rejected` (400, 405, 413) or `failed` (500).
     */
    readonly outcome: "handled" | "unknown" | "duplicate" | "running" | "rejected" | "failed";
    /** For `rejected`: the check that failed (WebhookVerificationError's `check`), and why. */
    readonly check?: string;
    readonly message?: string;
  };
}

/** The parts of Node's IncomingMessage (and Express's Request) the node face reads. */
export interface NodeWebhookRequest extends AsyncIterable<unknown> {
  readonly method?: string;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** A body a raw-body parser already read (a Buffer from express.raw, or a string from express.text). */
  readonly body?: unknown;
  readonly readableEnded?: boolean;
}

/** The parts of Node's ServerResponse (and Express's Response) the node face writes. */
export interface NodeWebhookResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk?: string): unknown;
  readonly headersSent?: boolean;
}

export interface WebhookHandler {
  /** The Web standard face: Next.js route handlers, Hono (`c.req.raw`), Bun, Deno, Cloudflare Workers. Never rejects. */
  fetch(request: Request): Promise<Response>;
  /** node:http and Express: reads the raw body itself, or takes the Buffer a raw-body parser left on `req.body`. Never rejects. */
  node(req: NodeWebhookRequest, res: NodeWebhookResponse): Promise<void>;
  /** The core both faces call: verify, deduplicate, dispatch. Never rejects. */
  handle(rawBody: WebhookBody, headers: WebhookHeaders): Promise<WebhookOutcome>;
}

const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A webhook endpoint: 200 when handled, also for a validly signed event it has no handler for (so Recall does not
 * retry and in the end disable the endpoint) and for a webhook-id that already ran; 409 while another process runs
 * that id; 400 naming the failed check when verification fails; 500 when a handler throws, so Recall retries (its
 * webhook-id is released from deduplication first). Throws on bad options, at once.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  const { on, onUnknown, onError, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;
  checkSecrets(options);
  if (typeof on !== "object" || on === null) throw new RecallValidationError("on", "must be an object of handlers by event name");
  for (const [name, handler] of Object.entries(on)) {
    if (typeof handler !== "function") throw new RecallValidationError(`on[${JSON.stringify(name)}]`, "must be a function");
  }
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new RecallValidationError("maxBodyBytes", "must be a positive integer");
  const { store, ttl, lease } = dedupeOf(options.dedupe);
  const secrets = options.secret === undefined ? { secrets: options.secrets } : { secret: options.secret };
  const handlers = on as Readonly<Record<string, ((event: never, delivery: WebhookDelivery) => unknown) | undefined>>;

  const report = (error: unknown, delivery: WebhookDelivery): void => {
    // A failing error reporter, sync or async, must not turn into an exception or an unhandled rejection.
    try {
      const reported = onError?.(error, delivery);
      if (typeof (reported as PromiseLike<unknown> | undefined)?.then === "function") (reported as PromiseLike<unknown>).then(undefined, () => {});
    } catch {
      // Nothing left to tell.
    }
  };

  async function handle(rawBody: WebhookBody, headers: WebhookHeaders): Promise<WebhookOutcome> {
    let verified;
    try {
      verified = verifyWebhook(rawBody, headers, secrets);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return { status: 400, body: { outcome: "rejected", check: error.check, message: error.message } };
      return { status: 500, body: { outcome: "failed", message: "the webhook could not be verified" } };
    }
    const { event, delivery } = verified;
    try {
      const claim = store ? await store.claim(delivery.id, lease) : "claimed";
      if (claim === "done") return { status: 200, body: { outcome: "duplicate" } };
      if (claim !== "claimed") return { status: 409, body: { outcome: "running", message: "this delivery is being handled; retry later" } };
    } catch (error) {
      report(error, delivery);
      return { status: 500, body: { outcome: "failed", message: "the deduplication store failed" } };
    }
    const handler = verified.known ? handlers[event.event] : undefined;
    try {
      if (handler) await handler(event as never, delivery);
      else await onUnknown?.(event as UnknownWebhookEvent, delivery);
    } catch (error) {
      try {
        await store?.release(delivery.id);
      } catch (releaseError) {
        report(releaseError, delivery);
      }
      report(error, delivery);
      // The handler's message stays here: it may hold anything, and the answer goes back to the sender.
      return { status: 500, body: { outcome: "failed", message: `the handler for ${describeName(event.event)} threw` } };
    }
    try {
      await store?.complete(delivery.id, ttl);
    } catch (error) {
      // The work is done: answer 200. Without the mark, a redelivery after the lease would run it again.
      report(error, delivery);
    }
    return { status: 200, body: { outcome: handler ? "handled" : "unknown" } };
  }

  const safeHandle = (rawBody: WebhookBody, headers: WebhookHeaders): Promise<WebhookOutcome> =>
    handle(rawBody, headers).catch(() => ({ status: 500, body: { outcome: "failed", message: "the webhook could not be handled" } }) as const);

  return {
    handle: safeHandle,
    async fetch(request) {
      try {
        if (request.method !== "POST") return json({ status: 405, body: { outcome: "rejected", message: "webhooks are POST requests" } });
        const declared = Number(request.headers.get("content-length") ?? 0);
        if (declared > maxBodyBytes) return json(tooLarge(maxBodyBytes));
        const body = request.body ? await readLimited(chunksOf(request.body), maxBodyBytes) : new Uint8Array(0);
        if (body === undefined) return json(tooLarge(maxBodyBytes));
        return json(await safeHandle(body, request.headers));
      } catch {
        return json({ status: 400, body: { outcome: "rejected", check: "body", message: "the request body could not be read" } });
      }
    },
    async node(req, res) {
      let outcome: WebhookOutcome;
      try {
        if (req.method !== undefined && req.method !== "POST") outcome = { status: 405, body: { outcome: "rejected", message: "webhooks are POST requests" } };
        else if (req.body !== undefined || req.readableEnded) outcome = await safeHandle(req.body as WebhookBody, req.headers);
        else {
          const body = await readLimited(req, maxBodyBytes);
          outcome = body === undefined ? tooLarge(maxBodyBytes) : await safeHandle(body, req.headers);
        }
      } catch {
        outcome = { status: 400, body: { outcome: "rejected", check: "body", message: "the request body could not be read" } };
      }
      try {
        if (res.headersSent) return;
        res.statusCode = outcome.status;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(outcome.body));
      } catch {
        // The connection is gone; nothing left to answer.
      }
    },
  };
}

function dedupeOf(option: WebhookHandlerOptions["dedupe"]): { store: WebhookDedupeStore | undefined; ttl: number; lease: number } {
  if (option === false) return { store: undefined, ttl: 0, lease: 0 };
  const given = option === undefined || option === true ? {} : isStore(option) ? { store: option } : option;
  const { store = createMemoryDedupeStore(), ttl = DEFAULT_DEDUPE_TTL_MS, lease = Math.min(DEFAULT_DEDUPE_LEASE_MS, ttl) } = given;
  if (!isStore(store)) throw new RecallValidationError("dedupe.store", "needs claim, complete and release methods");
  if (!Number.isInteger(ttl) || ttl < 1) throw new RecallValidationError("dedupe.ttl", "must be a positive integer of milliseconds");
  if (!Number.isInteger(lease) || lease < 1 || lease > ttl) throw new RecallValidationError("dedupe.lease", "must be a positive integer of milliseconds, at most ttl");
  return { store, ttl, lease };
}

function isStore(value: unknown): value is WebhookDedupeStore {
  const store = value as Partial<WebhookDedupeStore> | undefined;
  return typeof store?.claim === "function" && typeof store.complete === "function" && typeof store.release === "function";
}

function json({ status, body }: WebhookOutcome): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function tooLarge(limit: number): WebhookOutcome {
  return { status: 413, body: { outcome: "rejected", check: "body", message: `the body is larger than ${limit} bytes` } };
}

async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) yield read.value;
  } finally {
    // Stops the transfer when the limit cut reading short.
    reader.cancel().catch(() => {});
  }
}

/** Every chunk of a body as one byte array, or undefined past `limit` bytes (reading stops there). */
async function readLimited(chunks: AsyncIterable<unknown>, limit: number): Promise<Uint8Array | undefined> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    length += bytes.length;
    if (length > limit) return undefined;
    parts.push(bytes);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    body.set(part, offset);
    offset += part.length;
  }
  return body;
}
