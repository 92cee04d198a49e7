// Every example in the spec (media types, parameters, headers, schemas) validates against its schema
// with a real JSON Schema 2020-12 validator.
import { describe, expect, it } from "vitest";
import { specSchema } from "../contract/spec-schemas.js";
import { bundledSpec, deref, escapePointer, isObject, type Json, type JsonObject } from "./spec-bundle.js";

interface ExampleCase {
  /** JSON pointer of the example in the bundled spec. */
  readonly pointer: string;
  /** JSON pointer of the schema it must satisfy. */
  readonly schemaPointer: string;
  readonly value: Json;
}

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"] as const;
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SCHEMA_SINGLES = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"] as const;

function collectExamples(doc: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];

  const walkSchema = (pointer: string, schema: Json | undefined): void => {
    if (!isObject(schema) || "$ref" in schema) return; // a $ref target is walked where it is defined
    if ("example" in schema) cases.push({ pointer: `${pointer}/example`, schemaPointer: pointer, value: schema.example ?? null });
    if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, i) => cases.push({ pointer: `${pointer}/examples/${i}`, schemaPointer: pointer, value }));
    }
    for (const key of SCHEMA_MAPS) {
      const map = schema[key];
      if (isObject(map)) for (const [name, sub] of Object.entries(map)) walkSchema(`${pointer}/${key}/${escapePointer(name)}`, sub);
    }
    for (const key of SCHEMA_LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((sub, i) => walkSchema(`${pointer}/${key}/${i}`, sub));
    }
    for (const key of SCHEMA_SINGLES) walkSchema(`${pointer}/${key}`, schema[key]);
  };

  // A node with `schema` is a parameter, header or media type: its example(s) must satisfy that schema.
  const walkDoc = (pointer: string, node: Json | undefined): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walkDoc(`${pointer}/${i}`, item));
    if (!isObject(node) || "$ref" in node) return;
    if ("schema" in node) {
      const schemaPointer = `${pointer}/schema`;
      if ("example" in node) cases.push({ pointer: `${pointer}/example`, schemaPointer, value: node.example ?? null });
      if (isObject(node.examples)) {
        for (const [name, example] of Object.entries(node.examples)) {
          const resolved = deref(doc, example);
          if (isObject(resolved) && "value" in resolved) {
            cases.push({ pointer: `${pointer}/examples/${escapePointer(name)}`, schemaPointer, value: resolved.value ?? null });
          }
        }
      }
      walkSchema(schemaPointer, node.schema);
    }
    for (const [key, child] of Object.entries(node)) {
      if (["schema", "example", "examples", "value"].includes(key)) continue;
      if (pointer === "#/components" && key === "schemas" && isObject(child)) {
        for (const [name, schema] of Object.entries(child)) walkSchema(`#/components/schemas/${escapePointer(name)}`, schema);
        continue;
      }
      walkDoc(`${pointer}/${escapePointer(key)}`, child);
    }
  };

  walkDoc("#", doc);
  return cases;
}

const doc = bundledSpec();
const cases = collectExamples(doc);

describe("examples in spec/ validate against their schemas (JSON Schema 2020-12)", () => {
  it("finds the named Recording examples on PATCH 200", () => {
    const patch200 = "#/paths/~1api~1v1~1recording~1{id}~1/patch/responses/200/content/application~1json/examples";
    expect(cases.map((c) => c.pointer)).toEqual(
      expect.arrayContaining([`${patch200}/ReferenceSample`, `${patch200}/Finished`]),
    );
  });

  it.each(cases.map((c) => [c.pointer, c] as const))("%s", (_, c) => {
    const validate = specSchema(c.schemaPointer);
    const ok = validate(c.value);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  // Guards against a vacuous pass (a $ref resolving to `{}` would accept anything).
  it.each([
    ["media status paused", ["media_shortcuts", "video_mixed", "status", "code"], "paused"],
    ["video format webm", ["media_shortcuts", "video_mixed", "format"], "webm"],
    ["non-string metadata value", ["metadata", "user_id"], 12345],
    ["missing expires_at", ["expires_at"], undefined],
  ] as const)("rejects a Recording with %s", (_, path, bad) => {
    const finished = structuredClone(finishedRecording());
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (isObject(node) ? (node[key] ?? null) : null), finished);
    const last = path[path.length - 1];
    if (!isObject(parent) || last === undefined) throw new Error(`no parent for ${path.join(".")}`);
    if (bad === undefined) delete parent[last];
    else parent[last] = bad;
    expect(specSchema("#/components/schemas/Recording")(finished)).toBe(false);
  });
});

function finishedRecording(): Json {
  const example = doc.components && isObject(doc.components) && isObject(doc.components.examples) ? doc.components.examples.RecordingFinished : undefined;
  if (!isObject(example) || example.value === undefined) throw new Error("components.examples.RecordingFinished is missing");
  return example.value;
}
