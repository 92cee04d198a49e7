// A `fetch` for the client's `fetch` option that records each request and Prism's answer to it.

/** One request the client sent and what came back. */
export interface Exchange {
  readonly method: string;
  readonly url: string;
  readonly requestHeaders: Headers;
  /** The request body as sent ("" for none). */
  readonly requestBody: string;
  readonly status: number;
  /** Prism's `sl-violations` header, parsed; [] when absent. */
  readonly violations: unknown[];
  /** The response body as text ("" for none). */
  readonly body: string;
}

export interface ExchangeRecorder {
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly exchanges: Exchange[];
}

/**
 * Records every exchange. `headers` are added to each request, e.g. `{ Prefer: "example=Finished" }`
 * to pick one of the spec's named examples, or `{ Prefer: "code=404" }` to pick a response status.
 */
export function recordExchanges(headers: Record<string, string> = {}): ExchangeRecorder {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    async fetch(url, init) {
      const merged = new Headers(init.headers);
      for (const [name, value] of Object.entries(headers)) merged.set(name, value);
      const request = new Request(url, { ...init, headers: merged });
      const requestBody = await request.clone().text();
      const response = await fetch(request);
      const raw = response.headers.get("sl-violations");
      exchanges.push({
        method: request.method,
        url: request.url,
        requestHeaders: request.headers,
        requestBody,
        status: response.status,
        violations: raw === null || raw === "" ? [] : (JSON.parse(raw) as unknown[]),
        body: await response.clone().text(),
      });
      return response;
    },
  };
}
