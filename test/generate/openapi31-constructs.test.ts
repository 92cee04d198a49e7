// OpenAPI 3.1 constructs (JSON Schema 2020-12) through every emitter, on one small in-memory document as the
// document layer reads a bundle (keys sorted): the named types, the validators' verdicts on bodies, and the errors
// naming what the client cannot express.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "../../scripts/openapi/json.js";
import { sortKeysDeep } from "../../scripts/openapi/keys.js";
import { assembleFiles, type GeneratedFiles } from "../../scripts/pipeline/assemble.js";
import { readOperations } from "../../scripts/pipeline/model.js";
import { openapiTypes } from "../../scripts/pipeline/openapi-types.js";
import { typecheckFiles } from "../../scripts/pipeline/typecheck.js";
import { repoRoot } from "../spec/spec-bundle.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });

const THING = {
  type: "object",
  required: ["id", "kind"],
  properties: {
    id: { type: "string", examples: ["t_1"] },
    kind: { const: "thing" },
    label: { type: ["string", "null"] },
    size: { type: "number", exclusiveMinimum: 0 },
    // prefixItems: a tuple, closed by `items: false`, or with `items` for the members after it.
    point: { type: "array", prefixItems: [ref("Coordinate"), ref("Coordinate")], items: false },
    tagged: { type: "array", prefixItems: [{ type: "string" }], items: { type: "integer" } },
    // A $ref with sibling keywords: both apply.
    owner: { $ref: "#/components/schemas/Owner", required: ["name"], description: "Who owns it." },
    picture: { type: "string", contentMediaType: "image/png", contentEncoding: "base64" },
    contact: { type: "object", dependentRequired: { email: ["name"] } },
    // Discourse's category_setting: data where a schema belongs, keys that are no keyword (annotations in 3.1).
    settings: { auto_bump_cooldown_days: 1, num_auto_bump_daily: null },
    // uniqueItems of objects: Ajv's deep-equality helper, which the emitted module cannot require.
    members: { type: "array", uniqueItems: true, items: ref("Owner") },
    // A component named like an annotation keyword.
    note: ref("description"),
  },
};

/** The document, with `thing` as its Thing component. */
const documentWith = (thing: unknown): OpenAPIDocument =>
  sortKeysDeep({
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: { title: "t", version: "1", license: { name: "MIT", identifier: "MIT" } },
    servers: [{ url: "https://api.example.test" }],
    paths: {
      "/things/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        get: { operationId: "things_get", responses: { "200": { description: "ok", content: json(ref("Thing")) } } },
        put: {
          operationId: "things_put",
          requestBody: { required: true, content: json(ref("Thing")) },
          responses: { "200": { description: "a CSV export", content: { "text/csv": { schema: { type: "string" } } } } },
        },
        delete: { operationId: "things_delete", responses: { "204": { description: "gone" } } },
      },
    },
    webhooks: { "thing.created": { post: { requestBody: { content: json(ref("Thing")) }, responses: { "200": { description: "ok" } } } } },
    components: {
      schemas: {
        Thing: thing,
        Coordinate: { type: "number" },
        // A schema's own $id (Scalar's Galaxy gives every component one), on an object: its closed copy differs.
        Owner: { $id: "https://example.test/schemas/Owner", type: ["object", "null"], properties: { name: { type: "string" } }, examples: [{ name: "n" }] },
        description: { type: "string", maxLength: 3 },
      },
    },
  }) as OpenAPIDocument;
const DOCUMENT = documentWith(THING);

describe("an OpenAPI 3.1 document through every emitter", () => {
  const dir = mkdtemp(join(tmpdir(), "recall-openapi31-"));
  let files: GeneratedFiles;
  let validate: (data: unknown) => boolean;
  beforeAll(async () => {
    files = assembleFiles(DOCUMENT, readOperations(DOCUMENT), await openapiTypes(DOCUMENT));
    const path = join(await dir, "validators.mjs");
    await writeFile(path, files.get("validators.ts") ?? "");
    const module = (await import(pathToFileURL(path).href)) as Record<string, (data: unknown) => boolean>;
    validate = module.things_get_open as (data: unknown) => boolean;
  });
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it.each([
    ["a tuple of named types", "  point?: [Coordinate, Coordinate];"],
    ["const as a literal type", '  kind: "thing";'],
    ["type: [T, null] as | null", "  label?: string | null;"],
    ["a $ref with siblings by its name", "  /** Who owns it. */\n  owner?: Owner;"],
    ["keys that are no keyword as unknown", "  settings?: unknown;"],
  ])("types.ts: %s", (_name, text) => {
    expect(files.get("types.ts")).toContain(text);
  });

  it("yields files that type-check, with a consumer reading each construct's type", async () => {
    const consumer = `import type { Thing } from "./types.js";
export function use(thing: Thing): number {
  const [x, y] = thing.point ?? [0, 0];
  const kind: "thing" = thing.kind;
  // @ts-expect-error a label may be null
  const label: string = thing.label;
  return x + y + kind.length + label.length + (thing.owner?.name?.length ?? 0);
}
`;
    expect(await typecheckFiles(repoRoot, new Map([...files, ["consumer.ts", consumer]]))).toEqual([]);
  });

  it("types the webhook's payload and gives the non-JSON and empty responses no body type", () => {
    expect(files.get("webhooks.ts")).toContain('  "thing.created": Thing;');
    expect(files.get("resources/things.ts")).toMatch(/^ {2}delete\(id: string, options\?: RequestOptions\): APIPromise<void>/m);
    expect(files.get("operations.ts")).not.toContain("validators.things_put");
  });

  const valid = { id: "t_1", kind: "thing" };
  it.each([
    ["the required members only", valid, true],
    ["a null label", { ...valid, label: null }, true],
    ["a number as label", { ...valid, label: 3 }, false],
    ["another kind than the const", { ...valid, kind: "other" }, false],
    ["0 under exclusiveMinimum: 0", { ...valid, size: 0 }, false],
    ["a two-number point", { ...valid, point: [1, 2] }, true],
    ["a point with a string", { ...valid, point: [1, "2"] }, false],
    ["a point with a third member, past items: false", { ...valid, point: [1, 2, 3] }, false],
    ["a string then integers", { ...valid, tagged: ["a", 1, 2] }, true],
    ["a string then a string", { ...valid, tagged: ["a", "b"] }, false],
    ["an owner without the name its $ref's sibling requires", { ...valid, owner: {} }, false],
    ["an owner with it", { ...valid, owner: { name: "n" } }, true],
    ["an email without the name dependentRequired asks", { ...valid, contact: { email: "e" } }, false],
    ["both", { ...valid, contact: { email: "e", name: "n" } }, true],
    ["anything under keys that are no keyword", { ...valid, settings: [1, "a"] }, true],
    ["two equal members under uniqueItems", { ...valid, members: [{ name: "a" }, { name: "a" }] }, false],
    ["two different members", { ...valid, members: [{ name: "a" }, { name: "b" }, null] }, true],
    ["a note past the component named description's maxLength", { ...valid, note: "abcd" }, false],
  ])("the validator: %s", (_name, body, want) => {
    expect(validate(body)).toBe(want);
  });
});

describe("what the client cannot express", () => {
  it.each([
    [
      "a webhook payload written inline (its type would have no name)",
      { ...DOCUMENT, webhooks: { "thing.created": { post: { requestBody: { content: json({ type: "object" }) }, responses: { "200": { description: "ok" } } } } } },
      "#/webhooks/thing.created/post/requestBody/content/application~1json/schema: webhook payload without a component $ref: ",
    ],
    ["a webhook without POST", { ...DOCUMENT, webhooks: { "thing.created": { put: { responses: { "200": { description: "ok" } } } } } }, "#/webhooks/thing.created: webhook without POST: "],
  ])("refuses %s, naming the pointer and the construct", async (_name, document, message) => {
    const schemaText = await openapiTypes(document);
    expect(() => assembleFiles(document, readOperations(document), schemaText)).toThrow(message);
  });

  it("refuses a 2020-12 keyword the validators cannot check, naming the response's pointer and the keyword", async () => {
    const document = documentWith({ ...THING, unevaluatedProperties: false });
    const schemaText = await openapiTypes(document);
    expect(() => assembleFiles(document, readOperations(document), schemaText)).toThrow(
      '#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema: response schema: the validators cannot compile it: strict mode: unknown keyword: "unevaluatedProperties"',
    );
  });
});
