// "Whatever Recall may send, we accept": instances built from the facts of Recall's own definitions
// (recall-facts.ts) validate against the success schema of every operation, with JSON Schema 2020-12.
// Each instance differs from a full one in one place: a nullable field null, an optional field absent,
// another enum value, an unknown property, an empty array or map, an option the definition leaves open.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, type Fact, page, recording } from "./recall-facts.js";
import { bundledSpec, escapePointer, isObject, type Json } from "./spec-bundle.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const SPEC_ID = "https://recall-recording.test/openapi.json";
const doc = bundledSpec();
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
ajv.addSchema(doc as object, SPEC_ID);

const EXTRA = "field_recall_added_later";
const VALUES = { uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6", "date-time": "2024-12-03T02:54:11.397104Z", string: "text" } as const;

/** Every property present and not null, the first enum value, one map entry and one array item. */
function full(fact: Fact): Json {
  switch (fact.kind) {
    case "string":
      return fact.enum?.[0] ?? VALUES[fact.format ?? "string"];
    case "boolean":
      return true;
    case "array":
      return [full(fact.items)];
    case "any":
      return { option: "value" };
    case "object": {
      const value: Record<string, Json> = Object.fromEntries(Object.entries(fact.props).map(([key, prop]) => [key, full(prop.fact)]));
      if (fact.values) value.key = full(fact.values.fact);
      return value;
    }
  }
}

/** Only the required properties, arrays and maps empty. */
function minimal(fact: Fact): Json {
  if (fact.kind === "array") return [];
  if (fact.kind === "any") return {};
  if (fact.kind !== "object") return full(fact);
  return Object.fromEntries(Object.entries(fact.props).filter(([, prop]) => prop.required).map(([key, prop]) => [key, minimal(prop.fact)]));
}

type Path = readonly (string | number)[];
const ABSENT = Symbol("absent");
interface Change {
  readonly label: string;
  readonly path: Path;
  readonly value: Json | typeof ABSENT;
}

/** One change per fact a source states, each applied alone to the full instance. */
function changes(fact: Fact, path: Path = []): Change[] {
  const at = path.join(".") || "(root)";
  switch (fact.kind) {
    case "string": {
      const values = (fact.enum ?? []).slice(1).map((value) => ({ label: `${at} = ${value}`, path, value }));
      return fact.format === "date-time" ? [...values, { label: `${at} with millisecond precision`, path, value: "2025-06-10T19:02:11.337Z" }] : values;
    }
    case "boolean":
      return [{ label: `${at} = false`, path, value: false }];
    case "array":
      return [{ label: `${at} empty`, path, value: [] }, ...changes(fact.items, [...path, 0])];
    case "any":
      return [{ label: `${at} empty`, path, value: {} }, { label: `${at} with other options`, path, value: { enabled: true, level: 2, tags: ["a"] } }];
    case "object": {
      // A map's unknown keys are its entries; any other object gains a property Recall may add later.
      const own: Change[] = fact.values ? [] : [{ label: `${at} with an unknown property`, path: [...path, EXTRA], value: { any: "value" } }];
      if (fact.values) {
        own.push({ label: `${at} empty map`, path, value: {} });
        if (fact.values.nullable) own.push({ label: `${at}.key null`, path: [...path, "key"], value: null });
      }
      for (const [key, prop] of Object.entries(fact.props)) {
        const child = [...path, key];
        if (prop.nullable) own.push({ label: `${child.join(".")} null`, path: child, value: null });
        if (!prop.required) own.push({ label: `${child.join(".")} absent`, path: child, value: ABSENT });
        own.push(...changes(prop.fact, child));
      }
      return own;
    }
  }
}

function apply(base: Json, { path, value }: Change): Json {
  const copy = structuredClone(base);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (Array.isArray(node) ? node[key as number] : isObject(node) ? node[key as string] : null) ?? null, copy);
  const last = path[path.length - 1];
  if (last === undefined) return value === ABSENT ? null : value;
  if (Array.isArray(parent)) parent[last as number] = value === ABSENT ? null : value;
  else if (isObject(parent)) {
    if (value === ABSENT) delete parent[last as string];
    else parent[last as string] = value;
  }
  return copy;
}

/** The fact each operation's success body follows, by operationId. */
function factOf(operationId: string): Fact {
  if (operationId === "recording_list") return page(recording);
  if (operationId === "recording_create_transcript_create") return ARTIFACTS.transcript ?? recording;
  if (operationId.startsWith("recording_")) return recording;
  const [, resource, action] = /^(.+)_(list|retrieve|partial_update)$/.exec(operationId) ?? [];
  const artifact = resource === undefined ? undefined : ARTIFACTS[resource];
  if (!artifact) throw new Error(`no facts for ${operationId}`);
  return action === "list" ? page(artifact) : artifact;
}

interface Operation {
  readonly operationId: string;
  readonly schemaPointer: string;
}

function operationsWithBodies(): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    for (const [method, op] of Object.entries(isObject(item) ? item : {})) {
      if (!isObject(op) || typeof op.operationId !== "string" || !isObject(op.responses)) continue;
      for (const status of Object.keys(op.responses).filter((s) => s.startsWith("2"))) {
        const response = op.responses[status];
        if (isObject(response) && isObject(response.content) && response.content["application/json"] !== undefined) {
          found.push({ operationId: op.operationId, schemaPointer: `#/paths/${escapePointer(path)}/${method}/responses/${status}/content/application~1json/schema` });
        }
      }
    }
  }
  return found.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
}

const operations = operationsWithBodies();
const validatorOf = (pointer: string) => ajv.compile({ $ref: `${SPEC_ID}${pointer.split("/").map(encodeURIComponent).join("/").replace(/^%23/, "#")}` });

describe("Whatever Recall may send, we accept", () => {
  it("covers every operation that answers with a body", () => {
    expect(operations.length).toBe(25);
  });

  describe.each(operations.map((op) => [op.operationId, op] as const))("%s", (operationId, { schemaPointer }) => {
    const fact = factOf(operationId);
    const validate = validatorOf(schemaPointer);
    const base = full(fact);
    const instances: [string, Json][] = [
      ["every field present", base],
      ["only the required fields", minimal(fact)],
      ...changes(fact).map((change): [string, Json] => [change.label, apply(base, change)]),
    ];

    it.each(instances)("%s", (_, instance) => {
      const ok = validate(instance);
      expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    });

    // Guards against a vacuous pass: the schema must still reject what no source allows.
    it("rejects a body of the wrong type", () => {
      expect(validate("not an object")).toBe(false);
    });
  });
});
