// The tree-shakable entry: one resource class on a core made with the client's own options.
import { afterEach, describe, expect, it } from "vitest";
import { RecordingsResource, RecallValidationError, createRecallCore } from "../../src/index.js";
import { RECORDING_ID, apiKey, recording } from "./fixtures.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe("new RecordingsResource(createRecallCore(options))", () => {
  it("calls the API as the client's recordings do", async () => {
    server = await startServer(json(200, recording));
    const key = apiKey();
    const recordings = new RecordingsResource(createRecallCore({ apiKey: key, baseUrl: server.url }));
    expect(await recordings.update(RECORDING_ID, { metadata: { crm_id: "42" } })).toEqual(recording);
    expect(server.received[0]).toMatchObject({ method: "PATCH", url: `/api/v1/recording/${RECORDING_ID}/`, body: '{"metadata":{"crm_id":"42"}}' });
    expect(server.received[0]?.headers.authorization).toBe(`Token ${key}`);
  });

  it("refuses region and baseUrl together, as createRecallClient does", () => {
    // @ts-expect-error region and baseUrl are exclusive in the options type too
    expect(() => createRecallCore({ apiKey: "k", region: "eu-central-1", baseUrl: "https://eu-central-1.recall.ai" })).toThrow(RecallValidationError);
  });
});
