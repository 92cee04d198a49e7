// emit/long-running.ts on small inline specs: waitUntilDone, download and <create>AndWait appear exactly where the
// schemas call for them (a status code enum with done; string *download_url properties in data; a POST answering a
// schema some resource can wait on), and nowhere else.
import { describe, expect, it } from "vitest";
import { sortKeysDeep } from "../../scripts/openapi/keys.js";
import { longRunningEmitter } from "../../scripts/pipeline/emit/long-running.js";
import { readOperations } from "../../scripts/pipeline/model.js";

type Json = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = (schema: unknown) => ({ "200": { description: "ok", content: { "application/json": { schema } } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };

function spec(job: Json): Json {
  return sortKeysDeep({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/api/v1/job/{id}/": { get: { operationId: "job_retrieve", tags: ["Job"], parameters: [idParam], responses: ok(ref("Job")) } },
      "/api/v1/job/": { get: { operationId: "job_list", tags: ["Job"], responses: ok({ type: "array", items: ref("Job") }) } },
      "/api/v1/thing/{id}/start_job/": { post: { operationId: "thing_start_job_create", tags: ["Thing"], parameters: [idParam], responses: ok(ref("Job")) } },
      "/api/v1/thing/{id}/": { patch: { operationId: "thing_partial_update", tags: ["Thing"], parameters: [idParam], responses: ok(ref("Job")) } },
      "/api/v1/job/{id}/cancel/": { post: { operationId: "job_cancel_create", tags: ["Job"], parameters: [idParam], responses: ok(ref("Job")) } },
      "/api/v1/job/bulk/": { post: { operationId: "job_bulk_create", tags: ["Job"], responses: ok(ref("Job")) } },
    },
    components: { schemas: { Job: job } },
  }) as Json;
}

const status = (codes: string[]) => ({ type: "object", properties: { code: { type: "string", enum: codes } } });

function members(job: Json, resource: string) {
  const document = spec(job);
  // The plain types only name the generated methods' parameters and results; what is emitted where is the schemas'.
  const resourceMethods = readOperations(document).map((operation) => ({ operation, types: { pathParams: [], declarations: [], response: "Job" } }));
  const { methods, imports } = longRunningEmitter(document, resourceMethods)(resource);
  return { methods: methods.map((method) => method.name), imports: imports.map((declaration) => declaration.moduleSpecifier) };
}

describe("longRunningEmitter", () => {
  const cases: [string, { job: Json; resource: string; want: string[] }][] = [
    [
      "a status enum with done: waitUntilDone, and AndWait for a POST creating one, not for one acting on one",
      { job: { type: "object", properties: { id: { type: "string" }, status: status(["processing", "done"]) } }, resource: "jobs", want: ["bulkAndWait", "waitUntilDone"] },
    ],
    ["no done in the enum: nothing", { job: { type: "object", properties: { id: { type: "string" }, status: status(["open", "closed"]) } }, resource: "jobs", want: [] }],
    ["no id: nothing", { job: { type: "object", properties: { status: status(["done"]) } }, resource: "jobs", want: [] }],
    [
      "data with a nullable download_url, through allOf: download too",
      {
        job: { allOf: [{ type: "object", properties: { id: { type: "string" }, status: status(["done"]) } }, { type: "object", properties: { data: { type: "object", properties: { download_url: { type: ["string", "null"] } } } } }] },
        resource: "jobs",
        want: ["bulkAndWait", "download", "waitUntilDone"],
      },
    ],
    ["a POST of another resource answering the schema: <method>AndWait, not for the PATCH", { job: { type: "object", properties: { id: { type: "string" }, status: status(["done"]) } }, resource: "things", want: ["startJobAndWait"] }],
  ];
  it.each(cases)("%s", (_, { job, resource, want }) => {
    expect(members(job, resource).methods).toEqual(want);
  });

  it("imports the runtime, and the waiting resource's class for <method>AndWait", () => {
    const job = { type: "object", properties: { id: { type: "string" }, status: status(["done"]) } };
    expect(members(job, "things").imports).toEqual(["../../src/long-running/index.js", "./jobs.js"]);
    expect(members({ type: "object" }, "things").imports).toEqual([]);
  });
});
