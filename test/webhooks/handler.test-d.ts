// Type tests of createWebhookHandler: each handler gets its own event type and the delivery; unknown names are refused.

import { describe, expectTypeOf, it } from "vitest";
import { type RecordingDoneEvent, type TranscriptFailedEvent, type UnknownWebhookEvent, type WebhookDelivery, createWebhookHandler, verifyRecallRequest } from "../../src/index.js";
import { createRedisDedupeStore } from "../../src/redis.js";
import type { RedisClientType } from "redis";

describe("createWebhookHandler types", () => {
  it("types each handler's event by its name", () => {
    createWebhookHandler({
      secret: "whsec_",
      on: {
        "recording.done": (event, delivery) => {
          expectTypeOf(event).toEqualTypeOf<RecordingDoneEvent>();
          expectTypeOf(delivery).toEqualTypeOf<WebhookDelivery>();
          expectTypeOf(delivery.timestamp).toEqualTypeOf<Date>();
        },
        "transcript.failed": async (event) => expectTypeOf(event.data.transcript.id).toEqualTypeOf<string>() && expectTypeOf(event).toEqualTypeOf<TranscriptFailedEvent>(),
        // @ts-expect-error not an event of the spec: use onUnknown
        "bot.done": () => {},
      },
      onUnknown: (event) => expectTypeOf(event).toEqualTypeOf<UnknownWebhookEvent>(),
    });
  });

  it("takes secret or secrets, not both", () => {
    createWebhookHandler({ secrets: ["whsec_a", "whsec_b"], on: {} });
    // @ts-expect-error one or the other
    createWebhookHandler({ secret: "whsec_a", secrets: ["whsec_b"], on: {} });
  });

  it("verifyRecallRequest takes payload null and returns the delivery", () => {
    expectTypeOf(verifyRecallRequest({ secret: "whsec_", headers: {}, payload: null })).toEqualTypeOf<WebhookDelivery>();
  });

  it("takes a node-redis client as the Redis dedupe store's client", () => {
    const client = {} as RedisClientType;
    createRedisDedupeStore({ client });
  });
});
