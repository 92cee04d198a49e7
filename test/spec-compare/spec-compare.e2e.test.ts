// spec:compare on a project copy whose spec is a small fixture of our own (OpenAPI 3.1), against small
// fixture documents in Recall's style (OpenAPI 3.0.3 JSON, drf-spectacular's allOf and nullable): each kind
// of disagreement, agreement, and unusable input, with the exit codes 1, 0 and 2.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { type ProjectCopy, copyProject } from "../support/project-copy.js";
import { repoRoot } from "../spec/spec-bundle.js";
import { runNode } from "../spec-diff/git-project.js";
import { join } from "node:path";

/** Our side: GET /api/v1/widget/{id}/ returning a Widget, PATCH with a body of its own. */
const OURS = {
  openapi: "3.1.0",
  info: { title: "Widgets", version: "1.0.0" },
  paths: {
    "/api/v1/widget/{id}/": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      get: {
        operationId: "widget_retrieve",
        parameters: [{ name: "expand", in: "query", required: false, schema: { type: "string" } }],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } } } },
      },
      patch: {
        operationId: "widget_partial_update",
        requestBody: { content: { "application/json": { schema: { type: "object", properties: { label: { type: "string" } } } } } },
        responses: { "200": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Widget: {
        type: "object",
        required: ["id", "state", "owner"],
        properties: {
          id: { type: "string" },
          state: { type: "string", enum: ["on", "off"] },
          label: { type: ["string", "null"] },
          owner: { oneOf: [{ $ref: "#/components/schemas/Owner" }, { type: "null" }] },
          tags: { type: "object", additionalProperties: { type: "string" } },
        },
      },
      Owner: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
    },
  },
};

type Json = Record<string, unknown>;
const clone = <T>(value: T): T => structuredClone(value);

/** Recall's side, saying the same as OURS in OpenAPI 3.0.3 as drf-spectacular writes it. */
function recallAgreeing(): Json {
  return {
    openapi: "3.0.3",
    info: { title: "Recall.ai API", version: "0.0.0" },
    paths: {
      "/api/v1/widget/{id}/": {
        get: {
          operationId: "widget_retrieve",
          parameters: [
            { in: "path", name: "id", required: true, schema: { type: "string", format: "uuid" } },
            { in: "query", name: "expand", schema: { type: "string" } },
          ],
          responses: { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } } } },
        },
        // Recall's write schemas list readOnly fields too; a request never carries them.
        patch: {
          operationId: "widget_partial_update",
          parameters: [{ in: "path", name: "id", required: true, schema: { type: "string", format: "uuid" } }],
          requestBody: {
            content: { "application/json": { schema: { type: "object", properties: { id: { type: "string", readOnly: true }, label: { type: "string" } }, required: ["id"] } } },
          },
          responses: { "200": { description: "" } },
        },
      },
      "/api/v1/bot/": { get: { operationId: "bot_list", responses: { "200": { description: "" } } } },
    },
    components: {
      schemas: {
        Widget: {
          type: "object",
          properties: {
            id: { type: "string", readOnly: true },
            state: { $ref: "#/components/schemas/StateEnum" },
            label: { type: "string", nullable: true },
            owner: { allOf: [{ $ref: "#/components/schemas/Owner" }], nullable: true },
            tags: { type: "object", additionalProperties: { type: "string" } },
          },
          required: ["owner", "id", "state"],
        },
        StateEnum: { type: "string", enum: ["on", "off"] },
        Owner: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      },
    },
  };
}

interface Finding {
  readonly group: string;
  readonly where: string;
  readonly aspect: string;
  readonly ours: string;
  readonly theirs: string;
}

const at = (doc: Json, path: string[]): Json => path.reduce<Json>((node, key) => node[key] as Json, doc);
const widget = (doc: Json): Json => at(doc, ["components", "schemas", "Widget"]);
const widgetProps = (doc: Json): Json => at(widget(doc), ["properties"]);

const disagreements: [string, { edit: (doc: Json) => void; want: Finding | Finding[] }][] = [
  [
    "an operation only Recall describes",
    {
      edit: (doc) => (at(doc, ["paths", "/api/v1/widget/{id}/"]).delete = { operationId: "widget_destroy", responses: { "204": { description: "" } } }),
      want: { group: "DELETE /api/v1/widget/{id}/", where: "", aspect: "operation", ours: "absent", theirs: "widget_destroy" },
    },
  ],
  [
    "an operation only we describe",
    {
      edit: (doc) => delete at(doc, ["paths", "/api/v1/widget/{id}/"]).get,
      want: { group: "GET /api/v1/widget/{id}/", where: "", aspect: "operation", ours: "widget_retrieve", theirs: "absent" },
    },
  ],
  [
    "a parameter only Recall has",
    {
      edit: (doc) => (at(doc, ["paths", "/api/v1/widget/{id}/", "get", "parameters"]) as unknown as Json[]).push({ in: "query", name: "cursor", schema: { type: "string" } }),
      want: { group: "GET /api/v1/widget/{id}/", where: "query parameter cursor", aspect: "parameter", ours: "absent", theirs: "present" },
    },
  ],
  [
    "a parameter required on one side",
    {
      edit: (doc) => (((at(doc, ["paths", "/api/v1/widget/{id}/", "get", "parameters"]) as unknown as Json[])[1] as Json).required = true),
      want: { group: "GET /api/v1/widget/{id}/", where: "query parameter expand", aspect: "required", ours: "no", theirs: "yes" },
    },
  ],
  [
    "a property only Recall has",
    { edit: (doc) => (widgetProps(doc).size = { type: "integer" }), want: { group: "Widget", where: "size", aspect: "property", ours: "absent", theirs: "present" } },
  ],
  [
    "a property only we have",
    { edit: (doc) => delete widgetProps(doc).tags, want: { group: "Widget", where: "tags", aspect: "property", ours: "present", theirs: "absent" } },
  ],
  [
    "a property Recall requires and we do not",
    { edit: (doc) => (widget(doc).required = ["owner", "id", "state", "label"]), want: { group: "Widget", where: "label", aspect: "required", ours: "no", theirs: "yes" } },
  ],
  [
    "a property Recall made nullable",
    { edit: (doc) => (widgetProps(doc).id = { type: "string", nullable: true }), want: { group: "Widget", where: "id", aspect: "nullable", ours: "no", theirs: "yes" } },
  ],
  [
    "a map value Recall made nullable",
    {
      edit: (doc) => (widgetProps(doc).tags = { type: "object", additionalProperties: { type: "string", nullable: true } }),
      want: { group: "Widget", where: "tags.*", aspect: "nullable", ours: "no", theirs: "yes" },
    },
  ],
  [
    "a property of another type",
    { edit: (doc) => (widgetProps(doc).id = { type: "integer" }), want: { group: "Widget", where: "id", aspect: "type", ours: "string", theirs: "integer" } },
  ],
  [
    "an enum value Recall added (a new provider)",
    {
      edit: (doc) => (at(doc, ["components", "schemas", "StateEnum"]).enum = ["on", "off", "broken"]),
      want: { group: "Widget", where: "state", aspect: "enum", ours: "no extra values", theirs: 'also "broken"' },
    },
  ],
  [
    "a property inside a nested schema",
    {
      edit: (doc) => (at(doc, ["components", "schemas", "Owner", "properties"]).name = { type: "string" }),
      want: { group: "Owner", where: "name", aspect: "property", ours: "absent", theirs: "present" },
    },
  ],
];

let project: ProjectCopy;
let case_ = 0;
const compare = async (doc: Json | string, ...flags: string[]) => {
  const file = join(project.root, `recall-${case_++}.json`);
  await project.write(file.slice(project.root.length + 1), typeof doc === "string" ? doc : JSON.stringify(doc, null, 2));
  return runNode(project.root, [join(project.root, "scripts/run.mjs"), "scripts/spec-compare.ts", file, ...flags]);
};

beforeAll(async () => {
  project = await copyProject(repoRoot);
  await project.write("spec/openapi.yaml", stringify(OURS));
});
afterAll(() => project?.remove());

describe("spec:compare", () => {
  it("exits 0 when Recall's document says the same in OpenAPI 3.0.3, and leaves resources we do not describe alone", async () => {
    const run = await compare(recallAgreeing());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Resources both describe: /api/v1/widget/; operations in both: 2; 1 of Recall's operations are about resources ours does not describe");
    expect(run.stdout).toContain("They agree on every operation both describe.");
  });

  it.each(disagreements)("exits 1 and reports %s", async (_name, { edit, want }) => {
    const doc = clone(recallAgreeing());
    edit(doc);
    const run = await compare(doc, "--json");
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { disagreements: Finding[] }).disagreements).toEqual([want].flat());
  });

  it("prints each disagreement under its operation or schema", async () => {
    const doc = clone(recallAgreeing());
    widgetProps(doc).id = { type: "string", nullable: true };
    widgetProps(doc).size = { type: "integer" };
    const run = await compare(doc);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Widget\n  id · nullable: ours no; Recall's yes\n  size: only in Recall's\n\n2 disagreements.");
  });

  it.each([
    ["a missing file", undefined, "cannot be read (ENOENT)"],
    ["a file that is not JSON", "{ not json", "not JSON or YAML"],
    ["JSON that is not OpenAPI", JSON.stringify({ name: "package" }), 'not an OpenAPI document (no "openapi" version field)'],
    ["Swagger 2.0", JSON.stringify({ swagger: "2.0", openapi: "2.0", paths: {} }), "OpenAPI 2.0 is not supported"],
    ["a $ref that does not resolve", JSON.stringify({ ...recallAgreeing(), components: {} }), "does not resolve"],
    ["a document about other resources", JSON.stringify({ openapi: "3.0.3", info: { title: "x", version: "1" }, paths: { "/api/v1/bot/": {} } }), "describes none of the resources"],
  ])("exits 2 with a clear message on %s", async (_name, text, message) => {
    const run =
      text === undefined
        ? await runNode(project.root, [join(project.root, "scripts/run.mjs"), "scripts/spec-compare.ts", join(project.root, "no-such.json")])
        : await compare(text);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });
});
