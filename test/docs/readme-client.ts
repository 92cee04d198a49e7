// What README's `ts mock` samples get for `import ... from "recall-recording"` in test/docs/readme.e2e.test.ts: the
// package's source, with every client sent to the mock (any API key works there) through a recording fetch.
import { type ClientOptions, type RecallClient, createRecallClient as createClient } from "../../src/index.js";

export * from "../../src/index.js";

/** Where the clients go, and every exchange they made: set and read by the test. */
export const mock = { url: "", exchanges: [] as { method: string; url: string; status: number }[] };

export function createRecallClient(options: ClientOptions): RecallClient {
  const { region: _region, baseUrl: _baseUrl, ...rest } = options;
  return createClient({
    ...rest,
    apiKey: rest.apiKey || "mock-key",
    baseUrl: mock.url,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      mock.exchanges.push({ method: init?.method ?? "GET", url: String(input), status: response.status });
      return response;
    },
  });
}
