// Type tests of the webhook events generated from the spec: `event` narrows `data`.

import { describe, expectTypeOf, it } from "vitest";
import {
  type RecordingDoneEvent,
  type RecordingFailedEvent,
  type TranscriptDoneEvent,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookEvents,
  createRecallClient,
  unwrapWebhook,
} from "../../src/index.js";

declare const event: WebhookEvent;

describe("webhook event types", () => {
  it("unwrap returns the union, synchronously standalone and as a promise on the client", () => {
    expectTypeOf(unwrapWebhook("", {}, { secret: "whsec_" })).toEqualTypeOf<WebhookEvent>();
    expectTypeOf(createRecallClient({ apiKey: "k", region: "us-east-1" }).webhooks.unwrap("", new Headers(), { secret: "whsec_" })).toEqualTypeOf<Promise<WebhookEvent>>();
  });

  it("narrows data on event", () => {
    if (event.event === "recording.done") {
      expectTypeOf(event).toEqualTypeOf<RecordingDoneEvent>();
      expectTypeOf(event.data.recording.id).toEqualTypeOf<string>();
      expectTypeOf(event.data.bot).toEqualTypeOf<{ id: string; metadata: { [key: string]: unknown } } | null | undefined>();
      // @ts-expect-error a recording event carries no transcript
      void event.data.transcript;
    }
    if (event.event === "transcript.done") {
      expectTypeOf(event).toEqualTypeOf<TranscriptDoneEvent>();
      expectTypeOf(event.data.transcript.id).toEqualTypeOf<string>();
      expectTypeOf(event.data.data.sub_code).toEqualTypeOf<string | null>();
    }
    if (event.event === "recording.failed") {
      expectTypeOf(event).toEqualTypeOf<RecordingFailedEvent>();
      expectTypeOf(event.data.data.error.message).toEqualTypeOf<string>();
    }
  });

  it("switches exhaustively over the event names", () => {
    const name = (e: WebhookEvent): WebhookEventName => {
      switch (e.event) {
        case "recording.done":
          return e.event;
        default:
          return e.event;
      }
    };
    expectTypeOf(name).returns.toEqualTypeOf<WebhookEventName>();
    expectTypeOf<WebhookEvents["video_mixed.deleted"]["data"]["video_mixed"]["id"]>().toEqualTypeOf<string>();
    // @ts-expect-error not an event of the spec
    expectTypeOf<WebhookEvents["recording.exploded"]>();
  });
});
