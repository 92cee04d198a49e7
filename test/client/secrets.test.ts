import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createResources } from "../../generated/create-resources.js";
import { createCore } from "../../src/core/index.js";
import { createRecallClient } from "../../src/index.js";
import { RECORDING_ID, apiKey } from "./fixtures.js";
import { type Responder, type TestServer, hangUp, json, slow, startServer, text } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

/** Every way an object could be shown or serialised. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }), JSON.stringify(value) ?? ""];
  if (value instanceof Error) out.push(value.message, value.stack ?? "", String(value));
  return out;
}

describe("the API key never leaks", () => {
  const failures: [string, Responder][] = [
    ["401", json(401, { detail: "Invalid token." })],
    ["403 HTML", text(403, "<html>blocked</html>")],
    ["503 after retries", text(503, "")],
    ["dropped connection", hangUp],
    ["timeout", slow(5_000, json(200, {}))],
    ["malformed JSON", text(200, "{not json")],
  ];
  it.each(failures)("from an error on %s, nor from the log lines", async (name, responder) => {
    server = await startServer(responder);
    const key = apiKey();
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => void lines.push(args);
    const logger = { debug: log, info: log, warn: log };
    const recall = createResources(createCore({ apiKey: key, baseUrl: server.url, timeout: name === "timeout" ? 200 : 10_000, maxRetries: 1, logger }, { sleep: async () => {} }));
    const error = await recall.recordings.retrieve(RECORDING_ID).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(server.received[0]?.headers.authorization).toBe(`Token ${key}`);
    for (const shown of [...renderings(error), ...lines.map((l) => inspect(l, { depth: Number.POSITIVE_INFINITY }))]) {
      expect(shown).not.toContain(key);
    }
  });

  it("logs retries to the logger only, without the key", async () => {
    server = await startServer(text(503, ""), json(200, {}));
    const key = apiKey();
    const lines: string[] = [];
    const recall = createResources(createCore({ apiKey: key, baseUrl: server.url, logger: { info: (m) => void lines.push(m) } }, { sleep: async () => {}, random: () => 0 }));
    await recall.recordings.retrieve(RECORDING_ID);
    expect(lines).toEqual(['retrying recordings.retrieve in 1000 ms (InternalServerError 503, retry 1 of 5)']);
  });

  it("from a validation error", async () => {
    const key = apiKey();
    const recall = createRecallClient({ apiKey: key, region: "us-west-2" });
    const error = await recall.recordings.update(RECORDING_ID, { metadata: { crm_id: 42 as never } }).catch((e: unknown) => e);
    for (const shown of renderings(error)) expect(shown).not.toContain(key);
  });

  it("from the client object itself", () => {
    const key = apiKey();
    const recall = createRecallClient({ apiKey: key, region: "us-west-2" });
    for (const shown of renderings(recall)) expect(shown).not.toContain(key);
    for (const shown of renderings(recall.recordings)) expect(shown).not.toContain(key);
  });
});
