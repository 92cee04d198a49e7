// OpenAPI constructs through the model and the validators emitter, on small in-memory documents read as the
// document layer reads a bundle (3.0 upgraded to 3.1, keys sorted): what each becomes, or the error naming where it is.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { OpenAPIDocument } from "../../scripts/openapi/json.js";
import { sortKeysDeep } from "../../scripts/openapi/keys.js";
import { upgradeToOpenAPI31 } from "../../scripts/openapi/upgrade.js";
import { emitValidatorsFile } from "../../scripts/pipeline/emit/validators.js";
import { readOperations } from "../../scripts/pipeline/model.js";

const ok = (schema: unknown = { type: "object" }) => ({ "200": { description: "ok", content: { "application/json": { schema } } } });

function documentOf(paths: Record<string, unknown>, schemas: Record<string, unknown> = {}, openapi = "3.0.3"): OpenAPIDocument {
  return sortKeysDeep(upgradeToOpenAPI31({ openapi, info: { title: "t", version: "1" }, paths, components: { schemas } })) as OpenAPIDocument;
}

describe("the model", () => {
  it("merges path-level parameters into each operation, the operation's own winning", () => {
    const [operation] = readOperations(
      documentOf({
        "/things/{id}": {
          parameters: [
            { name: "id", in: "path", required: true, schema: { type: "string" } },
            { name: "q", in: "query", schema: { type: "string" } },
          ],
          get: { operationId: "things/get", parameters: [{ name: "q", in: "query", schema: { type: "integer" } }], responses: ok() },
        },
      }),
    );
    expect(operation?.info.pathParams.map((parameter) => parameter.name)).toEqual(["id"]);
    expect(operation?.info.queryParams).toEqual([{ name: "q", required: false, schema: { type: "integer" } }]);
    expect(operation).toMatchObject({ resource: "things", method: "get", typeStem: "ThingsGet", specOperationId: "things/get", schemaType: 'operations["things/get"]' });
    expect(operation?.info.operationId).toBe("things_get");
  });

  it("names an operation without operationId by method and path, typed through paths[...]", () => {
    const [operation] = readOperations(documentOf({ "/users/{id}/repos": { get: { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: ok() } } }));
    expect(operation).toMatchObject({ resource: "users", method: "getByIdRepos", specOperationId: undefined, schemaType: 'paths["/users/{id}/repos"]["get"]' });
    expect(operation?.info.operationId).toBe("get_users_id_repos");
  });

  it.each([
    ["no 2xx response (a redirect)", { "302": { description: "moved" } }],
    ["an empty 204", { "204": { description: "none" } }],
    ["a non-JSON body", { "200": { description: "html", content: { "text/html": { schema: { type: "string" } } } } }],
  ])("resolves to nothing on %s", (_name, responses) => {
    const [operation] = readOperations(documentOf({ "/a": { get: { operationId: "a_get", responses } } }));
    expect(operation?.successStatus).toBeUndefined();
  });

  it.each([
    [
      "a request body with no JSON media type",
      { "/markdown/raw": { post: { operationId: "markdown/render-raw", requestBody: { content: { "text/plain": { schema: { type: "string" } } } }, responses: ok() } } },
      "#/paths/~1markdown~1raw/post/requestBody: text/plain request body: the client sends application/json bodies only",
    ],
    ["a HEAD operation", { "/a": { head: { operationId: "a_head", responses: ok() } } }, "#/paths/~1a/head: HEAD operation: the client sends GET, PUT, POST, PATCH and DELETE only"],
    [
      "two operationIds with one identifier",
      { "/a": { get: { operationId: "a/b", responses: ok() } }, "/b": { get: { operationId: "a_b", responses: ok() } } },
      "#/paths/~1b/get: identifier a_b: #/paths/~1a/get would get it too; rename one operationId",
    ],
  ])("refuses %s, naming the pointer and the construct", (_name, paths, message) => {
    expect(() => readOperations(documentOf(paths))).toThrow(message);
  });
});

describe("the validators emitter on OpenAPI 3.0 constructs", () => {
  const dir = mkdtemp(join(tmpdir(), "recall-validators-"));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  const schemas = {
    Node: { type: "object", required: ["name"], properties: { name: { type: "string", example: "root" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } },
    Size: { type: "integer", minimum: 0, exclusiveMinimum: true },
    Thing: {
      type: "object",
      properties: {
        ref: { $ref: "#/components/schemas/Node", nullable: true },
        all: { allOf: [{ $ref: "#/components/schemas/Node" }], nullable: true, readOnly: true },
        one: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true },
        any: { nullable: true },
        size: { $ref: "#/components/schemas/Size" },
        tag: { type: "string", nullable: true, enum: ["a", "b"] },
      },
    },
  };
  const document = documentOf({ "/things": { get: { operationId: "things/list", responses: ok({ $ref: "#/components/schemas/Thing" }) } } }, schemas);

  let loaded: Promise<Record<string, (data: unknown) => boolean>> | undefined;
  const load = () =>
    (loaded ??= (async () => {
      const path = join(await dir, "validators.mjs");
      await writeFile(path, emitValidatorsFile(document, readOperations(document)));
      return (await import(pathToFileURL(path).href)) as Record<string, (data: unknown) => boolean>;
    })());

  it.each([
    ["null beside $ref, allOf, oneOf, enum and alone", { ref: null, all: null, one: null, tag: null, any: null }, true],
    ["the non-null values", { ref: { name: "a", children: [{ name: "b", children: [] }] }, all: { name: "c" }, one: 3, tag: "a", any: [1] }, true],
    ["a recursive child missing its name", { ref: { name: "a", children: [{}] } }, false],
    ["a value outside the nullable enum", { tag: "c" }, false],
    ["0 where exclusiveMinimum: true with minimum 0", { size: 0 }, false],
    ["1 there", { size: 1 }, true],
  ])("checks %s", async (_name, body, valid) => {
    const validators = await load();
    expect(validators.things_list_open?.(body)).toBe(valid);
  });
});
