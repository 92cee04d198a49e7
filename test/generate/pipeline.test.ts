// The emitted facts and the named types, read from the committed generated/ (npm test's check:generated has
// proved it is what the pipeline yields); running the pipeline twice for determinism is determinism.e2e.test.ts.
import { describe, expect, it } from "vitest";
import { HEADER } from "../../scripts/pipeline/layout.js";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { operationTable as operations } from "../../generated/operations.js";
import { repoRoot } from "../spec/spec-bundle.js";

describe("generated/", () => {
  it("starts every TypeScript file with the one header line and no timestamp or version", async () => {
    for (const [path, text] of await readGenerated(`${repoRoot}/generated`)) {
      if (!path.endsWith(".ts")) continue;
      expect(text.split("\n")[0], path).toBe(HEADER);
      expect(text, path).not.toMatch(/\b20\d\d-\d\d-\d\d|\b\d+\.\d+\.\d+\b|openapi-typescript \d/);
      expect(text, path).not.toContain("\r");
    }
  });
});

describe("generated operations table", () => {
  it("carries each operation's method, path, rate limit, idempotency and pagination from the spec", () => {
    expect(Object.keys(operations)).toHaveLength(33);
    expect(Object.keys(operations)).toEqual(expect.arrayContaining(["recording_destroy", "recording_list", "recording_partial_update", "recording_retrieve"]));
    expect(operations.recording_create_transcript_create).toMatchObject({ method: "post", idempotent: true, rateLimits: [{ limit: 5, per: 60, scope: "bot_id" }] });
    expect(operations.recording_partial_update).toMatchObject({
      method: "patch",
      path: "/api/v1/recording/{id}/",
      idempotent: true,
      rateLimits: [{ limit: 300, per: 60, scope: "workspace_id" }],
      body: { required: true, schema: { type: "object", additionalProperties: false, properties: { metadata: { type: "object", additionalProperties: { type: "string" } } } } },
    });
    expect(operations.recording_list).toMatchObject({ method: "get", idempotent: false, rateLimits: [{ limit: 60 }], pagination: { style: "cursor", items: "results", next: "next" } });
    expect(operations.recording_list.queryParams.map((parameter) => parameter.name)).not.toContain("metadata");
    expect(operations.recording_retrieve.pathParams).toEqual([{ name: "id", required: true, schema: { type: "string", format: "uuid" } }]);
    expect("body" in operations.recording_retrieve).toBe(false);
  });
});
