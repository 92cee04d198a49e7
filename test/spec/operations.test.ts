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
const OPERATIONS = [
  ["recording_list", "get", LIST, "List Recordings", 60, ["200", "400", "401", "403", "429", "502", "503", "504"]],
  ["recording_retrieve", "get", ONE, "Retrieve Recording", 300, ["200", "401", "403", "404", "429", "502", "503", "504"]],
  ["recording_partial_update", "patch", ONE, "Update Recording", 300, ["200", "400", "401", "403", "404", "409", "429", "502", "503", "504"]],
  ["recording_destroy", "delete", ONE, "Delete Recording", 300, ["204", "401", "403", "404", "409", "429", "502", "503", "504"]],
] as const;

describe("operations", () => {
  it("are exactly the four Recording operations", () => {
    const found = Object.entries(obj(doc.paths, "paths")).flatMap(([path, item]) =>
      Object.keys(obj(item, path)).filter((k) => k !== "parameters").map((method) => `${method} ${path}`),
    );
    expect(found.sort()).toEqual(OPERATIONS.map(([, method, path]) => `${method} ${path}`).sort());
  });

  it.each(OPERATIONS)("%s", (operationId, method, path, summary, limit, statuses) => {
    const op = operation(path, method);
    expect(op).toMatchObject({
      operationId,
      summary,
      tags: ["Recording"],
      externalDocs: { url: `https://docs.recall.ai/reference/${operationId}` },
      "x-throttles": [{ scope_key: "workspace_id", limit, period: "min" }],
    });
    expect(String(op.description).split("\n")[0]).toBe(`This endpoint is rate limited to: ${limit} requests per min per workspace.`);
    expect(Object.keys(obj(op.responses, "responses")).sort()).toEqual([...statuses].sort());
    const idempotent = paramsOf(path, method).some((p) => p.name === "Idempotency-Key");
    expect(idempotent).toBe(method === "patch");
  });

  it("list pages by cursor and filters by metadata__KEY", () => {
    const op = operation(LIST, "get");
    expect(op["x-pagination"]).toEqual({ style: "cursor", items: "results", next: "next" });
    const params = Object.fromEntries(paramsOf(LIST, "get").map((p) => [p.name, p]));
    expect(Object.keys(params).sort()).toEqual(
      ["bot_id", "created_at_after", "created_at_before", "cursor", "desktop_sdk_upload_id", "metadata", "status_code"],
    );
    expect(params.metadata).toMatchObject({
      in: "query",
      style: "form",
      explode: true,
      "x-key-prefix": "metadata__",
      schema: { type: "object", additionalProperties: { type: "string" } },
    });
    expect(obj(params.status_code?.schema, "status_code schema").enum).toEqual(["processing", "paused", "done", "failed"]);
    const page = obj(obj(obj(obj(obj(op.responses, "responses")["200"], "200").content, "content")["application/json"], "json").schema, "page");
    expect(page).toMatchObject({ required: ["next", "previous", "results"], properties: { next: { type: ["string", "null"], format: "uri" } } });
  });

  it("PATCH takes a required RecordingUpdate body", () => {
    expect(operation(ONE, "patch").requestBody).toEqual({
      required: true,
      content: { "application/json": expect.objectContaining({ schema: { $ref: "#/components/schemas/RecordingUpdate" } }) },
    });
  });

  it("DELETE answers 204 with no body", () => {
    expect(obj(obj(operation(ONE, "delete").responses, "responses")["204"], "204").content).toBeUndefined();
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
    const ids = OPERATIONS.map(([id]) => id.toLowerCase());
    expect(names.filter((n) => ids.includes(n.toLowerCase()))).toEqual([]);
  });

  it("no response schema closes itself with additionalProperties: false", () => {
    const schemas = obj(obj(doc.components, "components").schemas, "schemas");
    const closed = Object.entries(schemas).filter(([, s]) => isObject(s) && s.additionalProperties === false).map(([n]) => n);
    expect(closed).toEqual(["RecordingUpdate"]);
  });
});
