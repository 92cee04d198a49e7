// Issue 21 item 4: waitUntilDone and createTranscriptAndWait against a loopback API whose object moves from
// processing to done (or failed, deleted); every poll is an ordinary call through the client's limiter and retries.

import { afterEach, describe, expect, it } from "vitest";
import { createCore } from "../../src/core/index.js";
import { APIUserAbortError, RecallValidationError, TranscriptsResource, WaitFailedError, WaitTimeoutError, createRecallClient } from "../../src/index.js";
import { apiKey, recording } from "../client/fixtures.js";
import { rejection } from "../client/harness.js";
import { type Responder, type TestServer, json, startServer } from "../support/loopback-server.js";
import { TRANSCRIPT_ID, transcript } from "./loopback.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function client(...script: Responder[]) {
  server = await startServer(...script);
  return { server, recall: createRecallClient({ apiKey: apiKey(), baseUrl: server.url }) };
}

describe("waitUntilDone", () => {
  it("polls a transcript from processing to done and resolves with it", async () => {
    const { server, recall } = await client(json(200, transcript("processing")), json(200, transcript("processing")), json(200, transcript("done", "https://files.example/t.json")));
    const done = await recall.transcripts.waitUntilDone(TRANSCRIPT_ID, { interval: 5 });
    expect(done.status.code).toBe("done");
    expect(done.data.download_url).toBe("https://files.example/t.json");
    expect(server.received.map((request) => `${request.method} ${request.url}`)).toEqual(Array(3).fill(`GET /api/v1/transcript/${TRANSCRIPT_ID}/`));
  });

  it.each(["failed", "deleted"] as const)("throws WaitFailedError carrying the object when it is %s", async (code) => {
    const { recall } = await client(json(200, transcript("processing")), json(200, transcript(code, null, "provider_error")));
    const error = await rejection(recall.transcripts.waitUntilDone(TRANSCRIPT_ID, { interval: 5 }));
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ status: code, object: { id: TRANSCRIPT_ID, status: { code, sub_code: "provider_error" } } });
    expect(error.message).toBe(`${TRANSCRIPT_ID} is ${code} (provider_error), not done`);
  });

  it("keeps waiting through a recording's paused status", async () => {
    const at = (code: string) => json(200, { ...recording, status: { ...recording.status, code } });
    const { server, recall } = await client(at("processing"), at("paused"), at("processing"), at("done"));
    expect((await recall.recordings.waitUntilDone(recording.id, { interval: 5 })).status.code).toBe("done");
    expect(server.received).toHaveLength(4);
  });

  it("throws WaitTimeoutError with the last object after the timeout", async () => {
    const { recall } = await client(json(200, transcript("processing")));
    const error = await rejection(recall.transcripts.waitUntilDone(TRANSCRIPT_ID, { interval: 10, timeout: 50 }));
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ object: { status: { code: "processing" } } });
  });

  it("stops on abort with APIUserAbortError", async () => {
    const { recall } = await client(json(200, transcript("processing")));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    expect(await rejection(recall.transcripts.waitUntilDone(TRANSCRIPT_ID, { interval: 10, signal: controller.signal }))).toBeInstanceOf(APIUserAbortError);
  });

  it("goes through the client's retries: a 429 in the middle is waited out, not a failure", async () => {
    server = await startServer(json(200, transcript("processing")), json(429, { detail: "slow down" }, { "retry-after": "0" }), json(200, transcript("done")));
    // The core's own retry waits recorded instead of slept (Recall's 429 advice adds 1 to 5 s of jitter).
    const retryWaits: number[] = [];
    const transcripts = new TranscriptsResource(createCore({ apiKey: apiKey(), baseUrl: server.url }, { sleep: async (ms) => void retryWaits.push(ms) }));
    expect((await transcripts.waitUntilDone(TRANSCRIPT_ID, { interval: 5 })).status.code).toBe("done");
    expect(server.received).toHaveLength(3);
    expect(retryWaits).toHaveLength(1);
  });

  it.each([
    ["interval 0", { interval: 0 }, "interval"],
    ["interval NaN", { interval: Number.NaN }, "interval"],
    ["timeout -1", { timeout: -1 }, "timeout"],
  ])("refuses %s before any call", async (_, options, path) => {
    const { server, recall } = await client(json(200, transcript("done")));
    const error = await rejection(recall.transcripts.waitUntilDone(TRANSCRIPT_ID, options));
    expect(error).toBeInstanceOf(RecallValidationError);
    expect((error as RecallValidationError).path).toBe(path);
    expect(server.received).toEqual([]);
  });
});

describe("recordings.createTranscriptAndWait", () => {
  it("creates the transcript, then waits on it until done", async () => {
    const { server, recall } = await client(json(200, transcript("processing")), json(200, transcript("processing")), json(200, transcript("done")));
    const done = await recall.recordings.createTranscriptAndWait(recording.id, { provider: { recallai_async: { language_code: "en" } } }, { interval: 5 });
    expect(done).toMatchObject({ id: TRANSCRIPT_ID, status: { code: "done" } });
    expect(server.received.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST /api/v1/recording/${recording.id}/create_transcript/`,
      `GET /api/v1/transcript/${TRANSCRIPT_ID}/`,
      `GET /api/v1/transcript/${TRANSCRIPT_ID}/`,
    ]);
  });
});
