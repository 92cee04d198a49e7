// Per-call cost of recordings.update (no retry triggered) against bare openapi-fetch client.PATCH and a
// hand-written fetch call, all on the same in-process stub fetch; interleaved rounds, medians in µs per call.
// Three more variants add one piece of the work the client must do to bare openapi-fetch, so the table shows
// what each costs: a per-attempt timeout, an Idempotency-Key header, and the input check.
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { operations } from "../../generated/operations.js";
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

export interface ClientFigures {
  /** The Node version that ran the variants. */
  readonly node: string;
  readonly callsPerRound: number;
  readonly rounds: number;
  /** Median microseconds per call. */
  readonly micros: Readonly<Record<ClientVariant, number>>;
  /** Median over rounds of each round's ratio to openapi-fetch: neighbours in time share the machine's state, so drift cancels. */
  readonly ratios: Readonly<Record<ClientVariant, number>>;
}

const BASE_URL = "https://us-east-1.recall.ai";
const ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";
const BODY = { metadata: { crm_id: "42", team: "sales" } };
const RECORDING = JSON.stringify({ id: ID, created_at: "2024-12-03T02:54:11.397104Z", metadata: BODY.metadata, status: { code: "done", sub_code: null, updated_at: "2024-12-03T02:55:03.088727Z" } });
const stubFetch = async (_request: Request): Promise<Response> => new Response(RECORDING, { status: 200, headers: { "content-type": "application/json" } });
const abort = (controller: AbortController): void => controller.abort();

/** Calls per round and rounds: many short rounds, so each round's ratio compares neighbours in time. */
export function clientBenchSize(env: NodeJS.ProcessEnv = process.env): { calls: number; rounds: number } {
  return { calls: Number(env.BENCH_CALLS ?? 1000), rounds: Number(env.BENCH_ROUNDS ?? 30) };
}

export async function benchClient({ calls: callsPerRound, rounds } = clientBenchSize()): Promise<ClientFigures> {
  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: stubFetch, headers: { Authorization: "Token bench-key" } });
  const patch = async (headers?: Record<string, string>) => {
    const { data, response } = await bare.PATCH("/api/v1/recording/{id}/", { params: { path: { id: ID } }, body: BODY, headers });
    if (!response.ok) throw new Error(String(response.status));
    return data;
  };
  const ours = createRecallClient({ apiKey: "bench-key", fetch: stubFetch, rateLimit: false });
  // The limiter admits 300 calls a minute per key, so every 250 calls go to a client with a key of its own. Each
  // client is made and has made one call before timing starts, as a long-lived client has: its limiter exists.
  const limited: ReturnType<typeof createRecallClient>[] = [];
  for (let i = 0; i < Math.ceil(((rounds + 1) * callsPerRound) / 250); i++) {
    limited.push(createRecallClient({ apiKey: `bench-key-${i}`, fetch: stubFetch }));
    await limited[i]!.recordings.update(ID, BODY);
  }
  let limitedCalls = 0;
  const variants: Record<ClientVariant, () => Promise<unknown>> = {
    handWritten: async () => {
      const response = await stubFetch(
        new Request(`${BASE_URL}/api/v1/recording/${encodeURIComponent(ID)}/`, {
          method: "PATCH",
          headers: { Authorization: "Token bench-key", "Content-Type": "application/json" },
          body: JSON.stringify(BODY),
        }),
      );
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    },
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
    oursWithLimiter: () => {
      const client = limited[Math.floor(limitedCalls++ / 250)]!;
      return client.recordings.update(ID, BODY);
    },
  };
  const order = Object.entries(variants) as [ClientVariant, () => Promise<unknown>][];
  const samples = Object.fromEntries(order.map(([name]) => [name, [] as number[]])) as Record<ClientVariant, number[]>;
  const ratioSamples = Object.fromEntries(order.map(([name]) => [name, [] as number[]])) as Record<ClientVariant, number[]>;
  for (let round = 0; round <= rounds; round++) {
    const thisRound: Partial<Record<ClientVariant, number>> = {};
    // Rotated every round: whichever variant runs after another inherits its garbage, so each takes every place.
    for (const [name, call] of order.map((_, i) => order[(i + round) % order.length] as (typeof order)[number])) {
      const started = performance.now();
      for (let i = 0; i < callsPerRound; i++) await call();
      const micros = ((performance.now() - started) * 1000) / callsPerRound;
      thisRound[name] = micros;
    }
    if (round === 0) continue; // round 0 warms the JIT
    for (const [name] of order) {
      samples[name].push(thisRound[name]!);
      ratioSamples[name].push(thisRound[name]! / thisRound.openapiFetch!);
    }
  }
  const micros = Object.fromEntries(order.map(([name]) => [name, median(samples[name])])) as Record<ClientVariant, number>;
  const ratios = Object.fromEntries(order.map(([name]) => [name, median(ratioSamples[name])])) as Record<ClientVariant, number>;
  return { node: process.versions.node, callsPerRound, rounds, micros, ratios };
}
