// The conventions generated/ and src/ read from the spec: operations, rate limits, pagination,
// parameters, servers, auth and shared error responses.
import { describe, expect, it } from "vitest";
import { bundledSpec, deref, isObject, type Json, type JsonObject } from "./spec-bundle.js";

const doc = bundledSpec();
const obj = (node: Json | undefined, what: string): JsonObject => {
  const resolved = node === undefined ? undefined : deref(doc, node);
  if (!isObject(resolved)) throw new Error(`${what} is missing`);
  return resolved;
};
const operation = (path: string, method: string): JsonObject => obj(obj(obj(doc.paths, "paths")[path], path)[method], `${method} ${path}`);
const paramsOf = (path: string, method: string): JsonObject[] => {
  const shared = obj(obj(doc.paths, "paths")[path], path).parameters;
  const own = operation(path, method).parameters;
  return [...(Array.isArray(shared) ? shared : []), ...(Array.isArray(own) ? own : [])].map((p) => obj(p, `a parameter of ${method} ${path}`));
};

const LIST = "/api/v1/recording/";
const ONE = "/api/v1/recording/{id}/";
const CREATE_TRANSCRIPT = "/api/v1/recording/{id}/create_transcript/";

type Row = readonly [operationId: string, method: string, path: string, summary: string, tag: string, limit: number, scope: string, statuses: readonly string[]];
const LIST_STATUSES = ["200", "400", "401", "403", "429", "502", "503", "504"];
const RETRIEVE_STATUSES = ["200", "401", "403", "404", "429", "502", "503", "504"];
const UPDATE_STATUSES = ["200", "400", "401", "403", "404", "409", "429", "502", "503", "504"];
const DESTROY_STATUSES = ["204", "401", "403", "404", "409", "429", "502", "503", "504"];

// The artifacts Recall documents at /api/v1/<resource>/ (2025-11 definition; participant_events and meeting_metadata from the 2025-06 pages).
const ARTIFACTS = [
  ["transcript", "Transcript", "Transcripts"],
  ["video_mixed", "Video Mixed", "Video Mixed"],
  ["video_separate", "Video Separate", "Video Separate"],
  ["audio_mixed", "Audio Mixed", "Audio Mixed"],
  ["audio_separate", "Audio Separate", "Audio Separate"],
  ["participant_events", "Participant Events", "Participant Events"],
  ["meeting_metadata", "Meeting Metadata", "Meeting Metadata"],
] as const;

const OPERATIONS: readonly Row[] = [
  ["recording_list", "get", LIST, "List Recordings", "Recording", 60, "workspace_id", LIST_STATUSES],
  ["recording_retrieve", "get", ONE, "Retrieve Recording", "Recording", 300, "workspace_id", RETRIEVE_STATUSES],
  ["recording_partial_update", "patch", ONE, "Update Recording", "Recording", 300, "workspace_id", UPDATE_STATUSES],
  ["recording_destroy", "delete", ONE, "Delete Recording", "Recording", 300, "workspace_id", DESTROY_STATUSES],
  ["recording_create_transcript_create", "post", CREATE_TRANSCRIPT, "Create Async Transcript", "Recording", 5, "bot_id", UPDATE_STATUSES],
  ...ARTIFACTS.flatMap(([resource, title, plural]): Row[] => [
    [`${resource}_list`, "get", `/api/v1/${resource}/`, `List ${plural}`, title, 60, "workspace_id", LIST_STATUSES],
    [`${resource}_retrieve`, "get", `/api/v1/${resource}/{id}/`, `Retrieve ${title}`, title, 300, "workspace_id", RETRIEVE_STATUSES],
    [`${resource}_partial_update`, "patch", `/api/v1/${resource}/{id}/`, `Update ${title}`, title, 300, "workspace_id", UPDATE_STATUSES],
    [`${resource}_destroy`, "delete", `/api/v1/${resource}/{id}/`, `Delete ${title}`, title, 300, "workspace_id", DESTROY_STATUSES],
  ]),
];
const SCOPE_WORDS: Record<string, string> = { workspace_id: "workspace", bot_id: "bot" };
const successSchema = (op: JsonObject): JsonObject => {
  const success = Object.keys(obj(op.responses, "responses")).find((s) => s.startsWith("2")) ?? "";
  return obj(obj(obj(obj(obj(op.responses, "responses")[success], success).content, "content")["application/json"], "json").schema, "schema");
};

describe("operations", () => {
  it("are the 33 operations of the recording and its artifacts", () => {
    const found = Object.entries(obj(doc.paths, "paths")).flatMap(([path, item]) =>
      Object.keys(obj(item, path)).filter((k) => k !== "parameters").map((method) => `${method} ${path}`),
    );
    expect(OPERATIONS).toHaveLength(33);
    expect(found.sort()).toEqual(OPERATIONS.map(([, method, path]) => `${method} ${path}`).sort());
  });

  it.each(OPERATIONS)("%s", (operationId, method, path, summary, tag, limit, scope, statuses) => {
    const op = operation(path, method);
    expect(op).toMatchObject({
      operationId,
      summary,
      tags: [tag],
      externalDocs: { url: `https://docs.recall.ai/reference/${operationId}` },
      "x-throttles": [{ scope_key: scope, limit, period: "min" }],
    });
    expect(String(op.description).split("\n")[0]).toBe(`This endpoint is rate limited to: ${limit} requests per min per ${SCOPE_WORDS[scope]}.`);
    expect(Object.keys(obj(op.responses, "responses")).sort()).toEqual([...statuses].sort());
    const idempotent = paramsOf(path, method).some((p) => p.name === "Idempotency-Key");
    expect(idempotent).toBe(method === "patch" || method === "post");
    if (method !== "delete") {
      const content = obj(obj(obj(op.responses, "responses")[statuses[0] ?? ""], "success").content, "content");
      expect(Object.keys(obj(obj(content["application/json"], "json").examples, `examples of ${operationId}`)).length).toBeGreaterThan(0);
    }
  });

  it("recordings list pages by cursor with the documented filters and no metadata filter", () => {
    const op = operation(LIST, "get");
    expect(op["x-pagination"]).toEqual({ style: "cursor", items: "results", next: "next" });
    const params = Object.fromEntries(paramsOf(LIST, "get").map((p) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(["bot_id", "created_at_after", "created_at_before", "cursor", "desktop_sdk_upload_id", "status_code"]);
    expect(obj(params.status_code?.schema, "status_code schema").enum).toEqual(["processing", "paused", "done", "failed"]);
    const page = successSchema(op);
    expect(page.required).toBeUndefined();
    expect(page).toMatchObject({ properties: { next: { type: ["string", "null"] }, previous: { type: ["string", "null"] } } });
  });

  it.each(ARTIFACTS)("%s list pages by cursor with the artifact filters", (resource) => {
    const op = operation(`/api/v1/${resource}/`, "get");
    expect(op["x-pagination"]).toEqual({ style: "cursor", items: "results", next: "next" });
    const params = Object.fromEntries(paramsOf(`/api/v1/${resource}/`, "get").map((p) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(["created_at_after", "created_at_before", "cursor", "recording_id", "status_code"]);
    expect(obj(params.status_code?.schema, "status_code schema").enum).toEqual(["processing", "done", "failed"]);
    expect(successSchema(op).required).toBeUndefined();
  });

  it.each(OPERATIONS.filter(([, method]) => method === "patch"))("%s takes a required metadata-only body", (operationId, method, path) => {
    const schemaName = operationId === "recording_partial_update" ? "RecordingUpdate" : "ArtifactUpdate";
    expect(operation(path, method).requestBody).toEqual({
      required: true,
      content: { "application/json": expect.objectContaining({ schema: { $ref: `#/components/schemas/${schemaName}` } }) },
    });
  });

  it("create_transcript takes a required body whose provider is one key, and answers 200 with a transcript artifact", () => {
    const op = operation(CREATE_TRANSCRIPT, "post");
    const body = obj(obj(obj(obj(op.requestBody, "body").content, "content")["application/json"], "json").schema, "body schema");
    expect(body.required).toEqual(["provider"]);
    expect(obj(obj(body.properties, "properties").provider, "provider")).toMatchObject({ minProperties: 1, maxProperties: 1 });
    expect(obj(op.responses, "responses")["200"]).toBeDefined();
    expect(successSchema(op)).toEqual(deref(doc, { $ref: "#/components/schemas/TranscriptArtifact" }));
  });

  it.each(OPERATIONS.filter(([, method]) => method === "delete"))("%s answers 204 with no body", (_, method, path) => {
    expect(obj(obj(operation(path, method).responses, "responses")["204"], "204").content).toBeUndefined();
  });
});

describe("document-wide", () => {
  it("one server with a region variable over the four regions", () => {
    expect(doc.servers).toEqual([
      expect.objectContaining({
        url: "https://{region}.recall.ai",
        variables: { region: expect.objectContaining({ default: "us-east-1", enum: ["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1"] }) },
      }),
    ]);
  });

  it("an API key in the Authorization header, applied globally", () => {
    const schemes = obj(obj(doc.components, "components").securitySchemes, "securitySchemes");
    expect(schemes.ApiKeyAuth).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(doc.security).toEqual([{ ApiKeyAuth: [] }]);
  });

  it("429 carries an integer Retry-After and 403 an HTML body", () => {
    const responses = obj(obj(doc.components, "components").responses, "responses");
    const retryAfter = obj(obj(obj(responses.TooManyRequests, "429").headers, "headers")["Retry-After"], "Retry-After");
    expect(retryAfter.schema).toMatchObject({ type: "integer" });
    expect(Object.keys(obj(obj(responses.Forbidden, "403").content, "content"))).toEqual(["text/html"]);
  });

  it("schema names are PascalCase TypeScript identifiers that no operationId reuses", () => {
    const names = Object.keys(obj(obj(doc.components, "components").schemas, "schemas"));
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    const ids = OPERATIONS.map(([id]) => id.replaceAll("_", "").toLowerCase());
    expect(names.filter((n) => ids.includes(n.toLowerCase()))).toEqual([]);
  });

  it("no response schema closes itself with additionalProperties: false", () => {
    const schemas = obj(obj(doc.components, "components").schemas, "schemas");
    const closed = Object.entries(schemas).filter(([, s]) => isObject(s) && s.additionalProperties === false).map(([n]) => n);
    // Request bodies only: the write-side schemas, and the provider options Recall's request definitions close.
    expect(closed.sort()).toEqual(["ArtifactUpdate", "AssemblyAiAsyncOptions", "CreateTranscriptRequest", "RecordingUpdate", "RevAsyncOptions"]);
  });
});
