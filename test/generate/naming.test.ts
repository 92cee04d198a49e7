// The one naming rule from operationId (or x-sdk-method) to `client.<resource>.<method>`.
import { describe, expect, it } from "vitest";
import { methodNameOf } from "../../scripts/pipeline/naming.js";

const cases: [string, { given: [string, unknown?]; want: { resource: string; method: string } | RegExp }][] = [
  ["PATCH maps to update", { given: ["recording_partial_update"], want: { resource: "recordings", method: "update" } }],
  ["retrieve stays", { given: ["recording_retrieve"], want: { resource: "recordings", method: "retrieve" } }],
  ["list stays", { given: ["recording_list"], want: { resource: "recordings", method: "list" } }],
  ["destroy maps to delete", { given: ["recording_destroy"], want: { resource: "recordings", method: "delete" } }],
  ["PUT update maps to replace", { given: ["bot_update"], want: { resource: "bots", method: "replace" } }],
  ["other actions become camelCase", { given: ["recording_create_transcript_create"], want: { resource: "recordings", method: "createTranscriptCreate" } }],
  ["a plural resource is kept", { given: ["calendar_events_list"], want: { resource: "calendars", method: "eventsList" } }],
  ["x-sdk-method overrides", { given: ["recording_create_transcript_create", { name: "transcribe" }], want: { resource: "recordings", method: "transcribe" } }],
  ["x-sdk-method may move the resource", { given: ["recording_list", { resource: "media", name: "all" }], want: { resource: "media", method: "all" } }],
  ["no separator is refused", { given: ["listRecordings"], want: /does not follow <resource>_<action>/ }],
  ["a non-identifier override is refused", { given: ["recording_list", { name: "two words" }], want: /must be a JavaScript identifier/ }],
];

describe("methodNameOf", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const run = () => methodNameOf(...given);
    if (want instanceof RegExp) expect(run).toThrow(want);
    else expect(run()).toEqual(want);
  });
});
