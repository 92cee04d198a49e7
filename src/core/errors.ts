// The error hierarchy. Calls throw these; none holds the request, its headers or the API key.

/** Base of every error this library throws. */
export class RecallError extends Error {
  override readonly name: string = "RecallError";
}

/** Input refused before anything was sent; `path` names the parameter (e.g. `body.metadata.crm_id`). */
export class RecallValidationError extends RecallError {
  override readonly name: string = "RecallValidationError";
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
  }
}

/**
 * The server answered with a status that is not a success. Each subclass narrows `status` to its own
 * (`NotFoundError.status` is `404`), so a caught error's status type says which one it is.
 */
export class APIError<TStatus extends number = number> extends RecallError {
  override readonly name: string = "APIError";
  /** Request id from a response header, when the server sends one. */
  readonly requestId: string | undefined;
  constructor(
    readonly status: TStatus,
    readonly headers: Headers,
    /** Parsed JSON, or the raw text when the body is not JSON (Recall's firewall answers HTML), or undefined when empty. */
    readonly body: unknown,
    message?: string,
  ) {
    super(message ?? `${status} ${describe(body)}`);
    this.requestId = requestIdOf(headers);
  }
}

export class BadRequestError extends APIError<400> { override readonly name: string = "BadRequestError"; }
export class AuthenticationError extends APIError<401> { override readonly name: string = "AuthenticationError"; }
export class PermissionDeniedError extends APIError<403> { override readonly name: string = "PermissionDeniedError"; }
export class NotFoundError extends APIError<404> { override readonly name: string = "NotFoundError"; }
export class ConflictError extends APIError<409> { override readonly name: string = "ConflictError"; }
/** Any 5xx. */
export class InternalServerError extends APIError { override readonly name: string = "InternalServerError"; }

export class RateLimitError extends APIError<429> {
  override readonly name: string = "RateLimitError";
  /** Seconds the server asked us to wait (`Retry-After`), when it said; the retry itself waits at most 60 s of it. */
  readonly retryAfter: number | undefined;
  constructor(headers: Headers, body: unknown, retryAfter: number | undefined) {
    super(429, headers, body);
    this.retryAfter = retryAfter;
  }
}

/**
 * A success status whose body cannot be used: not what the operation promises (APIResponseParseError) or not what
 * the spec says (APIResponseValidationError, with `validateResponses: "strict"`). Not an APIError: the server did
 * not report a failure, so no status check on APIError should catch it.
 */
export class APIResponseError extends RecallError {
  override readonly name: string = "APIResponseError";
  /** Request id from a response header, when the server sends one. */
  readonly requestId: string | undefined;
  constructor(
    /** The success status the body came with. */
    readonly status: number,
    readonly headers: Headers,
    /** The body as received: parsed JSON, or raw text when it is not JSON. */
    readonly body: unknown,
    message: string,
  ) {
    super(message);
    this.requestId = requestIdOf(headers);
  }
}

/** A success body that is not what the operation promises: not JSON, not a page, or a list whose cursor repeats. */
export class APIResponseParseError extends APIResponseError {
  override readonly name: string = "APIResponseParseError";
}

/**
 * The request never got a complete response (DNS, refused, reset, dropped mid-body). The message names the host and
 * the reason (e.g. `ECONNREFUSED`); `cause` holds fetch's own error.
 */
export class APIConnectionError extends RecallError {
  override readonly name: string = "APIConnectionError";
}

/** One attempt took longer than `timeout` milliseconds. */
export class APITimeoutError extends APIConnectionError {
  override readonly name: string = "APITimeoutError";
}

/** The caller's `signal` aborted the call (while queued, waiting to retry, or in flight). */
export class APIUserAbortError extends RecallError {
  override readonly name: string = "APIUserAbortError";
  constructor(message = "Request was aborted.") {
    super(message);
  }
}

/** The rate-limit store (e.g. Redis) failed or did not answer in time; the call was not sent. */
export class RateLimitStoreError extends RecallError {
  override readonly name: string = "RateLimitStoreError";
}

const requestIdOf = (headers: Headers): string | undefined => headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;

const BY_STATUS: Record<number, new (status: never, headers: Headers, body: unknown) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
};

/** The subclass for a status; `retryAfter` (seconds, as the server sent it) only matters for 429. */
export function makeAPIError(status: number, headers: Headers, body: unknown, retryAfter?: number): APIError {
  if (status === 429) return new RateLimitError(headers, body, retryAfter);
  // Each constructor's status type is its own literal; BY_STATUS pairs them, so `never` stands for "the right one".
  return new (BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError))(status as never, headers, body);
}

/** Characters of a body's `detail` (or of the body itself) an error message shows; `.body` keeps all of it. */
export const MAX_DETAIL = 500;

// Recall's JSON errors carry `detail` (and sometimes `code`); anything else is shown as text. Every shape is shown
// on one bounded line: a body cannot make a message huge, forge a log line, or (too deep to print) fail the call.
function describe(body: unknown): string {
  if (body === undefined || body === "") return "(no body)";
  if (body !== null && typeof body === "object" && "detail" in body && typeof body.detail === "string") {
    return oneLine("code" in body && typeof body.code === "string" ? `${body.code.slice(0, 100)}: ${body.detail}` : body.detail);
  }
  if (typeof body === "string") return oneLine(body);
  try {
    return oneLine(JSON.stringify(body));
  } catch {
    return "(a JSON body too deep to show; see .body)";
  }
}

/** Control characters and runs of space as one space, cut at MAX_DETAIL characters. */
export function oneLine(text: string, max = MAX_DETAIL): string {
  const cut = text.length > max * 2 ? text.slice(0, max * 2) : text;
  const flat = cut.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
  return flat.length > max || cut.length < text.length ? `${flat.slice(0, max)}…` : flat;
}
