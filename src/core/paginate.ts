// Lazy iteration over a cursor-paginated list: one page is fetched only when the previous one is used up.

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

  constructor(fetchPage: FetchPage<T>) {
    this.#fetchPage = fetchPage;
  }

  /** Page by page, for callers that want each response or the page boundaries. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.#fetchPage(undefined);
    yield page;
    while (page.next !== null) {
      page = await this.#fetchPage(page.next);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}
