// Type tests of the checks' public surface: the validateResponses option and the errors' fields.

import { describe, expectTypeOf, it } from "vitest";
import { type APIResponseError, type APIResponseParseError, type APIResponseValidationError, type ResponseIssue, type ValidateResponses, type WebhookVerificationError, createRecallClient } from "../../src/index.js";

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

describe("schema defaults in request types", () => {
  it("leave a field with a default optional to send (createTranscript's diarization: {})", () => {
    const recall = createRecallClient({ apiKey: "k", region: "us-east-1" });
    expectTypeOf(recall.recordings.createTranscript).toBeCallableWith("5a7062f3-bd54-4838-b296-df84f85c7b92", { provider: { recallai_async: {} }, diarization: {} });
  });
});

describe("the response errors", () => {
  it("put both bad-2xx errors under APIResponseError, apart from APIError", () => {
    expectTypeOf<APIResponseValidationError>().toExtend<APIResponseError>();
    expectTypeOf<APIResponseParseError>().toExtend<APIResponseError>();
    expectTypeOf<APIResponseValidationError["status"]>().toEqualTypeOf<number>();
  });
});
