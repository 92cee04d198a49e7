// The promise every call returns: awaits to the parsed body, and `.withResponse()` reaches the raw Response.

export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}

/**
 * A Promise of the parsed body (calls throw on failure rather than returning `{ data, error }`: see errors.ts).
 * The body promise is derived lazily, so awaiting only `.withResponse()` leaves no unhandled rejection behind.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #raw: Promise<WithResponse<T>>;
  #parsed: Promise<T> | undefined;

  constructor(raw: Promise<WithResponse<T>>) {
    super((resolve) => resolve(undefined as T));
    this.#raw = raw;
  }

  // Derived promises (`.then` results) are plain Promises, not APIPromises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The parsed body together with the raw Response of the successful attempt. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#raw;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.#parsed ??= this.#raw.then((r) => r.data);
    return this.#parsed.then(onfulfilled, onrejected);
  }
}
