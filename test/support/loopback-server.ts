// The one HTTP server the tests and the bench talk to: 127.0.0.1, a free port, every request recorded, each answered
// by a scripted responder; `strictLimit` is the responder that enforces a rate limit as Recall does.

import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Answers one request; the n-th request gets the n-th responder (the last one repeats). */
export type Responder = (res: ServerResponse, req: Received) => void;

export interface TestServer {
  readonly url: string;
  readonly received: Received[];
  close(): Promise<void>;
}

export async function startServer(...script: Responder[]): Promise<TestServer> {
  if (script.length === 0) throw new Error("startServer needs at least one responder");
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      script[Math.min(received.length, script.length) - 1]!(res, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Responder => (res) => {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
};

export const text = (status: number, body: string, headers: Record<string, string> = {}): Responder => (res) => {
  res.writeHead(status, headers).end(body);
};

/** Drops the connection without answering. */
export const hangUp: Responder = (res) => {
  res.socket?.destroy();
};

/** Answers with `then` after `ms` milliseconds (unless the client gave up first). */
export const slow = (ms: number, then: Responder): Responder => (res, req) => {
  const timer = setTimeout(() => then(res, req), ms);
  res.on("close", () => clearTimeout(timer));
};

export interface StrictLimitOptions {
  limit: number;
  windowMs: number;
  /**
   * Milliseconds the n-th request (0-based) spends in transit before the server counts it, as a slow network would
   * delay it; the response follows at once. Default: none.
   */
  transitMs?: (n: number) => number;
}

export interface StrictLimit {
  readonly respond: Responder;
  /** 2xx answers and 429 answers so far. */
  readonly counts: { served: number; limited: number };
}

/** The first burst of `limit` requests each spends up to `maxMs` in transit, spread evenly; later ones none. */
export const slowFirstBurst = (limit: number, maxMs: number) => (n: number): number => (n < limit ? (maxMs * ((n * 7) % limit)) / limit : 0);

const RECORDING = JSON.stringify({ id: "5a7062f3-bd54-4838-b296-df84f85c7b92", metadata: {} });

/** Recall's limit, strictly: a sliding window counted on each request's arrival, 429 with Retry-After over it. */
export function strictLimit({ limit, windowMs, transitMs = () => 0 }: StrictLimitOptions): StrictLimit {
  const counts = { served: 0, limited: 0 };
  /** Arrival times of the requests served within the window, oldest first. */
  const arrivals: number[] = [];
  let received = 0;
  const respond: Responder = (res) => {
    setTimeout(() => {
      const now = performance.now();
      while (arrivals.length > 0 && now - arrivals[0]! >= windowMs) arrivals.shift();
      if (arrivals.length >= limit) {
        counts.limited++;
        const retryAfter = Math.max(0, (arrivals[0]! + windowMs - now) / 1000).toFixed(3);
        res.writeHead(429, { "content-type": "application/json", "retry-after": retryAfter }).end('{"detail":"Request was throttled."}');
      } else {
        arrivals.push(now);
        counts.served++;
        res.writeHead(200, { "content-type": "application/json" }).end(RECORDING);
      }
    }, transitMs(received++));
  };
  return { respond, counts };
}
