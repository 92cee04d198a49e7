// Checks of the client's and each call's options, before anything is queued or sent. A bad option is the caller's
// mistake, not the network's: it fails at once with RecallValidationError and is never retried.

import { RecallValidationError } from "./errors.js";

/** setTimeout's largest delay; a longer one fires after 1 ms (with a TimeoutOverflowWarning). */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

// Visible ASCII with inner spaces: what an HTTP header value may carry without being refused or altered on the way.
const HEADER_TEXT = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;

/** An API key or Idempotency-Key: printable ASCII, no surrounding spaces. The value is never echoed (it is a secret). */
export function checkHeaderValue(value: unknown, path: string): string {
  if (typeof value !== "string" || value === "") throw new RecallValidationError(path, "required, a non-empty string");
  if (!HEADER_TEXT.test(value)) {
    throw new RecallValidationError(path, `must be printable ASCII without surrounding spaces (got ${value.length} characters; the value is not shown)`);
  }
  return value;
}

/** `maxRetries`: a finite integer from 0 (`NaN`, say from an unset environment variable, would retry forever). */
export function checkMaxRetries(value: unknown, path = "maxRetries"): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) throw new RecallValidationError(path, `expected an integer from 0, got ${shown(value)}`);
  return value;
}

/** `timeout`: milliseconds, positive and within the timer's range, or `Infinity` for no timeout. */
export function checkTimeout(value: unknown, path = "timeout"): number | undefined {
  if (value === undefined || value === Number.POSITIVE_INFINITY) return value;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw new RecallValidationError(path, `expected milliseconds above 0 and at most ${MAX_TIMEOUT_MS}, or Infinity for none; got ${shown(value)}`);
  }
  return value;
}

// Numbers are safe to echo; anything else is named by type only (a misplaced secret must not end up in a message).
const shown = (value: unknown): string => (typeof value === "number" ? String(value) : value === null ? "null" : typeof value);
