// Errors of the checks on what Recall sends: response bodies against the spec, and webhook signatures.
// Kept apart from errors.ts so neither needs the other's changes; both classes are RecallErrors.

import { APIResponseError, RecallError } from "./errors.js";

/** One way a response body differs from the spec. */
export interface ResponseIssue {
  /**
   * `mismatch`: the body contradicts the spec (a wrong type, a missing required field, a bad format).
   * `new-value`: an enum field holds a value the spec does not list yet. `new-property`: an object holds a
   * property the spec does not name yet (allowed by the spec, so it never fails a call).
   */
  readonly kind: "mismatch" | "new-value" | "new-property";
  /** Where, as a dotted path into the body (`results[]` stands for every item), e.g. `status.code`; `(body)` for the whole. */
  readonly path: string;
  /** What the spec says, e.g. `string`, `one of "done", "failed"`. */
  readonly expected: string;
  /** What came, by type only (a value is never repeated: it may be a secret), e.g. `null`, `a string not in that format`, `nothing`. */
  readonly received: string;
}

/**
 * A 2xx body that breaks the spec, thrown with `validateResponses: "strict"`: `body` is the parsed body and `issues`
 * every difference found (`new-property` ones included, though alone they never throw). Like APIResponseParseError,
 * an APIResponseError and not an APIError: the server reported success.
 */
export class APIResponseValidationError extends APIResponseError {
  override readonly name: string = "APIResponseValidationError";
  constructor(
    /** The SDK method, e.g. `recordings.retrieve`. */
    readonly operation: string,
    status: number,
    headers: Headers,
    body: unknown,
    readonly issues: readonly ResponseIssue[],
  ) {
    const failing = issues.filter((issue) => issue.kind !== "new-property");
    const shown = failing.slice(0, 3).map((issue) => `${issue.path}: expected ${issue.expected}, got ${issue.received}`);
    const more = failing.length > shown.length ? `; and ${failing.length - shown.length} more` : "";
    super(status, headers, body, `${operation}: the ${status} response does not match the spec: ${shown.join("; ")}${more}`);
  }
}

/** Which check of a webhook failed. */
export type WebhookCheck = "secret" | "body" | "headers" | "timestamp" | "signature" | "json" | "event";

/**
 * A webhook that must not be trusted (or could not be checked): `check` says which check failed. The secret, the
 * signature and the body are never part of it.
 */
export class WebhookVerificationError extends RecallError {
  override readonly name: string = "WebhookVerificationError";
  constructor(
    readonly check: WebhookCheck,
    message: string,
  ) {
    super(message);
  }
}
