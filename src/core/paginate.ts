// Lazy iteration over a cursor-paginated list: one page is fetched only when the previous one is used up.

import { APIResponseParseError } from "./errors.js";

/** One page of a list. */
export interface Page<T> {
  readonly items: T[];
  /** The next page's URL as the API sent it (only its cursor is used), or null on the last page. */
  readonly next: string | null;
  readonly response: Response;
}

/** Fetches the first page when given undefined, else the page a previous page's `next` names. */
export type FetchPage<T> = (next: string | undefined) => Promise<Page<T>>;

/** Every item of every page, fetched lazily as iteration proceeds. */
export class PageIterator<T> implements AsyncIterable<T> {
  readonly #fetchPage: FetchPage<T>;
  readonly #cursorOf: (next: string) => string;

  /** `cursorOf` reads what identifies a page in a `next` (its cursor): a repeat means the list would never end. */
  constructor(fetchPage: FetchPage<T>, cursorOf: (next: string) => string = (next) => next) {
    this.#fetchPage = fetchPage;
    this.#cursorOf = cursorOf;
  }

  /** Page by page, for callers that want each response or the page boundaries. Stops with an error when a cursor repeats. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.#fetchPage(undefined);
    yield page;
    // Each cursor, with the page whose `next` named it: one entry per page the caller has taken.
    const seen = new Map<string, number>();
    for (let read = 1; page.next !== null; read++) {
      const cursor = this.#cursorOf(page.next);
      const before = seen.get(cursor);
      if (before !== undefined) {
        const { status, headers } = page.response;
        throw new APIResponseParseError(status, headers, undefined, `page ${read}'s next cursor repeats page ${before}'s: the list would never end`);
      }
      seen.set(cursor, read);
      page = await this.#fetchPage(page.next);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}
