// Per-call cost of recordings.update (no retry triggered) against bare openapi-fetch client.PATCH and a
// hand-written fetch call, all on the same in-process stub fetch; interleaved rounds, medians in µs per call.
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { createRecallClient } from "../../src/index.js";
import { median } from "./stats.js";

export interface ClientFigures {
  readonly callsPerRound: number;
  readonly rounds: number;
  /** Microseconds per call. */
  readonly handWritten: number;
  readonly openapiFetch: number;
  readonly ours: number;
  readonly oursWithLimiter: number;
}

const BASE_URL = "https://us-east-1.recall.ai";
const ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";
const BODY = { metadata: { crm_id: "42", team: "sales" } };
const RECORDING = JSON.stringify({ id: ID, created_at: "2024-12-03T02:54:11.397104Z", metadata: BODY.metadata, status: { code: "done", sub_code: null, updated_at: "2024-12-03T02:55:03.088727Z" } });
const stubFetch = async (_request: Request): Promise<Response> => new Response(RECORDING, { status: 200, headers: { "content-type": "application/json" } });

type Variant = () => Promise<unknown>;

export async function benchClient(callsPerRound: number, rounds: number): Promise<ClientFigures> {
  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch: stubFetch, headers: { Authorization: "Token bench-key" } });
  const ours = createRecallClient({ apiKey: "bench-key", fetch: stubFetch, rateLimit: false });
  // The limiter admits 300 calls a minute per key: each burst of 250 gets a key of its own.
  let limited = createRecallClient({ apiKey: "bench-key-0", fetch: stubFetch });
  let limitedCalls = 0;
  const variants: Record<Exclude<keyof ClientFigures, "callsPerRound" | "rounds">, Variant> = {
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
    openapiFetch: async () => {
      const { data, response } = await bare.PATCH("/api/v1/recording/{id}/", { params: { path: { id: ID } }, body: BODY });
      if (!response.ok) throw new Error(String(response.status));
      return data;
    },
    ours: () => ours.recordings.update(ID, BODY),
    oursWithLimiter: () => {
      if (++limitedCalls % 250 === 0) limited = createRecallClient({ apiKey: `bench-key-${limitedCalls}`, fetch: stubFetch });
      return limited.recordings.update(ID, BODY);
    },
  };
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, [] as number[]])) as Record<keyof typeof variants, number[]>;
  const order = Object.entries(variants) as [keyof typeof variants, Variant][];
  for (let round = 0; round <= rounds; round++) {
    // Rotated every round: whichever variant runs after another inherits its garbage, so each takes every place.
    for (const [name, call] of order.map((_, i) => order[(i + round) % order.length] as (typeof order)[number])) {
      const started = performance.now();
      for (let i = 0; i < callsPerRound; i++) await call();
      const micros = ((performance.now() - started) * 1000) / callsPerRound;
      if (round > 0) samples[name].push(micros); // round 0 warms the JIT
    }
  }
  return {
    callsPerRound,
    rounds,
    handWritten: median(samples.handWritten),
    openapiFetch: median(samples.openapiFetch),
    ours: median(samples.ours),
    oursWithLimiter: median(samples.oursWithLimiter),
  };
}
