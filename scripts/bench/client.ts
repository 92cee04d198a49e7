// Per-call cost of recordings.update (no retry triggered) against bare openapi-fetch client.PATCH and a
// hand-written fetch call, twice: on an in-process stub fetch (what the client itself costs), and over HTTP to a
// node:http server on 127.0.0.1 with Node's own fetch (what a user sees, minus the internet).
// On the stub, three more variants add one piece of the client's work to bare openapi-fetch, so the table shows
// what each costs: a per-attempt timeout, an Idempotency-Key header, and the input check.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { operationTable as operations } from "../../generated/operations.js";
import { checkInput } from "../../src/core/input.js";
import { createRecallClient } from "../../src/index.js";
import { median } from "./stats.js";

export const CLIENT_VARIANTS = {
  handWritten: "hand-written fetch",
  openapiFetch: "openapi-fetch client.PATCH",
  withTimeout: "openapi-fetch + a per-attempt timeout (AbortController + timer)",
  withIdempotencyKey: "openapi-fetch + an Idempotency-Key header (random UUID)",
  withInputCheck: "openapi-fetch + the input check (UUID id, string metadata)",
  ours: "recordings.update (rateLimit: false)",
  oursWithLimiter: "recordings.update (limiter on)",
} as const;

export type ClientVariant = keyof typeof CLIENT_VARIANTS;
export type LoopbackVariant = "handWritten" | "openapiFetch" | "ours";

/** Median microseconds per call, and the median over rounds of each round's ratio to openapi-fetch in that round. */
export interface Measured<V extends string> {
  readonly calls: number;
  readonly rounds: number;
  readonly micros: Readonly<Record<V, number>>;
  readonly ratios: Readonly<Record<V, number>>;
}

export interface ClientFigures {
  /** The Node version that ran the variants. */
  readonly node: string;
  readonly stub: Measured<ClientVariant>;
  readonly loopback: Measured<LoopbackVariant>;
}

const ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";
const BODY = { metadata: { crm_id: "42", team: "sales" } };
const RECORDING = JSON.stringify({ id: ID, created_at: "2024-12-03T02:54:11.397104Z", metadata: BODY.metadata, status: { code: "done", sub_code: null, updated_at: "2024-12-03T02:55:03.088727Z" } });
const abort = (controller: AbortController): void => controller.abort();

/**
 * fetch up to the network: it builds its Request from its arguments (as undici's fetch does, even from a Request) and
 * reads the body it would send, then answers at once.
 */
const stubFetch = async (input: string | Request, init?: RequestInit): Promise<Response> => {
  await new Request(input, init).arrayBuffer();
  return new Response(RECORDING, { status: 200, headers: { "content-type": "application/json" } });
};

/** Calls per round and rounds: many short rounds, so each round's ratio compares neighbours in time. */
export function clientBenchSize(env: NodeJS.ProcessEnv = process.env): { calls: number; rounds: number } {
  return { calls: Number(env.BENCH_CALLS ?? 1000), rounds: Number(env.BENCH_ROUNDS ?? 30) };
}

/** Runs every variant `calls` times a round, order rotated each round; round 0 only warms the JIT. */
async function measure<V extends string>(variants: Record<V | "openapiFetch", () => Promise<unknown>>, calls: number, rounds: number): Promise<Measured<V>> {
  const order = Object.entries(variants) as [V, () => Promise<unknown>][];
  const samples = new Map<V, number[]>(order.map(([name]) => [name, []]));
  const ratioSamples = new Map<V, number[]>(order.map(([name]) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    const thisRound = new Map<string, number>();
    // Whichever variant runs after another inherits its garbage, so each takes every place in turn.
    for (const [name, call] of order.map((_, i) => order[(i + round) % order.length]!)) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await call();
      thisRound.set(name, ((performance.now() - started) * 1000) / calls);
    }
    if (round === 0) continue;
    for (const [name] of order) {
      samples.get(name)!.push(thisRound.get(name)!);
      ratioSamples.get(name)!.push(thisRound.get(name)! / thisRound.get("openapiFetch")!);
    }
  }
  const medians = (from: Map<V, number[]>) => Object.fromEntries(order.map(([name]) => [name, median(from.get(name)!)])) as Record<V, number>;
  return { calls, rounds, micros: medians(samples), ratios: medians(ratioSamples) };
}

/** The three ways of making the same PATCH against `baseUrl` with `fetch`. */
function makeCalls(baseUrl: string, fetch: (input: string | Request, init?: RequestInit) => Promise<Response>) {
  const bare = createClient<paths>({ baseUrl, fetch, headers: { Authorization: "Token bench-key" } });
  return {
    handWritten: async () => {
      const response = await fetch(`${baseUrl}/api/v1/recording/${encodeURIComponent(ID)}/`, {
        method: "PATCH",
        headers: { Authorization: "Token bench-key", "Content-Type": "application/json" },
        body: JSON.stringify(BODY),
      });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    },
    patch: async (headers?: Record<string, string>) => {
      const { data, response } = await bare.PATCH("/api/v1/recording/{id}/", { params: { path: { id: ID } }, body: BODY, headers });
      if (!response.ok) throw new Error(String(response.status));
      return data;
    },
    ours: createRecallClient({ apiKey: "bench-key", baseUrl, fetch, rateLimit: false }),
  };
}

async function benchStub(calls: number, rounds: number): Promise<Measured<ClientVariant>> {
  const baseUrl = "https://us-east-1.recall.ai";
  const { handWritten, patch, ours } = makeCalls(baseUrl, stubFetch);
  // The limiter admits 300 calls a minute per key, so every 250 calls go to a client with a key of its own. Each
  // client is made and has made one call before timing starts, as a long-lived client has: its limiter exists.
  const limited: ReturnType<typeof createRecallClient>[] = [];
  for (let i = 0; i < Math.ceil(((rounds + 1) * calls) / 250); i++) {
    limited.push(createRecallClient({ apiKey: `bench-key-${i}`, baseUrl, fetch: stubFetch }));
    await limited[i]!.recordings.update(ID, BODY);
  }
  let limitedCalls = 0;
  return measure<ClientVariant>(
    {
      handWritten,
      openapiFetch: () => patch(),
      withTimeout: async () => {
        const controller = new AbortController();
        const timer = setTimeout(abort, 60_000, controller);
        try {
          return await patch();
        } finally {
          clearTimeout(timer);
        }
      },
      withIdempotencyKey: () => patch({ "Idempotency-Key": crypto.randomUUID() }),
      withInputCheck: () => {
        checkInput(operations.recording_partial_update, { path: { id: ID }, body: BODY });
        return patch();
      },
      ours: () => ours.recordings.update(ID, BODY),
      oursWithLimiter: () => limited[Math.floor(limitedCalls++ / 250)]!.recordings.update(ID, BODY),
    },
    calls,
    rounds,
  );
}

async function benchLoopback(calls: number, rounds: number): Promise<Measured<LoopbackVariant>> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end(RECORDING));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  try {
    const { handWritten, patch, ours } = makeCalls(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, globalThis.fetch);
    return await measure<LoopbackVariant>({ handWritten, openapiFetch: () => patch(), ours: () => ours.recordings.update(ID, BODY) }, calls, rounds);
  } finally {
    server.close();
  }
}

export async function benchClient({ calls: callsPerRound, rounds } = clientBenchSize()): Promise<ClientFigures> {
  const stub = await benchStub(callsPerRound, rounds);
  // A round trip is about 10x a stub call: a tenth of the calls keeps the time alike.
  const loopback = await benchLoopback(Math.max(1, Math.round(callsPerRound / 10)), rounds);
  return { node: process.versions.node, stub, loopback };
}
