// The validators emitter on small documents: the generated module runs as written (open and closed variants), is
// byte-identical on a second run, and needs no import (deep equality is emitted in place of Ajv's runtime helper);
// a format it does not check, and a key that is no keyword, are annotations, as JSON Schema 2020-12 makes them.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "../../scripts/openapi/json.js";
import { compileValidators, emitValidatorsFile, validatorInputs } from "../../scripts/pipeline/emit/validators.js";
import { readOperations } from "../../scripts/pipeline/model.js";
import { bundledSpec } from "../spec/spec-bundle.js";

type Schema = Record<string, unknown>;

/** A one-operation document: GET /api/v1/thing/{id}/ answering `response`, with `schemas` as components. */
function documentWith(response: Schema, schemas: Record<string, Schema> = {}) {
  return {
    openapi: "3.1.0",
    components: { schemas },
    paths: {
      "/api/v1/thing/{id}/": {
        get: {
          operationId: "thing_retrieve",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "ok", content: { "application/json": { schema: response } } } },
        },
      },
    },
  };
}

function emit(response: Schema, schemas: Record<string, Schema> = {}): string {
  const document = documentWith(response, schemas);
  return emitValidatorsFile(document, readOperations(document));
}

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

interface Validate {
  (data: unknown): boolean;
  errors: { keyword: string; instancePath: string; params: Record<string, unknown> }[] | null;
}

/** Imports the emitted module as plain JavaScript, as Node runs the compiled package. */
async function load(text: string): Promise<{ pair: unknown; open: Validate; closed: Validate }> {
  const dir = await mkdtemp(join(tmpdir(), "recall-validators-"));
  dirs.push(dir);
  const file = join(dir, "validators.mjs");
  await writeFile(file, text);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return { pair: module.thing_retrieve, open: module.thing_retrieve_open as Validate, closed: module.thing_retrieve_closed as Validate };
}

const media = {
  MediaObject: { type: "object", required: ["id"], properties: { id: { type: "string", format: "uuid" }, title: { type: ["string", "null"], description: "a property named like an annotation" } } },
  Video: { description: "an allOf of a $ref and an inline object", allOf: [{ $ref: "#/components/schemas/MediaObject" }, { type: "object", required: ["format"], properties: { format: { enum: ["mp4"] } } }] },
};
const video = { id: "5a7062f3-bd54-4838-b296-df84f85c7b92", title: null, format: "mp4" };

describe("emitValidatorsFile", () => {
  it("emits the header, each operation's pair of validators, and plain JavaScript that needs no import", async () => {
    const text = emit({ $ref: "#/components/schemas/Video" }, media);
    expect(text.split("\n")[0]).toBe("// Generated from spec/openapi.yaml. Do not edit: run npm run generate.");
    expect(text).not.toMatch(/\bimport\b|require\(/);
    const { pair, open, closed } = await load(text);
    expect(pair).toEqual({ open, closed });
  });

  it("writes what Ajv writes when it also builds every function it compiles (the default skips that)", () => {
    const document = bundledSpec() as unknown as OpenAPIDocument;
    const inputs = validatorInputs(document, readOperations(document));
    expect(inputs.operations.length).toBeGreaterThan(10);
    expect(compileValidators(inputs)).toBe(compileValidators(inputs, true));
  });

  it("is byte-identical when run twice", () => {
    expect(emit({ $ref: "#/components/schemas/Video" }, media)).toBe(emit({ $ref: "#/components/schemas/Video" }, media));
  });

  it.each([
    ["a conforming body", video, true, true],
    ["an unknown property: the spec allows it, the closed variant does not", { ...video, added: 1 }, true, false],
    ["null where the spec says string", { ...video, id: null }, false, false],
    ["a missing required property of the $ref'd member", { title: null, format: "mp4" }, false, false],
    ["a bad uuid", { ...video, id: "not-a-uuid" }, false, false],
    ["an enum value the spec does not list", { ...video, format: "webm" }, false, false],
  ])("%s", async (_, body, open, closed) => {
    const validators = await load(emit({ $ref: "#/components/schemas/Video" }, media));
    expect(validators.open(body)).toBe(open);
    expect(validators.closed(body)).toBe(closed);
  });

  it("names the unknown property in the closed variant's error, and keeps a property called `title`", async () => {
    const { closed } = await load(emit({ $ref: "#/components/schemas/Video" }, media));
    closed({ ...video, added: 1 });
    expect(closed.errors?.map((error) => [error.keyword, error.params.additionalProperty])).toEqual([["additionalProperties", "added"]]);
    expect(closed({ ...video, title: 42 })).toBe(false);
  });

  it("merges an allOf whose member is itself an allOf (an artifact built on a shortcut built on MediaObject)", async () => {
    const schemas = { ...media, Artifact: { allOf: [{ $ref: "#/components/schemas/Video" }, { type: "object", required: ["recording"], properties: { recording: { type: "string" } } }] } };
    const { open, closed } = await load(emit({ $ref: "#/components/schemas/Artifact" }, schemas));
    const artifact = { ...video, recording: "r" };
    // Each member closed on its own refused the other's properties: every property of a conforming body was "new".
    expect([open(artifact), closed(artifact)]).toEqual([true, true]);
    closed({ ...artifact, added: 1 });
    expect(closed.errors?.map((error) => [error.keyword, error.params.additionalProperty])).toEqual([["additionalProperties", "added"]]);
    expect([open({ ...artifact, id: null }), closed({ title: null, format: "mp4", recording: "r" })]).toEqual([false, false]);
  });

  it.each([
    ["uniqueItems over objects", { type: "array", uniqueItems: true, items: { type: "object" } }, [{ a: [1] }, { a: [2] }], [{ a: [1] }, { a: [1] }]],
    ["an enum of objects", { enum: [{ a: 1, b: null }] }, { b: null, a: 1 }, { a: 1, b: 0 }],
  ])("checks %s with its own JSON equality, in place of Ajv's runtime helper", async (_, response, valid, invalid) => {
    const code = emit(response);
    expect(code).not.toMatch(/require\(|import /);
    const { open } = await load(code);
    expect([open(valid), open(invalid)]).toEqual([true, false]);
  });

  it("reads a key JSON Schema does not have as an annotation (OpenAPI 3.1's extension keywords; Redocly's struct rule refuses a misspelling)", async () => {
    const { open } = await load(emit({ type: "string", maxLenght: 3 }));
    expect([open("abcd"), open(4)]).toEqual([true, false]);
  });

  it.each([
    ["a 2020-12 keyword Ajv's draft-07 class does not have", { type: "object", unevaluatedProperties: false }, /strict mode: unknown keyword: "unevaluatedProperties"/],
    // Ajv checks each operation's schema with its meta-schema's own compiled validator, which must really run.
    ["a keyword's value the meta-schema refuses", { type: "string", minLength: -1 }, /schema is invalid: data\/minLength/],
  ])("refuses %s, naming it", (_, response, message) => {
    expect(() => emit(response)).toThrow(message);
  });

  it("leaves a format it does not check out, as an annotation (Recall's own definition has `format: ms`)", () => {
    const code = emit({ type: "object", properties: { a: { type: "string", format: "email" }, b: { type: "integer", format: "ms" } } });
    expect(code).not.toMatch(/email|"ms"/);
    expect(code).toContain('"string"');
  });
});
