// Type tests of the checks' public surface: the validateResponses option and the errors' fields.

import { describe, expectTypeOf, it } from "vitest";
import { type APIResponseValidationError, type ResponseIssue, type ValidateResponses, type WebhookVerificationError, createRecallClient } from "../../src/index.js";

describe("validateResponses", () => {
  it("takes off, warn or strict", () => {
    expectTypeOf<ValidateResponses>().toEqualTypeOf<"off" | "warn" | "strict">();
    createRecallClient({ apiKey: "k", region: "us-east-1", validateResponses: "strict" });
    // @ts-expect-error not a mode
    createRecallClient({ apiKey: "k", validateResponses: "loud" });
  });

  it("gives the error its issues and the webhook error its check", () => {
    expectTypeOf<APIResponseValidationError["issues"]>().toEqualTypeOf<readonly ResponseIssue[]>();
    expectTypeOf<ResponseIssue["kind"]>().toEqualTypeOf<"mismatch" | "new-value" | "new-property">();
    expectTypeOf<WebhookVerificationError["check"]>().toEqualTypeOf<"secret" | "body" | "headers" | "timestamp" | "signature" | "json" | "event">();
  });
});
