// Each emitter on small inline specs: the input shapes (shape-schema.ts, emit/operations-table.ts) and the
// read and write views of named schema types (emit/named-types.ts).
import { describe, expect, it } from "vitest";
import { assembleFiles } from "../../scripts/pipeline/assemble.js";
import { readOperations } from "../../scripts/pipeline/model.js";
import { sortKeysDeep } from "../../scripts/openapi/keys.js";
import { openapiTypes } from "../../scripts/pipeline/openapi-types.js";
import { toShape } from "../../scripts/pipeline/shape-schema.js";

type Json = Record<string, unknown>;

/** A one-operation spec: `body` and `response` are schemas (or $refs into `schemas`). */
function spec({ schemas = {}, body, response = { type: "object" } }: { schemas?: Json; body?: unknown; response?: unknown }): Json {
  return sortKeysDeep({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url: "https://api.example.test" }],
    paths: {
      "/api/v1/bot/": {
        post: {
          operationId: "bot_create",
          ...(body === undefined ? {} : { requestBody: { required: true, content: { "application/json": { schema: body } } } }),
          responses: { "201": { description: "ok", content: { "application/json": { schema: response } } } },
        },
      },
    },
    components: { schemas },
  }) as Json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const BOT = { type: "object", properties: { id: { type: "string", readOnly: true }, name: { type: "string" } } };

describe("toShape", () => {
  const document = spec({ schemas: { Bot: BOT, Name: { type: "string" } } });
  const cases: [string, { given: unknown; want: unknown }][] = [
    ["a $ref to a component stays a reference", { given: ref("Bot"), want: { $shape: "Bot" } }],
    ["a nested $ref stays a reference", { given: { type: "array", items: ref("Name") }, want: { type: "array", items: { $shape: "Name" } } }],
    ["readOnly properties are left out", { given: BOT, want: { type: "object", properties: { name: { type: "string" } } } }],
    ["a nullable oneOf is the type or null", { given: { oneOf: [{ type: "string", format: "uuid" }, { type: "null" }] }, want: { type: ["string", "null"], format: "uuid" } }],
    ["any other union is left to the server", { given: { oneOf: [{ type: "string" }, { type: "integer" }] }, want: {} }],
    ["unchecked formats are dropped", { given: { type: "string", format: "uri" }, want: { type: "string" } }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(toShape(document, given)).toEqual(want);
  });
});

async function emitted(document: Json): Promise<Map<string, string>> {
  return new Map(assembleFiles(document, readOperations(document), await openapiTypes(document)));
}

describe("shapes.ts and operations.ts", () => {
  it("declares a shape once, before the shapes that use it, and the operation refers to it by name", async () => {
    const files = await emitted(spec({ schemas: { Bot: { type: "object", properties: { name: ref("Name"), alias: ref("Name") } }, Name: { type: "string" } }, body: ref("Bot") }));
    const shapes = files.get("shapes.ts") ?? "";
    expect(shapes.match(/export const NameShape: ShapeSchema/g)).toHaveLength(1);
    expect(shapes.indexOf("export const NameShape")).toBeLessThan(shapes.indexOf("export const BotShape"));
    expect(shapes).toContain("alias: NameShape,");
    expect(files.get("operations.ts")).toContain("schema: shapes.BotShape,");
  });

  it("reads a cycle's back edge lazily", async () => {
    const files = await emitted(spec({ schemas: { Node: { type: "object", properties: { next: ref("Node") } } }, body: ref("Node") }));
    expect(files.get("shapes.ts")).toContain("get next() { return NodeShape; },");
  });

  it("emits no shapes.ts import when no input names a component", async () => {
    const files = await emitted(spec({ body: { type: "object" } }));
    expect(files.get("operations.ts")).not.toContain("shapes");
  });
});

describe("servers.ts", () => {
  it("is `/` for a document that names no server, as OpenAPI defines it", async () => {
    const { servers: _servers, ...document } = spec({ body: { type: "object" } });
    expect(_servers).toBeDefined();
    expect(new Map(await emitted(document)).get("servers.ts")).toMatch(/export const server = \{\n  url: "\/",\n  variables: \{\},\n\} as const;/);
  });
});

describe("named schema types", () => {
  const PAGE = { type: "object", properties: { results: { type: "array", items: ref("Bot") } } };
  const cases: [string, { schemas: Json; body?: unknown; response?: unknown; want: string[]; not?: string[] }][] = [
    ["read only: the read view, readOnly kept", { schemas: { Bot: BOT }, response: ref("Bot"), want: ["export interface Bot {\n  id?: string;\n  name?: string;\n}"], not: ["BotWrite"] }],
    ["written only: the write view under its own name", { schemas: { Bot: BOT }, body: ref("Bot"), want: ["export interface Bot {\n  name?: string;\n}"], not: ["BotWrite"] }],
    [
      "read and written: the read view by name and <Name>Write without readOnly fields",
      { schemas: { Bot: BOT }, body: ref("Bot"), response: ref("Bot"), want: ["export interface Bot {\n  id?: string;", "export interface BotWrite {\n  name?: string;\n}"] },
    ],
    ["used inside a read schema counts as read", { schemas: { Bot: BOT, Page: PAGE }, body: ref("Bot"), response: ref("Page"), want: ["export interface BotWrite {", "  results?: Bot[];"] }],
    [
      "read and written with equal views: one name",
      { schemas: { Name: { type: "object", properties: { first: { type: "string" } } } }, body: ref("Name"), response: ref("Name"), want: ["export interface Name {"], not: ["NameWrite"] },
    ],
    [
      "a writeOnly property: in the write view only",
      {
        schemas: { Key: { type: "object", properties: { secret: { type: "string", writeOnly: true }, label: { type: "string" } } } },
        body: ref("Key"),
        response: ref("Key"),
        want: ["export interface Key {\n  label?: string;\n}", "export interface KeyWrite {\n  label?: string;\n  secret?: string;\n}"],
      },
    ],
    [
      "a nested reference by name, nullable as | null, descriptions and deprecation as JSDoc",
      {
        schemas: {
          Bot: { type: "object", required: ["owner"], properties: { owner: { oneOf: [ref("Owner"), { type: "null" }], description: "Who owns it." }, old: { type: "string", deprecated: true } } },
          Owner: { type: "object", properties: { id: { type: "string" } } },
        },
        response: ref("Bot"),
        want: ["  /** @deprecated */\n  old?: string;", "  /** Who owns it. */\n  owner: Owner | null;"],
      },
    ],
    ["an enum: a type", { schemas: { Status: { type: "string", enum: ["a", "b"] } }, response: ref("Status"), want: ['export type Status = "a" | "b";'] }],
    [
      "an allOf of a named object and properties: an interface extending it",
      {
        schemas: { Base: { type: "object", properties: { id: { type: "string" } } }, Bot: { allOf: [ref("Base"), { type: "object", properties: { name: { type: "string" } } }] } },
        response: ref("Bot"),
        want: ["export interface Bot extends Base {\n  name?: string;\n}"],
      },
    ],
  ];
  it.each(cases)("%s", async (_name, { schemas, body, response, want, not = [] }) => {
    const types = (await emitted(spec({ schemas, body, response }))).get("types.ts") ?? "";
    for (const text of want) expect(types).toContain(text);
    for (const text of not) expect(types).not.toContain(text);
    expect(types).not.toMatch(/Readable|Writable|\$Read|\$Write|components\[/);
  });
});

describe("resource classes", () => {
  it("name a class apart from the schema type of the same word (the artifact VideoMixed beside recall.videoMixed)", async () => {
    const document = spec({ schemas: { Bots: BOT }, response: ref("Bots") });
    const files = await emitted(document);
    expect(files.get("index.ts")).toContain("export { BotsResource } from \"./resources/bots.js\";");
    expect(files.get("types.ts")).toMatch(/^export interface Bots \{/m);
  });

  it("stop the generation when a schema takes a class's name", async () => {
    await expect(emitted(spec({ schemas: { BotsResource: BOT }, response: ref("BotsResource") }))).rejects.toThrow(
      "resource bots's class BotsResource has the name of a generated type",
    );
  });
});
