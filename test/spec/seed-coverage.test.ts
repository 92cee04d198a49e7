// The seed (the Update Recording reference page) is fully in the spec: every leaf of its sample
// response resolves to a concretely typed schema, and every row of its parameter table matches.
import { describe, expect, it } from "vitest";
import { seedParameters, seedSampleResponse } from "./seed.js";
import { bundledSpec, deref, isObject, type Json, type JsonObject } from "./spec-bundle.js";
import { OPTIONAL_PROVIDERS, REQUIRED_PROVIDERS } from "./recall-facts.js";

const doc = bundledSpec();
const schema = (name: string): JsonObject => {
  const found = deref(doc, { $ref: `#/components/schemas/${name}` });
  if (!isObject(found)) throw new Error(`components.schemas.${name} is not an object`);
  return found;
};

/** The concrete schemas a schema stands for: $refs followed, allOf/oneOf/anyOf flattened. */
function members(node: Json | undefined): JsonObject[] {
  const resolved = node === undefined ? undefined : deref(doc, node);
  if (!isObject(resolved)) return [];
  const nested = (["allOf", "oneOf", "anyOf"] as const).flatMap((key) => {
    const list = resolved[key];
    return Array.isArray(list) ? list.flatMap(members) : [];
  });
  return "type" in resolved ? [resolved, ...nested] : nested;
}

function typesOf(node: Json | undefined): Set<string> {
  return new Set(members(node).flatMap((m) => (Array.isArray(m.type) ? m.type : [m.type]).filter((t) => typeof t === "string")));
}

interface Step {
  readonly schema: Json;
  readonly via: "properties" | "items" | "additionalProperties";
}

/** A declared schema that constrains nothing, as Recall's definition leaves some provider options (Deepgram's `keyterm`, ...). */
const isAny = (node: Json): boolean => {
  const resolved = deref(doc, node);
  return isObject(resolved) && !["type", "allOf", "oneOf", "anyOf", "enum", "const", "properties", "items"].some((k) => k in resolved);
};

/** The subschema for one step of a JSON path, or undefined when the spec does not declare it. */
function step(node: Json, key: string | number): Step | undefined {
  const all = members(node);
  for (const m of all) {
    if (typeof key === "number" && m.items !== undefined) return { schema: m.items, via: "items" };
    if (typeof key === "string" && isObject(m.properties) && m.properties[key] !== undefined) {
      return { schema: m.properties[key], via: "properties" };
    }
  }
  for (const m of all) {
    // Only a schema counts: a bare `additionalProperties: true` leaves the value untyped.
    if (typeof key === "string" && isObject(m.additionalProperties)) return { schema: m.additionalProperties, via: "additionalProperties" };
  }
  return undefined;
}

type Path = readonly (string | number)[];

function leaves(value: Json, path: Path = []): [Path, Json][] {
  if (Array.isArray(value)) return value.length === 0 ? [[path, value]] : value.flatMap((v, i) => leaves(v, [...path, i]));
  if (isObject(value)) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [[path, value]] : entries.flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

const atPath = (value: Json, path: Path): Json | undefined =>
  path.reduce<Json | undefined>((node, key) => (isObject(node) && typeof key === "string" ? node[key] : undefined), value);

const jsonType = (value: Json): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value;

const sample = seedSampleResponse();

describe("each leaf of the seed's sample response resolves to a typed schema in Recording", () => {
  it.each(leaves(sample).map(([path, value]) => [path.join("."), path, value] as const))("%s", (_, path, value) => {
    let node: Json = { $ref: "#/components/schemas/Recording" };
    for (const [i, key] of path.entries()) {
      if (isAny(node)) return; // declared, and every value validates
      const next = step(node, key);
      if (next === undefined) throw new Error(`${path.slice(0, i + 1).join(".")} is not declared in the spec`);
      if (next.via === "additionalProperties") expect(typesOf(next.schema).size, `${path.join(".")} via additionalProperties`).toBeGreaterThan(0);
      node = next.schema;
    }
    if (isAny(node)) return;
    const types = typesOf(node);
    const want = jsonType(value);
    expect([...types], `type of ${path.join(".")}`).toContain(want === "integer" && !types.has("integer") ? "number" : want);
  });
});

// Where the table's row name is not a top-level Recording field.
const ROW_PATHS: Record<string, string> = {
  code: "status.code",
  sub_code: "status.sub_code",
  updated_at: "status.updated_at",
  video_mixed: "media_shortcuts.video_mixed",
  transcript: "media_shortcuts.transcript",
  participant_events: "media_shortcuts.participant_events",
  meeting_metadata: "media_shortcuts.meeting_metadata",
};
// Where Recall's newer definitions differ from the table, the definition wins (each says so in its schema).
const DEFINITION_REQUIRES: Record<string, string> = {
  metadata: "Recall's 2025-11 and newer List Recordings definitions list metadata among Recording's required fields",
};

function expectedShape(type: string): { types: string[]; format?: string; items?: string } {
  const parts = type.split("|").map((p) => p.trim());
  const types = new Set<string>();
  let format: string | undefined;
  let items: string | undefined;
  for (const part of parts) {
    if (part === "uuid" || part === "date-time") {
      types.add("string");
      format = part;
    } else if (part === "array of objects") {
      types.add("array");
      items = "object";
    } else {
      types.add(part);
    }
  }
  return { types: [...types].sort(), ...(format && { format }), ...(items && { items }) };
}

describe("each row of the seed's parameter table matches Recording", () => {
  const rows = seedParameters();
  it("has the 18 rows the page declares", () => expect(rows).toHaveLength(18));

  it.each(rows.map((row) => [row.name, row] as const))("%s", (name, row) => {
    const path = (ROW_PATHS[name] ?? name).split(".");
    let parent: Json = { $ref: "#/components/schemas/Recording" };
    let node: Json = parent;
    for (const key of path) {
      const next = step(node, key);
      expect(next?.via, `${path.join(".")} is a declared property`).toBe("properties");
      parent = node;
      node = next?.schema ?? {};
    }
    const want = expectedShape(row.type);
    expect([...typesOf(node)].sort()).toEqual(want.types);
    if (want.format) expect(members(node).map((m) => m.format)).toContain(want.format);
    if (want.items) expect([...typesOf(members(node).find((m) => m.items)?.items)]).toEqual([want.items]);
    const required = members(parent).flatMap((m) => (Array.isArray(m.required) ? m.required : []));
    expect(required.includes(path[path.length - 1] ?? ""), `${name} required`).toBe(row.required || DEFINITION_REQUIRES[name] !== undefined);
  });

  it("id is the required uuid path parameter", () => {
    const id = deref(doc, { $ref: "#/components/parameters/RecordingId" });
    expect(id).toMatchObject({ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } });
  });

  it("metadata, the only optional row, is what RecordingUpdate lets a client write", () => {
    expect(rows.filter((row) => !row.required).map((row) => row.name)).toEqual(["metadata"]);
    const update = schema("RecordingUpdate");
    expect(Object.keys(isObject(update.properties) ? update.properties : {})).toEqual(["metadata"]);
    expect(update.additionalProperties).toBe(false);
    expect(schema("Metadata")).toMatchObject({ type: "object", additionalProperties: { type: "string" } });
  });
});

describe("status enums follow the table's status row", () => {
  const statusRow = seedParameters().find((row) => row.name === "status");
  const codes = statusRow?.description.split(/\s{2,}/).pop()?.split(" ") ?? [];

  it.each([
    ["RecordingStatusCode", codes],
    ["MediaStatusCode", codes.filter((c) => c !== "paused")],
    ["RecordingListStatusCode", codes.filter((c) => c !== "deleted")],
  ] as const)("%s", (name, want) => {
    expect(codes).toEqual(["processing", "paused", "done", "failed", "deleted"]);
    expect(schema(name)).toMatchObject({ type: "string", enum: want });
  });

  it("sub_code stays an open string", () => {
    for (const name of ["RecordingStatus", "MediaStatus"]) {
      const subCode = step(schema(name), "sub_code")?.schema;
      expect(members(subCode).some((m) => "enum" in m), name).toBe(false);
      expect([...typesOf(subCode)].sort()).toEqual(["null", "string"]);
    }
  });
});

// Keys the seed's sample predates and Recall's newer definitions require; the example adds them as null.
const ADDED_TO_SAMPLE = [
  "media_shortcuts.audio_mixed",
  "media_shortcuts.transcript.provider.aws_transcribe_async",
  "media_shortcuts.transcript.provider.elevenlabs_async",
  "media_shortcuts.transcript.provider.google_speech_v2_async",
  "media_shortcuts.transcript.provider.recallai_async",
];
const SEED_ONLY_PROVIDERS = ["gladia_v1_async", "gladia_v1_streaming", "assembly_ai_streaming"];

describe("the seed's sample response is the spec's reference example", () => {
  const example = deref(doc, { $ref: "#/components/examples/RecordingReferenceSample" });
  const value = isObject(example) ? example.value ?? null : null;

  it("verbatim, plus the keys Recall's newer definitions require, as null", () => {
    expect(example).toMatchObject({ value: sample });
    const sampleLeaves = new Set(leaves(sample).map(([path]) => path.join(".")));
    const added = leaves(value).map(([path]) => path.join(".")).filter((path) => !sampleLeaves.has(path));
    expect(added.sort()).toEqual([...ADDED_TO_SAMPLE].sort());
    for (const path of added) expect(atPath(value, path.split("."))).toBeNull();
    expect(isObject(example) ? String(example.description) : "").toContain(ADDED_TO_SAMPLE.map((p) => `\`${p}\``).join(", "));
  });

  it("declares the definition's 20 provider keys and the seed's 15, and accepts unknown ones as typed objects", () => {
    const provider = schema("TranscriptProvider");
    const declared = Object.keys(isObject(provider.properties) ? provider.properties : {});
    expect(declared.sort()).toEqual([...REQUIRED_PROVIDERS, ...OPTIONAL_PROVIDERS, ...SEED_ONLY_PROVIDERS].sort());
    expect(provider.required).toEqual(REQUIRED_PROVIDERS);
    const seedProvider = atPath(sample, ["media_shortcuts", "transcript", "provider"]);
    const seedKeys = Object.keys(isObject(seedProvider) ? seedProvider : {});
    expect(seedKeys).toHaveLength(15);
    expect(seedKeys.filter((key) => !declared.includes(key))).toEqual([]);
    expect(provider.additionalProperties).toMatchObject({ type: ["object", "null"] });
  });

  it.each(REQUIRED_PROVIDERS)("%s is nullable", (key) => {
    const provider = schema("TranscriptProvider");
    const property = isObject(provider.properties) ? provider.properties[key] : undefined;
    expect([...typesOf(property)]).toContain("null");
  });

  it.each(SEED_ONLY_PROVIDERS)("%s, gone from Recall's definitions, is deprecated", (key) => {
    const provider = schema("TranscriptProvider");
    const property = isObject(provider.properties) ? provider.properties[key] : undefined;
    expect(members(property).some((m) => m.deprecated === true)).toBe(true);
  });
});
