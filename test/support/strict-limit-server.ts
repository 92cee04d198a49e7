// A loopback stand-in for Recall enforcing a rate limit strictly: a sliding window counted on each request's arrival,
// 429 with Retry-After over the limit. Used by the rate-limit tests and the bench.

import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface StrictLimitOptions {
  limit: number;
  windowMs: number;
  /**
   * Milliseconds the n-th request (0-based) spends in transit before the server counts it, as a slow network would
   * delay it; the response follows at once. Default: none.
   */
  transitMs?: (n: number) => number;
}

export interface StrictLimitServer {
  readonly url: string;
  /** 2xx answers, 429 answers, and every arrival time counted (performance.now() of this process). */
  readonly counts: { served: number; limited: number };
  /** When the first request arrived and the last response was sent (performance.now()). */
  readonly span: { first: number; last: number };
  close(): Promise<void>;
}

/** The first burst of `limit` requests each spends up to `maxMs` in transit, spread evenly; later ones none. */
export const slowFirstBurst = (limit: number, maxMs: number) => (n: number): number => (n < limit ? (maxMs * ((n * 7) % limit)) / limit : 0);

const RECORDING = JSON.stringify({ id: "5a7062f3-bd54-4838-b296-df84f85c7b92", metadata: {} });

export async function startStrictLimitServer({ limit, windowMs, transitMs = () => 0 }: StrictLimitOptions): Promise<StrictLimitServer> {
  const counts = { served: 0, limited: 0 };
  const span = { first: Number.NaN, last: Number.NaN };
  /** Arrival times of the requests served within the window, oldest first. */
  const arrivals: number[] = [];
  let received = 0;
  const server = createServer((request, response) => {
    const n = received++;
    request.resume();
    request.on("end", () =>
      setTimeout(() => {
        const now = performance.now();
        if (Number.isNaN(span.first)) span.first = now;
        while (arrivals.length > 0 && now - arrivals[0]! >= windowMs) arrivals.shift();
        if (arrivals.length >= limit) {
          counts.limited++;
          const retryAfter = Math.max(0, (arrivals[0]! + windowMs - now) / 1000).toFixed(3);
          response.writeHead(429, { "content-type": "application/json", "retry-after": retryAfter }).end('{"detail":"Request was throttled."}');
        } else {
          arrivals.push(now);
          counts.served++;
          response.writeHead(200, { "content-type": "application/json" }).end(RECORDING);
        }
        span.last = performance.now();
      }, transitMs(n)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    span,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
