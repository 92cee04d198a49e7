// Every client method against Prism with request validation on: Prism accepts what the client sends,
// and what Prism answers (the spec's examples) is valid against the spec's schemas.
import { describe, expect, it } from "vitest";
import type { Recording, RecordingListQuery } from "../../src/index.js";
import { atPointer, bundledSpec } from "../spec/spec-bundle.js";
import { ARTIFACTS, type Contract, ID, type OperationId, calls, collect, contractClient, exampleValue } from "./client-calls.js";
import type { Exchange } from "./exchange-recorder.js";
import { schemaErrors } from "./spec-schemas.js";
import { usePrism } from "./use-prism.js";

const prism = usePrism();
const client = (prefer?: string): Contract => contractClient(prism().url, prefer);

/** Prism found nothing wrong with any request: no violations, no 4xx, and the key went as `Token <key>`. */
function expectAccepted(exchanges: readonly Exchange[]): void {
  expect(exchanges.length).toBeGreaterThan(0);
  for (const e of exchanges) {
    const seen = { request: `${e.method} ${e.url}`, violations: e.violations, status: e.status < 400 ? "accepted" : e.status, authorization: e.requestHeaders.get("authorization") };
    expect(seen).toEqual({ request: seen.request, violations: [], status: "accepted", authorization: "Token test-key" });
  }
}

const recordingPath = `/api/v1/recording/${ID}/`;

describe("each client method, as Prism sees it", () => {
  const table: [OperationId, { method: string; path: string; status: number; schema: string | undefined }][] = [
    ["recording_retrieve", { method: "GET", path: recordingPath, status: 200, schema: "Recording" }],
    ["recording_partial_update", { method: "PATCH", path: recordingPath, status: 200, schema: "Recording" }],
    ["recording_list", { method: "GET", path: "/api/v1/recording/", status: 200, schema: "PaginatedRecordingList" }],
    ["recording_destroy", { method: "DELETE", path: recordingPath, status: 204, schema: undefined }],
    ["recording_create_transcript_create", { method: "POST", path: `${recordingPath}create_transcript/`, status: 200, schema: "TranscriptArtifact" }],
    ...ARTIFACTS.flatMap(([stem, , schema]): [OperationId, { method: string; path: string; status: number; schema: string | undefined }][] => {
      const one = `/api/v1/${stem}/${ID}/`;
      const page = `Paginated${schema.replace(/Artifact$/, "")}List`;
      return [
        [`${stem}_list`, { method: "GET", path: `/api/v1/${stem}/`, status: 200, schema: page }],
        [`${stem}_retrieve`, { method: "GET", path: one, status: 200, schema }],
        [`${stem}_partial_update`, { method: "PATCH", path: one, status: 200, schema }],
        [`${stem}_destroy`, { method: "DELETE", path: one, status: 204, schema: undefined }],
      ];
    }),
  ];

  it("covers every operation of the client", () => {
    expect(table.map(([id]) => id).sort()).toEqual(Object.keys(calls).sort());
  });

  it.each(table)("%s: one request Prism accepts, answered per the spec", async (operationId, want) => {
    const { recall, exchanges } = client();
    await calls[operationId](recall);
    expectAccepted(exchanges);
    expect(exchanges).toHaveLength(1);
    const [e] = exchanges as [Exchange];
    expect({ method: e.method, path: new URL(e.url).pathname, status: e.status }).toEqual({ method: want.method, path: want.path, status: want.status });
    if (want.schema === undefined) expect(e.body).toBe("");
    else expect(schemaErrors(want.schema, JSON.parse(e.body))).toEqual([]);
  });
});

describe("retrieve", () => {
  it.each([
    ["the first example by default", undefined, "RecordingReferenceSample"],
    ["Prefer example=ReferenceSample", "example=ReferenceSample", "RecordingReferenceSample"],
    ["Prefer example=Finished", "example=Finished", "RecordingFinished"],
  ])("%s: returns that example, typed and valid as a Recording", async (_, prefer, example) => {
    const { recall, exchanges } = client(prefer);
    const recording: Recording = await recall.recordings.retrieve(ID);
    expectAccepted(exchanges);
    expect(recording).toEqual(exampleValue(example));
    expect(schemaErrors("Recording", recording)).toEqual([]);
  });
});

describe("update", () => {
  it.each([
    ["string values", { metadata: { user_id: "12345", note: "" } }],
    ["an empty map", { metadata: {} }],
    ["no metadata at all", {}],
  ])("sends %s as JSON that Prism accepts, and returns a valid Recording", async (_, body) => {
    const { recall, exchanges } = client("example=Finished");
    const recording: Recording = await recall.recordings.update(ID, body);
    expectAccepted(exchanges);
    const [e] = exchanges as [Exchange];
    expect(JSON.parse(e.requestBody)).toEqual(body);
    expect(e.requestHeaders.get("content-type")).toMatch(/^application\/json/);
    expect(recording).toEqual(exampleValue("RecordingFinished"));
    expect(schemaErrors("Recording", recording)).toEqual([]);
  });

  it("sends an Idempotency-Key Prism accepts: a fresh one per call, or the caller's", async () => {
    const { recall, exchanges } = client();
    await recall.recordings.update(ID, { metadata: {} });
    await recall.recordings.update(ID, { metadata: {} }, { idempotencyKey: "relabel-42" });
    expectAccepted(exchanges);
    const keys = exchanges.map((e) => e.requestHeaders.get("idempotency-key"));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe("relabel-42");
  });
});

describe("list", () => {
  const statusCodes = atPointer(bundledSpec(), "#/components/schemas/RecordingListStatusCode/enum") as RecordingListQuery["status_code"][];

  it.each(statusCodes)("sends every filter (status_code=%s) in a form Prism accepts", async (statusCode) => {
    const { recall, exchanges } = client();
    const query: RecordingListQuery = {
      bot_id: ID,
      desktop_sdk_upload_id: ID,
      created_at_after: "2024-12-01T00:00:00Z",
      created_at_before: "2024-12-31T23:59:59.999Z",
      cursor: "cD0yMDI0LTEyLTAz",
      status_code: statusCode,
    };
    await collect(recall.recordings.list(query));
    expectAccepted(exchanges);
    const sent = new URL(exchanges[0]!.url).searchParams;
    expect(sent.get("status_code")).toBe(statusCode);
    expect([...sent.keys()].sort()).toEqual(Object.keys(query).sort());
  });

  it("follows the spec's only list example (next: null): one page, every item a valid Recording", async () => {
    const { recall, exchanges } = client("example=LastPage");
    const pages = [];
    for await (const page of recall.recordings.list().pages()) pages.push(page);
    expectAccepted(exchanges);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.next).toBeNull();
    const items = pages[0]!.items;
    expect(items).toEqual((exampleValue("RecordingListLastPage") as { results: unknown[] }).results);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(schemaErrors("Recording", item)).toEqual([]);
  });
});

describe("delete", () => {
  it("resolves to undefined on Prism's 204", async () => {
    const { recall, exchanges } = client();
    await expect(recall.recordings.delete(ID)).resolves.toBeUndefined();
    expectAccepted(exchanges);
    expect(exchanges.map((e) => [e.status, e.requestBody, e.body])).toEqual([[204, "", ""]]);
  });
});
