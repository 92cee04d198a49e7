// Response validation over loopback HTTP, for every operation of the spec with a JSON success body (found in the
// bundled spec, not listed here): (a) each success example, (b) a null where the spec says string, (c) a missing
// required field, (d) an unknown property and an unknown enum value, (e) a number where the spec says object; each
// mode's result, log lines and error are checked.

import { afterEach, describe, expect, it } from "vitest";
import * as validators from "../../generated/validators.js";
import { APIResponseValidationError, type RecallClient, type ResponseIssue, type ValidateResponses, createRecallClient } from "../../src/index.js";
import { isObject, type Json, type JsonObject } from "../spec/spec-bundle.js";
import { RECORDING_ID, apiKey, operations } from "./fixtures.js";
import { NEW_VALUE, disjoint, filledEnum, filledObject, lineOf, operationCases, parentOf, requiredEnum, requiredString, shallowAndDeep, type OperationCase } from "./response-cases.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

type Body = JsonObject;
type Method = (...args: unknown[]) => unknown;

const REQUEST_ID = "req-7";
const CASES = operationCases();
const methods: Readonly<Record<string, string | undefined>> = Object.fromEntries(Object.values(operations).map((op) => [op.operationId, op.name]));

/** Calls the operation's SDK method with a UUID per path parameter and the case's body; a list is read to its end. */
async function call(recall: RecallClient, operationId: string, requestBody: Json | undefined): Promise<unknown> {
  const op = (operations as Readonly<Record<string, (typeof operations)[keyof typeof operations] | undefined>>)[operationId];
  const [resource = "", name = ""] = (methods[operationId] ?? "").split(".");
  const method = (recall as unknown as Record<string, Record<string, Method> | undefined>)[resource]?.[name];
  if (!op || !method) throw new Error(`${operationId}: no operation or method ${methods[operationId]} on the client`);
  const args: unknown[] = [...op.pathParams.map(() => RECORDING_ID), ...(requestBody === undefined ? [] : [requestBody])];
  const result = method.apply((recall as unknown as Record<string, object>)[resource], args);
  if (!op.pagination) return result;
  const items: unknown[] = [];
  for await (const item of result as AsyncIterable<unknown>) items.push(item);
  return items;
}

/** What the call returns for a body: the body, or the items of a page. */
function returned(operationId: string, body: Body): unknown {
  const pagination = operations[operationId as keyof typeof operations].pagination;
  return pagination ? body[pagination.items] : body;
}

interface Variant {
  readonly mutate: (body: Body) => void;
  readonly issues: readonly ResponseIssue[];
}

/** The cases (b) to (e) of one operation, each the change it makes and the issues it must raise. */
function variantsOf({ operationId, places, richest }: OperationCase): [string, Variant][] {
  const nulled = [...shallowAndDeep(places, requiredString), ...places.filter(requiredEnum).slice(0, 1)];
  // A nullable object as well, one made of an allOf where there is one: Ajv says "object" once per member.
  const nullable = places.filter((place) => filledObject(place) && place.nullable);
  const [shallow, deep] = shallowAndDeep(places, filledObject);
  const numbered = disjoint([shallow, nullable.find((place) => place.composed) ?? nullable[0], deep]);
  const missing = shallowAndDeep(places, (place) => place.required);
  const [newValue] = places.filter(filledEnum);
  const pagination = operations[operationId as keyof typeof operations].pagination;
  const item = pagination ? { keys: [pagination.items, 0], display: `${pagination.items}[].` } : { keys: [], display: "" };
  if (nulled.length === 0 || missing.length === 0 || !newValue || numbered.length === 0) throw new Error(`${operationId}: its richest example lacks a required string, a required field, an enum or an object to break`);
  if (!isObject(pagination ? (richest[pagination.items] as Json[] | undefined)?.[0] : richest)) throw new Error(`${operationId}: its example has no item`);
  const allowed = (newValue.schema.enum as Json[]).map((value) => JSON.stringify(value)).join(", ");
  return [
    [
      `(b) a null where the spec says string (${nulled.map((place) => place.display).join(", ")})`,
      {
        mutate: (body) => nulled.forEach((place) => set(body, place.keys, null)),
        issues: nulled.map((place) => ({ kind: "mismatch", path: place.display, expected: "string", received: "null" })),
      },
    ],
    [
      `(c) a missing required field (${missing.map((place) => place.display).join(", ")})`,
      {
        mutate: (body) => missing.forEach((place) => set(body, place.keys, undefined)),
        issues: missing.map((place) => ({ kind: "mismatch", path: place.display, expected: "a value (required)", received: "nothing" })),
      },
    ],
    [
      `(d) an unknown property and an unknown enum value (${newValue.display})`,
      {
        mutate: (body) => {
          set(body, [...item.keys, "surprise"], { added: true });
          set(body, newValue.keys, NEW_VALUE);
        },
        issues: [
          { kind: "new-value", path: newValue.display, expected: `one of ${allowed}`, received: "a string not in that list" },
          { kind: "new-property", path: `${item.display}surprise`, expected: "a property the spec names", received: "an unknown one" },
        ],
      },
    ],
    [
      `(e) a number where the spec says object (${numbered.map((place) => place.display).join(", ")})`,
      {
        mutate: (body) => numbered.forEach((place) => set(body, place.keys, 7)),
        issues: numbered.map((place) => ({ kind: "mismatch", path: place.display, expected: place.nullable ? "object or null" : "object", received: "integer" })),
      },
    ],
  ];
}

/** Writes `value` at `keys`, or deletes the property when `value` is undefined. */
function set(body: Body, keys: readonly (string | number)[], value: Json | undefined): void {
  const [parent, key] = parentOf(body, keys);
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(mode: ValidateResponses, body: Body, status = 200) {
  server = await startServer(json(status, body, { "x-request-id": REQUEST_ID }));
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

const byPath = (a: ResponseIssue, b: ResponseIssue) => `${a.path}\0${a.kind}`.localeCompare(`${b.path}\0${b.kind}`);

describe("the cases cover every operation with a JSON success body", () => {
  it("each such operation of the spec has a generated validator and an SDK method", () => {
    const names = Object.keys(validators).filter((name) => name.endsWith("_open")).map((name) => name.slice(0, -"_open".length));
    expect(CASES.map((c) => c.operationId).sort()).toEqual(names.sort());
    const referenced = Object.values(operations).filter((op) => op.responseValidators !== undefined).map((op) => op.operationId);
    expect(referenced.sort()).toEqual(names.sort());
    expect(CASES.length).toBeGreaterThan(3);
  });
});

describe.each(CASES)("$operationId", (operation) => {
  const { operationId, examples, richest, requestBody, status } = operation;
  const method = methods[operationId] ?? operationId;

  it.each(examples.map((example, index) => [index, example] as const))("(a) success example %i passes in every mode, as received and silently", async (_, example) => {
    for (const mode of ["warn", "strict", "off"] as const) {
      const { recall, lines } = await client(mode, structuredClone(example), status);
      await expect(call(recall, operationId, requestBody)).resolves.toEqual(returned(operationId, example));
      expect(lines).toEqual([]);
      await server?.close();
      server = undefined;
    }
  });

  const variants = variantsOf(operation);

  it.each(variants)("%s: warn returns it as received and logs each distinct issue once", async (_, { mutate, issues }) => {
    const body = structuredClone(richest);
    mutate(body);
    const { recall, lines } = await client("warn", body, status);
    const first = await call(recall, operationId, requestBody);
    await call(recall, operationId, requestBody);
    expect(first).toEqual(returned(operationId, body));
    expect([...lines].sort()).toEqual(issues.map((issue) => lineOf(method, issue, REQUEST_ID)).sort());
  });

  it.each(variants)("%s: strict throws with the body and every issue, and never the key", async (_, { mutate, issues }) => {
    const body = structuredClone(richest);
    mutate(body);
    const { recall, lines, key } = await client("strict", body, status);
    const error = await rejectionOf(call(recall, operationId, requestBody));
    expect(error.body).toEqual(body);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe(REQUEST_ID);
    expect(error.operation).toBe(method);
    expect([...error.issues].sort(byPath)).toEqual([...issues].sort(byPath));
    for (const issue of issues.filter((i) => i.kind !== "new-property")) expect(error.message).toContain(`${issue.path}: expected ${issue.expected}, got ${issue.received}`);
    expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain(key);
    expect(lines).toEqual([]);
  });

  it.each(variants)("%s: off returns it as received and says nothing", async (_, { mutate }) => {
    const body = structuredClone(richest);
    mutate(body);
    const { recall, lines } = await client("off", body, status);
    await expect(call(recall, operationId, requestBody)).resolves.toEqual(returned(operationId, body));
    expect(lines).toEqual([]);
  });
});

/** An operation's success example with the most places (recording_retrieve's holds media_shortcuts), for the tests below. */
function conforming(operationId: string): Body {
  const found = CASES.find((c) => c.operationId === operationId);
  if (!found) throw new Error(`${operationId}: not in the spec`);
  return structuredClone(found.richest);
}

describe("strict mode and what is new in the API", () => {
  it("does not throw for an unknown property alone: the spec allows it", async () => {
    const body = conforming("recording_retrieve");
    body.surprise = 1;
    const { recall } = await client("strict", body);
    await expect(recall.recordings.retrieve(RECORDING_ID)).resolves.toMatchObject({ surprise: 1 });
  });

  it("names the mismatch and its type in the issue", async () => {
    const body = conforming("recording_retrieve");
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
    const body = conforming("recording_retrieve");
    body.created_at = null;
    server = await startServer(json(200, body));
    const recall = createRecallClient({ apiKey: apiKey(), baseUrl: server.url, rateLimit: false });
    await expect(recall.recordings.retrieve(RECORDING_ID)).resolves.toMatchObject({ created_at: null });
  });
});
