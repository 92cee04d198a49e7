// A scripted HTTP server on 127.0.0.1 that records every request it receives.

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
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      received.push(entry);
      const responder = script[Math.min(received.length, script.length) - 1];
      if (responder === undefined) throw new Error("startServer needs at least one responder");
      responder(res, entry);
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
