// The spec's webhooks: each recording and artifact event, a named payload schema, the Standard Webhooks headers, and
// "whatever Recall may send, we accept": payloads Recall's catalog allows validate against our schemas (Ajv 2020).

import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaErrors } from "../contract/spec-schemas.js";
import { bundledSpec, deref, type Json, type JsonObject } from "./spec-bundle.js";

const ARTIFACTS = ["transcript", "video_mixed", "video_separate", "audio_mixed", "audio_separate", "participant_events", "meeting_metadata"];
const EVENTS = [
  ...["processing", "paused", "done", "failed", "deleted"].map((status) => `recording.${status}`),
  ...ARTIFACTS.flatMap((artifact) => ["processing", "done", "failed", "deleted"].map((status) => `${artifact}.${status}`)),
].sort();

// Recall's catalog is reference data on the development machine, never committed: checks against it skip without it.
const CATALOG = "/work/shared/recall-defs/recall-sdk/webhooks.json";

interface Webhook {
  readonly post: JsonObject;
  readonly schemaName: string;
  readonly examples: JsonObject[];
}

function webhook(name: string): Webhook {
  const spec = bundledSpec();
  const post = (deref(spec, (spec.webhooks as JsonObject)[name] as Json) as JsonObject).post as JsonObject;
  const media = ((deref(spec, post.requestBody as Json) as JsonObject).content as JsonObject)["application/json"] as JsonObject;
  const ref = (media.schema as JsonObject).$ref as string;
  const examples = Object.values((media.examples ?? {}) as JsonObject).map((example) => (deref(spec, example) as JsonObject).value as JsonObject);
  return { post, schemaName: ref.replace("#/components/schemas/", ""), examples };
}

const status = (code: string, extra: JsonObject = {}): JsonObject => ({ code, sub_code: null, updated_at: "2026-01-02T03:04:05.678901+00:00", ...extra });
const ref = (id: string): JsonObject => ({ id, metadata: { crm_id: "42", note: null } });

/** Payloads Recall's catalog and docs allow for an event, each nullable or optional field both ways, plus unknown fields. */
function allowedPayloads(name: string): [string, JsonObject][] {
  const [owner, code] = name.split(".") as [string, string];
  const failed: JsonObject = name === "recording.failed" ? { error: { code: "INTERNAL_ERROR", message: "Internal server error" } } : {};
  const base: JsonObject = { data: status(code, failed), recording: ref("4cff97e4-f0c7-4915-b5a0-983238758f28"), bot: ref("e4b22b2d-d490-4874-a086-322922f07950") };
  if (owner !== "recording") base[owner] = ref("fc8fcbb5-2795-48ca-a273-caf0bfe01dea");
  const withData = (data: JsonObject): JsonObject => ({ event: name, data });
  const cases: [string, JsonObject][] = [
    ["every field present", withData(base)],
    ["bot null (a recording no bot made)", withData({ ...base, bot: null })],
    ["a sub_code", withData({ ...base, data: status(code, { ...failed, sub_code: "internal_error" }) })],
    ["empty metadata", withData({ ...base, recording: { id: "x", metadata: {} } })],
    ["unknown properties at every level", { event: name, added: 1, data: { ...base, added: true, data: { ...status(code, failed), added: "x" }, recording: { ...ref("r"), added: [] } } }],
  ];
  if (owner === "recording") {
    const { bot: _, ...withoutBot } = base;
    cases.push(["no bot (the catalog does not require it)", withData(withoutBot)]);
  }
  return cases;
}

describe("spec webhooks", () => {
  it("describe every recording event and each artifact's processing, done, failed and deleted", () => {
    expect(Object.keys(bundledSpec().webhooks as JsonObject).sort()).toEqual(EVENTS);
  });

  it.each(EVENTS)("%s: a POST with a named payload type, the Standard Webhooks headers and an example", (name) => {
    const { post, schemaName, examples } = webhook(name);
    expect(schemaName).toMatch(/^[A-Z][A-Za-z]+Event$/);
    const spec = bundledSpec();
    const headers = (post.parameters as Json[]).map((parameter) => deref(spec, parameter) as JsonObject);
    expect(headers.map((header) => [header.in, header.name, header.required])).toEqual([
      ["header", "webhook-id", true],
      ["header", "webhook-timestamp", true],
      ["header", "webhook-signature", true],
    ]);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(schemaErrors(schemaName, example)).toEqual([]);
  });

  describe.each(EVENTS)("%s accepts what Recall may send", (name) => {
    it.each(allowedPayloads(name))("%s", (_, payload) => {
      expect(schemaErrors(webhook(name).schemaName, payload)).toEqual([]);
    });
  });

  it.each([
    ["another event's name", (payload: JsonObject) => ({ ...payload, event: "recording.exploded" })],
    ["no recording", (payload: JsonObject) => ({ ...payload, data: { ...(payload.data as JsonObject), recording: undefined } })],
    ["a status without sub_code", (payload: JsonObject) => ({ ...payload, data: { ...(payload.data as JsonObject), data: { code: "done", updated_at: "2026-01-02T03:04:05Z" } } })],
  ])("refuses %s", (_, mutate) => {
    const payload = JSON.parse(JSON.stringify(mutate(allowedPayloads("transcript.done")[0]![1]))) as JsonObject;
    expect(schemaErrors(webhook("transcript.done").schemaName, payload)).not.toEqual([]);
  });
});

describe.skipIf(!existsSync(CATALOG))("Recall's webhook catalog", () => {
  const catalog = existsSync(CATALOG) ? (JSON.parse(readFileSync(CATALOG, "utf8")) as { data: { name: string; schemas: { "1": { examples: JsonObject[] } } }[] }).data : [];
  const inScope = catalog.filter((entry) => EVENTS.includes(entry.name));

  it("has exactly the recording and artifact events the spec describes", () => {
    const names = catalog.map((entry) => entry.name).filter((name) => /^(recording|transcript|video_|audio_|participant_events|meeting_metadata)/.test(name));
    expect(names.sort()).toEqual(EVENTS);
  });

  it.each(inScope.map((entry) => [entry.name, entry] as const))("%s: the catalog's examples validate against the spec", (_, entry) => {
    for (const example of entry.schemas["1"].examples) expect(schemaErrors(webhook(entry.name).schemaName, example)).toEqual([]);
  });
});
