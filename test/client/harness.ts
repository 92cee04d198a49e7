// Builds a core against a test server with instant, recorded retry waits.

import { type CoreOptions, type RequestOptions, createCore } from "../../src/core/index.js";
import { apiKey, operations } from "./fixtures.js";

export function harness(baseUrl: string, options: Partial<CoreOptions> = {}) {
  const delays: number[] = [];
  const key = options.apiKey ?? apiKey();
  const core = createCore(
    { apiKey: key, baseUrl, ...options },
    { sleep: async (ms) => void delays.push(ms), random: () => 0 },
  );
  return {
    key,
    core,
    delays,
    update: (id: string, body: unknown, o?: RequestOptions) => core.request<unknown>(operations.recording_partial_update, { path: { id }, body }, o),
    retrieve: (id: string, o?: RequestOptions) => core.request<unknown>(operations.recording_retrieve, { path: { id } }, o),
    remove: (id: string, o?: RequestOptions) => core.request<void>(operations.recording_destroy, { path: { id } }, o),
    list: (query?: Record<string, unknown>, o?: RequestOptions) => core.paginate<unknown>(operations.recording_list, { query }, o),
  };
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}
