// Errors of long-running work: an object that ended failed or deleted while waited for, a wait that ran out of time,
// and a download that could not complete.

import { RecallError } from "../core/errors.js";

/** The object reached `failed` or `deleted` instead of `done`: `object` is it as last retrieved (see `status.sub_code`). */
export class WaitFailedError<T = unknown> extends RecallError {
  override readonly name: string = "WaitFailedError";
  constructor(
    /** The status code that ended the wait. */
    readonly status: "failed" | "deleted",
    /** The object as last retrieved. */
    readonly object: T,
    id: string,
    subCode: string | null | undefined,
  ) {
    super(`${id} is ${status}${subCode ? ` (${subCode.slice(0, 100)})` : ""}, not done`);
  }
}

/** The object was still not done after the wait's `timeout`: `object` is it as last retrieved. */
export class WaitTimeoutError<T = unknown> extends RecallError {
  override readonly name: string = "WaitTimeoutError";
  constructor(
    readonly object: T,
    id: string,
    timeoutMs: number,
    status: string,
  ) {
    super(`${id} is still ${status.slice(0, 40)} after ${timeoutMs} ms of waiting`);
  }
}

/** A download that could not complete: no URL yet, a URL the client refuses, or a file host that kept failing. */
export class DownloadError extends RecallError {
  override readonly name: string = "DownloadError";
  constructor(
    message: string,
    /** The download host's last HTTP status, when it answered. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
