// Response validation over loopback HTTP: each operation with a JSON body answers (a) a conforming body (the spec's own
// example), (b) a null where the spec says string, (c) a missing required field, (d) an unknown property and an
// unknown enum value; each mode's result, log lines and error are checked.

import { afterEach, describe, expect, it } from "vitest";
import { APIResponseValidationError, type RecallClient, type ValidateResponses, createRecallClient } from "../../src/index.js";
import { bundledSpec, deref, isObject, type Json, type JsonObject } from "../spec/spec-bundle.js";
import { RECORDING_ID, apiKey } from "./fixtures.js";
import { type TestServer, json, startServer } from "./server.js";

type Body = JsonObject;

interface OperationCase {
  readonly operationId: string;
  readonly method: string;
  /** Where the Recording sits in the body: the body itself, or the first item of a page. */
  readonly at: string;
  readonly recording: (body: Body) => Body;
  readonly call: (recall: RecallClient) => Promise<unknown>;
}

const OPERATIONS: readonly OperationCase[] = [
  { operationId: "recording_retrieve", method: "recordings.retrieve", at: "", recording: (body) => body, call: (recall) => recall.recordings.retrieve(RECORDING_ID) },
  {
    operationId: "recording_partial_update",
    method: "recordings.update",
    at: "",
    recording: (body) => body,
    call: (recall) => recall.recordings.update(RECORDING_ID, { metadata: { crm_id: "42" } }),
  },
  {
    operationId: "recording_list",
    method: "recordings.list",
    at: "results[].",
    recording: (body) => (body.results as Body[])[0] as Body,
    call: async (recall) => {
      const items: unknown[] = [];
      for await (const item of recall.recordings.list()) items.push(item);
      return items;
    },
  },
];

/** The spec's first success example of an operation that holds a finished video_mixed (so nested paths exist). */
function conforming(operationId: string, recording: (body: Body) => Body): Body {
  const spec = bundledSpec();
  for (const item of Object.values(spec.paths as JsonObject)) {
    for (const operation of Object.values(deref(spec, item) as JsonObject)) {
      if (!isObject(operation) || operation.operationId !== operationId) continue;
      const success = deref(spec, (operation.responses as JsonObject)["200"] as Json) as JsonObject;
      const media = (success.content as JsonObject)["application/json"] as JsonObject;
      const examples = Object.values((media.examples ?? {}) as JsonObject).map((example) => (deref(spec, example) as JsonObject).value as Body);
      const found = examples.find((body) => isObject((recording(body).media_shortcuts as JsonObject | undefined)?.video_mixed));
      if (found) return structuredClone(found);
    }
  }
  throw new Error(`${operationId}: no success example with media_shortcuts.video_mixed`);
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(mode: ValidateResponses, body: Body) {
  server = await startServer(json(200, body, { "x-request-id": "req-7" }));
  const lines: string[] = [];
  const key = apiKey();
  const recall = createRecallClient({ apiKey: key, baseUrl: server.url, validateResponses: mode, rateLimit: false, logger: { warn: (line) => void lines.push(line) } });
  return { recall, lines, key };
}

async function rejectionOf(promise: Promise<unknown>): Promise<APIResponseValidationError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(APIResponseValidationError);
  return error as APIResponseValidationError;
}

describe.each(OPERATIONS)("$method", ({ operationId, method, at, recording, call }) => {
  const variants: [string, { mutate: (body: Body) => void; lines: string[]; throws: boolean }][] = [
    ["(a) a conforming body", { mutate: () => {}, lines: [], throws: false }],
    [
      "(b) a null where the spec says string",
      {
        mutate: (body) => {
          recording(body).created_at = null;
          ((recording(body).media_shortcuts as Body).video_mixed as Body).id = null;
        },
        lines: [
          `${method}: ${at}created_at: expected string, got null (request req-7)`,
          `${method}: ${at}media_shortcuts.video_mixed.id: expected string, got null (request req-7)`,
        ],
        throws: true,
      },
    ],
    [
      "(c) a missing required field",
      { mutate: (body) => delete recording(body).status, lines: [`${method}: ${at}status: expected a value (required), got nothing (request req-7)`], throws: true },
    ],
    [
      "(d) an unknown property and an unknown enum value",
      {
        mutate: (body) => {
          recording(body).surprise = { added: true };
          (recording(body).status as Body).code = "archived";
        },
        lines: [
          `${method}: new in the API: ${at}status.code: value "archived", the spec lists one of "processing", "paused", "done", "failed", "deleted" (request req-7)`,
          `${method}: new in the API: ${at}surprise: unknown property (request req-7)`,
        ],
        throws: true,
      },
    ],
  ];

  it.each(variants)("%s: warn returns it as received and logs each distinct issue once", async (_, { mutate, lines }) => {
    const body = conforming(operationId, recording);
    mutate(body);
    const { recall, lines: logged } = await client("warn", body);
    const first = await call(recall);
    await call(recall);
    expect(first).toEqual(operationId === "recording_list" ? body.results : body);
    expect([...logged].sort()).toEqual([...lines].sort());
  });

  it.each(variants)("%s: strict throws with the body and every issue, and never the key", async (_, { mutate, lines, throws }) => {
    const body = conforming(operationId, recording);
    mutate(body);
    const { recall, lines: logged, key } = await client("strict", body);
    if (!throws) {
      await expect(call(recall)).resolves.toBeDefined();
      return;
    }
    const error = await rejectionOf(call(recall));
    expect(error.body).toEqual(body);
    expect(error.status).toBe(200);
    expect(error.requestId).toBe("req-7");
    expect(error.operation).toBe(method);
    expect(error.issues).toHaveLength(lines.length);
    for (const issue of error.issues) expect(lines.some((line) => line.includes(`${issue.path}:`))).toBe(true);
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(key);
    expect(logged).toEqual([]);
  });

  it.each(variants)("%s: off returns it and says nothing", async (_, { mutate }) => {
    const body = conforming(operationId, recording);
    mutate(body);
    const { recall, lines } = await client("off", body);
    await expect(call(recall)).resolves.toBeDefined();
    expect(lines).toEqual([]);
  });
});

describe("strict mode and what is new in the API", () => {
  it("does not throw for an unknown property alone: the spec allows it", async () => {
    const body = conforming("recording_retrieve", (b) => b);
    body.surprise = 1;
    const { recall } = await client("strict", body);
    await expect(recall.recordings.retrieve(RECORDING_ID)).resolves.toMatchObject({ surprise: 1 });
  });

  it("names the mismatch and its type in the issue", async () => {
    const body = conforming("recording_retrieve", (b) => b);
    body.created_at = 17;
    const { recall } = await client("strict", body);
    const error = await rejectionOf(recall.recordings.retrieve(RECORDING_ID));
    expect(error.issues).toEqual([{ kind: "mismatch", path: "created_at", expected: "string", received: "integer" }]);
    expect(error.message).toBe("recordings.retrieve: the 200 response does not match the spec: created_at: expected string, got integer");
  });
});

describe("options", () => {
  it("refuses an unknown mode, naming the option", () => {
    expect(() => createRecallClient({ apiKey: "k", region: "us-east-1", validateResponses: "loud" as ValidateResponses })).toThrow("validateResponses: expected off, warn or strict");
  });

  it("warn without a logger validates nothing (there is no one to tell)", async () => {
    const body = conforming("recording_retrieve", (b) => b);
    body.created_at = null;
    server = await startServer(json(200, body));
    const recall = createRecallClient({ apiKey: apiKey(), baseUrl: server.url, rateLimit: false });
    await expect(recall.recordings.retrieve(RECORDING_ID)).resolves.toMatchObject({ created_at: null });
  });
});
