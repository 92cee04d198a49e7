// The promise every call returns: awaits to the parsed body, and `.withResponse()` reaches the raw Response.

export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}

/**
 * A Promise of the parsed body (calls throw on failure rather than returning `{ data, error }`: see src/client.ts),
 * plus `.withResponse()` for the body together with the raw Response of the successful attempt.
 */
export interface APIPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

const dataOf = <T>(result: WithResponse<T>): T => result.data;
const ignore = (): void => {};

// A native Promise with one method attached, not a Promise subclass: `await` stays on V8's fast path.
export function apiPromise<T>(raw: Promise<WithResponse<T>>): APIPromise<T> {
  const promise = raw.then(dataOf) as APIPromise<T>;
  promise.withResponse = () => {
    // Whoever asks for the response handles the rejection there; the body promise must not report it again.
    promise.catch(ignore);
    return raw;
  };
  return promise;
}
