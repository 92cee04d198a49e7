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

/** The server answered with a status that is not a success (or an unreadable success body). */
export class APIError extends RecallError {
  override readonly name: string = "APIError";
  /** Request id from a response header, when the server sends one. */
  readonly requestId: string | undefined;
  constructor(
    readonly status: number,
    readonly headers: Headers,
    /** Parsed JSON, or the raw text when the body is not JSON (Recall's firewall answers HTML), or undefined when empty. */
    readonly body: unknown,
    message?: string,
  ) {
    super(message ?? `${status} ${describe(body)}`);
    this.requestId = headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
  }
}

export class BadRequestError extends APIError { override readonly name: string = "BadRequestError"; }
export class AuthenticationError extends APIError { override readonly name: string = "AuthenticationError"; }
export class PermissionDeniedError extends APIError { override readonly name: string = "PermissionDeniedError"; }
export class NotFoundError extends APIError { override readonly name: string = "NotFoundError"; }
export class ConflictError extends APIError { override readonly name: string = "ConflictError"; }
export class InternalServerError extends APIError { override readonly name: string = "InternalServerError"; }
/** A 2xx whose body is not the JSON the operation promises. */
export class APIResponseParseError extends APIError { override readonly name: string = "APIResponseParseError"; }

export class RateLimitError extends APIError {
  override readonly name: string = "RateLimitError";
  /** Seconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  constructor(status: number, headers: Headers, body: unknown, retryAfter: number | undefined) {
    super(status, headers, body);
    this.retryAfter = retryAfter;
  }
}

/** The request never got a complete response (DNS, refused, reset, dropped mid-body). */
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

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
};

/** The subclass for a status; `retryAfterMs` only matters for 429. */
export function makeAPIError(status: number, headers: Headers, body: unknown, retryAfterMs?: number): APIError {
  if (status === 429) return new RateLimitError(status, headers, body, retryAfterMs === undefined ? undefined : retryAfterMs / 1000);
  return new (BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError))(status, headers, body);
}

const MAX_DETAIL = 200;

// Recall's JSON errors carry `detail` (and sometimes `code`); anything else is shown truncated.
function describe(body: unknown): string {
  if (body === undefined || body === "") return "(no body)";
  if (body !== null && typeof body === "object" && "detail" in body && typeof body.detail === "string") {
    return "code" in body && typeof body.code === "string" ? `${body.code}: ${body.detail}` : body.detail;
  }
  const text = typeof body === "string" ? body.replace(/\s+/g, " ").trim() : JSON.stringify(body);
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}
