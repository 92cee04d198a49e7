import { afterEach, describe, expect, it } from "vitest";
import { NotFoundError, RecallValidationError, createRecallClient, type Recording } from "../../src/index.js";
import { RECORDING_ID, apiKey, recording } from "./fixtures.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe("createRecallClient", () => {
  it("updates, retrieves and deletes through the generated resource", async () => {
    server = await startServer((res, req) => {
      if (req.method === "DELETE") return res.writeHead(204).end();
      if (req.url.includes("00000000-0000-4000-8000-000000000000")) return json(404, { detail: "Not found." })(res, req);
      json(200, recording)(res, req);
    });
    const key = apiKey();
    const recall = createRecallClient({ apiKey: key, baseUrl: server.url });
    const updated: Recording = await recall.recordings.update(RECORDING_ID, { metadata: { crm_id: "42" } });
    expect(updated.id).toBe(RECORDING_ID);
    expect((await recall.recordings.retrieve(RECORDING_ID)).status.code).toBe("done");
    await expect(recall.recordings.delete(RECORDING_ID)).resolves.toBeUndefined();
    await expect(recall.recordings.retrieve("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    expect(server.received.map((r) => `${r.method} ${r.url} ${r.headers.authorization}`)).toEqual([
      `PATCH /api/v1/recording/${RECORDING_ID}/ Token ${key}`,
      `GET /api/v1/recording/${RECORDING_ID}/ Token ${key}`,
      `DELETE /api/v1/recording/${RECORDING_ID}/ Token ${key}`,
      "GET /api/v1/recording/00000000-0000-4000-8000-000000000000/ Token " + key,
    ]);
  });

  it("hands a custom fetch the URL and one RequestInit per attempt, carrying the attempt's signal", async () => {
    const seen: [string, RequestInit][] = [];
    const fetch = async (url: string, init: RequestInit) => {
      seen.push([url, init]);
      return Response.json(recording);
    };
    await createRecallClient({ apiKey: apiKey(), region: "us-east-1", fetch }).recordings.update(RECORDING_ID, { metadata: { crm_id: "42" } });
    expect(seen).toHaveLength(1);
    const [url, init] = seen[0]!;
    expect(url).toBe(`https://us-east-1.recall.ai/api/v1/recording/${RECORDING_ID}/`);
    expect(init).toMatchObject({ method: "PATCH", body: '{"metadata":{"crm_id":"42"}}' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init.headers).get("content-type")).toBe("application/json");
  });

  it("calls the region's host", async () => {
    const seen: string[] = [];
    const fetch = async (url: string) => {
      seen.push(url);
      return Response.json(recording);
    };
    await createRecallClient({ apiKey: apiKey(), region: "eu-central-1", fetch }).recordings.retrieve(RECORDING_ID);
    await createRecallClient({ apiKey: apiKey(), region: "ap-northeast-1", fetch }).recordings.retrieve(RECORDING_ID);
    expect(seen).toEqual([`https://eu-central-1.recall.ai/api/v1/recording/${RECORDING_ID}/`, `https://ap-northeast-1.recall.ai/api/v1/recording/${RECORDING_ID}/`]);
  });

  const refused: [string, { given: () => unknown; want: string }][] = [
    ["an unknown region", { given: () => createRecallClient({ apiKey: "k", region: "mars-1" as never }), want: 'region: expected one of us-east-1, us-west-2, eu-central-1, ap-northeast-1, got "mars-1"' }],
    ["both region and baseUrl", { given: () => createRecallClient({ apiKey: "k", region: "us-west-2", baseUrl: "https://x.example" } as never), want: "region: give region or baseUrl, not both" }],
    // A default region would send every other region's key to us-east-1, which answers a bare 401.
    ["neither region nor baseUrl", { given: () => createRecallClient({ apiKey: "k" } as never), want: "region: required (one of us-east-1, us-west-2, eu-central-1, ap-northeast-1), or give baseUrl" }],
    ["a missing API key", { given: () => createRecallClient({ apiKey: undefined as never, region: "us-east-1" }), want: "apiKey: required" }],
    ["an http base URL", { given: () => createRecallClient({ apiKey: "k", baseUrl: "http://10.0.0.1" }), want: "baseUrl: must be https (plain http only on 127.0.0.1, localhost or [::1])" }],
  ];
  it.each(refused)("refuses %s", (_, { given, want }) => {
    expect(given).toThrow(RecallValidationError);
    expect(given).toThrow(want);
  });
});
