// createTranscript's provider options are Recall's request definitions: a value outside a vendor's enum, or a
// missing key the vendor requires, is refused before anything is sent; a valid body goes out as given.
import { afterEach, describe, expect, it } from "vitest";
import { RecallValidationError } from "../../src/core/index.js";
import { RECORDING_ID, operations } from "./fixtures.js";
import { harness, rejection } from "./harness.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

const createTranscript = (h: ReturnType<typeof harness>, body: unknown) =>
  h.core.request<unknown>(operations.recording_create_transcript_create, { path: { id: RECORDING_ID }, body }, { idempotencyKey: "k" });

describe("createTranscript's provider options", () => {
  const refused: [string, { body: unknown; want: RegExp }][] = [
    ["an encoding Deepgram does not list", { body: { provider: { deepgram_async: { encoding: "mp3" } } }, want: /^body\.provider\.deepgram_async\.encoding: expected one of "linear16", .*got "mp3"$/ }],
    ["Speechmatics without the language it requires", { body: { provider: { speechmatics_async: { transcription_config: {} } } }, want: /^body\.provider\.speechmatics_async\.transcription_config\.language: required$/ }],
    ["a Rev option its closed definition does not list", { body: { provider: { rev_async: { speed: "fast" } } }, want: /^body\.provider\.rev_async\.speed: unknown property$/ }],
  ];
  it.each(refused)("refuses %s, sending nothing", async (_, { body, want }) => {
    server = await startServer(json(200, {}));
    const error = await rejection(createTranscript(harness(server.url), body));
    expect(error).toBeInstanceOf(RecallValidationError);
    expect(error.message).toMatch(want);
    expect(server.received).toHaveLength(0);
  });

  it("sends options the definitions allow as given", async () => {
    server = await startServer(json(200, {}));
    const body = { provider: { deepgram_async: { model: "nova-3", encoding: "opus", language: "en" } } };
    await createTranscript(harness(server.url), body);
    expect(server.received).toHaveLength(1);
    expect(JSON.parse(server.received[0]?.body ?? "")).toEqual(body);
  });
});
