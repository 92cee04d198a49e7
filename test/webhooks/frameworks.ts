// The webhook handler mounted the way users mount it: node:http, Express 5 (with and without a raw-body parser),
// Hono on @hono/node-server, and a plain Web Request. Each listens on a free 127.0.0.1 port.

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import express from "express";
import { Hono } from "hono";
import type { WebhookHandler } from "../../src/index.js";

export interface Endpoint {
  /** Sends one delivery and returns the status and parsed JSON answer. */
  post(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  close(): Promise<void>;
}

const PATH = "/webhooks/recall";

async function listening(server: Server): Promise<Endpoint> {
  if (!server.listening) await new Promise<void>((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PATH}`;
  return {
    async post(body, headers) {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const frameworks: [string, (handler: WebhookHandler) => Promise<Endpoint>][] = [
  ["node:http", (handler) => listening(createServer((req, res) => void handler.node(req, res)).listen(0, "127.0.0.1"))],
  [
    "Express 5 with express.raw",
    (handler) => {
      const app = express();
      app.post(PATH, express.raw({ type: "*/*" }), (req, res) => handler.node(req, res));
      return listening(app.listen(0, "127.0.0.1"));
    },
  ],
  [
    "Express 5 without a body parser",
    (handler) => {
      const app = express();
      app.post(PATH, (req, res) => handler.node(req, res));
      return listening(app.listen(0, "127.0.0.1"));
    },
  ],
  [
    "Hono on @hono/node-server",
    (handler) => {
      const app = new Hono();
      app.post(PATH, (c) => handler.fetch(c.req.raw));
      return listening(serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server);
    },
  ],
  [
    "a plain Web Request",
    async (handler) => ({
      async post(body, headers) {
        const response = await handler.fetch(new Request(`https://example.test${PATH}`, { method: "POST", headers, body }));
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      },
      async close() {},
    }),
  ],
];
