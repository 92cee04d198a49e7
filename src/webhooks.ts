// Webhooks and other requests Recall signs: verification (webhooks/verify.ts), a handler with deduplication
// (webhooks/handler.ts, webhooks/dedupe.ts). Needs no API key: import { createWebhookHandler } from "recall-recording".

import type { WebhookEvent } from "../generated/webhooks.js";
import type { UnwrapWebhookOptions, VerifiedWebhook, WebhookBody, WebhookHeaders } from "./webhooks/verify.js";

export {
  type UnknownWebhookEvent,
  type UnwrapWebhookOptions,
  type VerifiedWebhook,
  type VerifyRecallRequestOptions,
  type WebhookBody,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookSecrets,
  unwrapWebhook,
  verifyRecallRequest,
  verifyWebhook,
} from "./webhooks/verify.js";
export {
  type NodeWebhookRequest,
  type NodeWebhookResponse,
  type WebhookEventHandlers,
  type WebhookHandler,
  type WebhookHandlerOptions,
  type WebhookOutcome,
  createWebhookHandler,
} from "./webhooks/handler.js";
export {
  DEFAULT_DEDUPE_LEASE_MS,
  DEFAULT_DEDUPE_TTL_MS,
  type DedupeClaim,
  type MemoryDedupeStoreOptions,
  type WebhookDedupeStore,
  createMemoryDedupeStore,
} from "./webhooks/dedupe.js";

/** `recall.webhooks`: the same checks, loaded on first use so a client that never receives webhooks does not ship them. */
export interface Webhooks {
  /** Verifies a webhook and resolves to its typed event; rejects with WebhookVerificationError (see unwrapWebhook). */
  unwrap(rawBody: WebhookBody, headers: WebhookHeaders, options: UnwrapWebhookOptions): Promise<WebhookEvent>;
  /** Verifies a webhook and resolves to its event with the delivery's id and timestamp (see verifyWebhook). */
  verify(rawBody: WebhookBody, headers: WebhookHeaders, options: UnwrapWebhookOptions): Promise<VerifiedWebhook>;
}
