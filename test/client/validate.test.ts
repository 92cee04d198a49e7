import { describe, expect, it } from "vitest";
import { type OperationInfo, RecallValidationError, type RequestInput, type ShapeSchema, createCore } from "../../src/core/index.js";
import { checkInput } from "../../src/core/input.js";
import { assertShape } from "../../src/core/validate.js";
import { RECORDING_ID, apiKey, operations } from "./fixtures.js";

const BASE = "https://us-east-1.recall.ai";

/** The path and query a call really sends (openapi-fetch's serializers compose them), seen by an injected fetch. */
async function sentUrl(op: OperationInfo, input: RequestInput): Promise<string> {
  let url = "";
  const fetch = async (sent: string) => {
    url = sent;
    return new Response("{}", { status: 200 });
  };
  await createCore({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false }).request(op, input);
  return url.slice(BASE.length);
}

function errorOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(RecallValidationError);
    return (error as Error).message;
  }
}

describe("assertShape", () => {
  const update = operations.recording_partial_update.body!.schema;
  const cases: [string, { schema: ShapeSchema; given: unknown; want: string | undefined }][] = [
    ["string metadata passes", { schema: update, given: { metadata: { crm_id: "42" } }, want: undefined }],
    ["empty body passes", { schema: update, given: {}, want: undefined }],
    ["undefined property is absent", { schema: update, given: { metadata: undefined }, want: undefined }],
    ["number metadata value", { schema: update, given: { metadata: { crm_id: 42 } }, want: "body.metadata.crm_id: expected string, got number" }],
    ["null metadata value", { schema: update, given: { metadata: { crm_id: null } }, want: "body.metadata.crm_id: expected string, got null" }],
    ["server-owned field", { schema: update, given: { status: { code: "done" } }, want: "body.status: unknown property" }],
    ["array body", { schema: update, given: [], want: "body: expected object, got array" }],
    ["NaN is not a number", { schema: { type: "number" }, given: Number.NaN, want: "body: expected number, got NaN" }],
    ["integer", { schema: { type: "integer" }, given: 1.5, want: "body: expected integer, got number" }],
    ["type list allows null", { schema: { type: ["string", "null"] }, given: null, want: undefined }],
    ["type list names both", { schema: { type: ["string", "null"] }, given: 1, want: "body: expected string or null, got number" }],
    ["enum", { schema: { type: "string", enum: ["done", "failed"] }, given: "deleted", want: 'body: expected one of "done", "failed", got "deleted"' }],
    ["uuid", { schema: { type: "string", format: "uuid" }, given: "../bot", want: 'body: expected a UUID, got "../bot"' }],
    ["date-time", { schema: { type: "string", format: "date-time" }, given: "2024-12-03T02:54:11.397104Z", want: undefined }],
    ["date-time without zone", { schema: { type: "string", format: "date-time" }, given: "2024-12-03 02:54", want: 'body: expected an RFC 3339 date-time, got "2024-12-03 02:54"' }],
    ["impossible date", { schema: { type: "string", format: "date-time" }, given: "2024-13-45T00:00:00Z", want: 'body: expected an RFC 3339 date-time, got "2024-13-45T00:00:00Z"' }],
    ["unknown format is ignored", { schema: { type: "string", format: "email" }, given: "x", want: undefined }],
    ["required", { schema: { type: "object", required: ["a"] }, given: {}, want: "body.a: required" }],
    ["items name the index", { schema: { type: "array", items: { type: "string" } }, given: ["a", 2], want: "body.1: expected string, got number" }],
    ["nested path", { schema: { type: "object", properties: { a: { type: "object", properties: { b: { type: "boolean" } } } } }, given: { a: { b: "no" } }, want: "body.a.b: expected boolean, got string" }],
  ];
  it.each(cases)("%s", (_, { schema, given, want }) => {
    expect(errorOf(() => assertShape(schema, given, "body"))).toBe(want);
  });
});

describe("checkInput and the URL sent", () => {
  const list = operations.recording_list;
  const retrieve = operations.recording_retrieve;
  const looseList: OperationInfo = { ...list, queryParams: [{ name: "tag", required: false, schema: { type: "array", items: { type: "string" } } }] };
  // x-key-prefix as Recall documents it for the bot list (metadata__KEY=VALUE); the recording list has no such filter.
  const metadataParam = { name: "metadata", required: false, schema: { type: "object", additionalProperties: { type: "string" } }, keyPrefix: "metadata__" } as const;
  const metadataList: OperationInfo = { ...list, queryParams: [...list.queryParams, metadataParam] };
  const cases: [string, { given: () => Promise<string>; want: string }][] = [
    ["path parameter", { given: () => sentUrl(retrieve, { path: { id: RECORDING_ID } }), want: `/api/v1/recording/${RECORDING_ID}/` }],
    ["no query", { given: () => sentUrl(list, {}), want: "/api/v1/recording/" }],
    ["empty query", { given: () => sentUrl(list, { query: {} }), want: "/api/v1/recording/" }],
    ["undefined values are skipped", { given: () => sentUrl(list, { query: { status_code: "done", cursor: undefined } }), want: "/api/v1/recording/?status_code=done" }],
    [
      "metadata keys get their prefix, names and values encoded",
      { given: () => sentUrl(metadataList, { query: { metadata: { crm_id: "4&2", "a=b": "c d" } } }), want: "/api/v1/recording/?metadata__crm_id=4%262&metadata__a%3Db=c%20d" },
    ],
    // Parameters the hand-copied table once lacked: the tests run on the generated one.
    [
      "every list filter of the spec",
      {
        given: () => sentUrl(list, { query: { created_at_before: "2025-01-01T00:00:00Z", desktop_sdk_upload_id: RECORDING_ID } }),
        want: `/api/v1/recording/?created_at_before=2025-01-01T00%3A00%3A00Z&desktop_sdk_upload_id=${RECORDING_ID}`,
      },
    ],
    ["array values repeat the name", { given: () => sentUrl(looseList, { query: { tag: ["a b", "c"] } }), want: "/api/v1/recording/?tag=a%20b&tag=c" }],
  ];
  it.each(cases)("%s", async (_, { given, want }) => {
    expect(await given()).toBe(want);
  });

  const errors: [string, { given: () => unknown; want: string }][] = [
    ["id that is not a UUID", { given: () => checkInput(retrieve, { path: { id: "../bot" } }), want: 'path.id: expected a UUID, got "../bot"' }],
    ["missing id", { given: () => checkInput(retrieve, { path: {} }), want: "path.id: required" }],
    ["id of the wrong type", { given: () => checkInput(retrieve, { path: { id: 7 } }), want: "path.id: expected string, got number" }],
    ["deleted is not a list filter", { given: () => checkInput(list, { query: { status_code: "deleted" } }), want: 'query.status_code: expected one of "processing", "paused", "done", "failed", got "deleted"' }],
    ["metadata filter values are strings", { given: () => checkInput(metadataList, { query: { metadata: { crm_id: 42 } } }), want: "query.metadata.crm_id: expected string, got number" }],
    ["bot_id is a UUID", { given: () => checkInput(list, { query: { bot_id: "x" } }), want: 'query.bot_id: expected a UUID, got "x"' }],
    ["unknown query parameter", { given: () => checkInput(list, { query: { status: "done" } }), want: "query.status: unknown parameter" }],
    ["body required", { given: () => checkInput(operations.recording_partial_update, { path: { id: RECORDING_ID } }), want: "body: required" }],
  ];
  it.each(errors)("refuses %s", (_, { given, want }) => {
    expect(errorOf(given)).toBe(want);
  });

  it("refuses a body JSON cannot carry, before anything is sent", async () => {
    const loose: OperationInfo = { ...operations.recording_partial_update, body: { required: true, schema: {} } };
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(errorOf(() => checkInput(loose, { path: { id: RECORDING_ID }, body: { n: 1n } }))).toBe("body: cannot be sent as JSON (Do not know how to serialize a BigInt)");
    expect(errorOf(() => checkInput(loose, { path: { id: RECORDING_ID }, body: circular }))).toMatch(/^body: cannot be sent as JSON \(Converting circular structure to JSON/);
    let sent = 0;
    const fetch = async () => {
      sent++;
      return new Response("{}", { status: 200 });
    };
    const core = createCore({ apiKey: apiKey(), baseUrl: BASE, fetch, rateLimit: false });
    await expect(core.request(loose, { path: { id: RECORDING_ID }, body: circular })).rejects.toBeInstanceOf(RecallValidationError);
    expect(sent).toBe(0);
  });

  it("refuses dot segments even where no format guards the parameter", async () => {
    const loose = { ...operations.recording_retrieve, pathParams: [{ name: "id", required: true, schema: { type: "string" } }] } as const;
    expect(errorOf(() => checkInput(loose, { path: { id: ".." } }))).toBe('path.id: ".." would change the request path');
    expect(errorOf(() => checkInput(loose, { path: { id: "" } }))).toBe('path.id: "" would change the request path');
    expect(await sentUrl(loose, { path: { id: "../bot" } })).toBe("/api/v1/recording/..%2Fbot/");
    expect(await sentUrl(loose, { path: { id: "a?b#c" } })).toBe("/api/v1/recording/a%3Fb%23c/");
  });
});
