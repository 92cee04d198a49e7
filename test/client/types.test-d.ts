import { describe, expectTypeOf, it } from "vitest";
import {
  type APIError,
  type APIPromise,
  type AuthenticationError,
  type NotFoundError,
  type RateLimitError,
  type PageIterator,
  type Recording,
  type RecordingStatusCode,
  type RecordingUpdate,
  type WithResponse,
  type CreateTranscriptRequest,
  type DeepgramStreamingConfig,
  type RecordingListItem,
  type RecordingPartialUpdateBody,
  type RecordingRetrieveResponse,
  type TranscriptArtifact,
  createRecallClient,
} from "../../src/index.js";

const recall = createRecallClient({ apiKey: "k", region: "us-west-2" });
const id = "5a7062f3-bd54-4838-b296-df84f85c7b92";

describe("recordings.update", () => {
  it("accepts metadata of strings and returns a Recording", () => {
    expectTypeOf(recall.recordings.update(id, { metadata: { crm_id: "42" } })).resolves.toEqualTypeOf<Recording>();
    expectTypeOf(recall.recordings.update).parameter(1).toEqualTypeOf<RecordingUpdate>();
    expectTypeOf(recall.recordings.update(id, {})).toEqualTypeOf<APIPromise<Recording>>();
  });

  it("rejects server-owned fields and non-string metadata", () => {
    // @ts-expect-error status is owned by the server
    void recall.recordings.update(id, { status: { code: "done" } });
    // @ts-expect-error id is owned by the server
    void recall.recordings.update(id, { id });
    // @ts-expect-error metadata values are strings
    void recall.recordings.update(id, { metadata: { crm_id: 42 } });
    // @ts-expect-error the body is required
    void recall.recordings.update(id);
  });

  it("takes per-call options", () => {
    void recall.recordings.update(id, {}, { idempotencyKey: "k", maxRetries: 0, timeout: 5_000, signal: AbortSignal.timeout(1) });
    // @ts-expect-error no such option
    void recall.recordings.update(id, {}, { retries: 3 });
  });
});

describe("recordings.retrieve", () => {
  it("returns a Recording whose status code is the union", async () => {
    const rec = await recall.recordings.retrieve(id);
    expectTypeOf(rec).toEqualTypeOf<Recording>();
    expectTypeOf(rec.status.code).toEqualTypeOf<RecordingStatusCode>();
    expectTypeOf(rec.status.code).toEqualTypeOf<"processing" | "paused" | "done" | "failed" | "deleted">();
    expectTypeOf(rec.status.sub_code).toEqualTypeOf<string | null>();
  });

  it("reaches the raw response", () => {
    expectTypeOf(recall.recordings.retrieve(id).withResponse()).resolves.toEqualTypeOf<WithResponse<Recording>>();
  });
});

describe("method signatures in plain names", () => {
  it("take the id as a string and the body as a named request type", () => {
    expectTypeOf(recall.recordings.retrieve).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(recall.recordings.createTranscript).parameter(1).toEqualTypeOf<CreateTranscriptRequest>();
    expectTypeOf(recall.recordings.createTranscript(id, { provider: { recallai_async: {} } })).resolves.toEqualTypeOf<TranscriptArtifact>();
  });

  it("keep 0.2's names as aliases of the new ones", () => {
    expectTypeOf<RecordingRetrieveResponse>().toEqualTypeOf<Recording>();
    expectTypeOf<RecordingPartialUpdateBody>().toEqualTypeOf<RecordingUpdate>();
    expectTypeOf<RecordingListItem>().toEqualTypeOf<Recording>();
  });
});

describe("recordings.createTranscript", () => {
  it("takes provider options as precise as Recall's definitions", () => {
    void recall.recordings.createTranscript(id, { provider: { deepgram_async: { model: "nova-3", encoding: "opus", language: "en" } } });
    void recall.recordings.createTranscript(id, { provider: { speechmatics_async: { transcription_config: { language: "en" } } } });
    // @ts-expect-error an unknown provider
    void recall.recordings.createTranscript(id, { provider: { whisper_async: {} } });
    // @ts-expect-error not an encoding Deepgram lists
    void recall.recordings.createTranscript(id, { provider: { deepgram_async: { encoding: "mp3" } } });
    // @ts-expect-error Speechmatics' transcription_config requires a language
    void recall.recordings.createTranscript(id, { provider: { speechmatics_async: { transcription_config: {} } } });
    // @ts-expect-error an option no definition lists
    void recall.recordings.createTranscript(id, { provider: { recallai_async: { speed: "fast" } } });
  });

  it("reads the echoed options tolerantly, with the seed's deepgram_streaming fields typed", () => {
    expectTypeOf<DeepgramStreamingConfig["version"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeepgramStreamingConfig["keyterm"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<DeepgramStreamingConfig["search"]>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DeepgramStreamingConfig["replace"]>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DeepgramStreamingConfig["keywords"]>().toEqualTypeOf<string | string[] | undefined>();
    expectTypeOf<DeepgramStreamingConfig["endpointing"]>().toEqualTypeOf<number | boolean | string | undefined>();
    expectTypeOf<DeepgramStreamingConfig["mip_opt_out"]>().toEqualTypeOf<boolean | string | undefined>();
  });
});

describe("recordings.list", () => {
  it("iterates Recordings", () => {
    expectTypeOf(recall.recordings.list()).toEqualTypeOf<PageIterator<Recording>>();
  });

  it("types the query: status_code excludes deleted, no metadata filter (Recall documents it for bots only)", () => {
    void recall.recordings.list({ status_code: "done", bot_id: id });
    // @ts-expect-error deleted is not a list filter
    void recall.recordings.list({ status_code: "deleted" });
    // @ts-expect-error no metadata filter on recordings
    void recall.recordings.list({ metadata: { crm_id: "42" } });
    // @ts-expect-error unknown parameter
    void recall.recordings.list({ status: "done" });
  });

  it("delete resolves to void", () => {
    expectTypeOf(recall.recordings.delete(id)).resolves.toEqualTypeOf<void>();
  });
});

describe("errors", () => {
  it("narrow status per subclass", () => {
    expectTypeOf<NotFoundError["status"]>().toEqualTypeOf<404>();
    expectTypeOf<AuthenticationError["status"]>().toEqualTypeOf<401>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    expectTypeOf<APIError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<NotFoundError>().toExtend<APIError>();
  });
});

describe("client options", () => {
  it("knows the four regions", () => {
    // @ts-expect-error not a Recall region
    createRecallClient({ apiKey: "k", region: "mars-1" });
    // @ts-expect-error the API key is required
    createRecallClient({ region: "us-west-2" });
    createRecallClient({ apiKey: "k", baseUrl: "http://127.0.0.1:8080", rateLimit: false, logger: { warn: () => {} }, maxRetries: 2, timeout: 1_000 });
  });

  it("needs region or baseUrl, not both", () => {
    // @ts-expect-error region or baseUrl is required
    createRecallClient({ apiKey: "k" });
    // @ts-expect-error not both
    createRecallClient({ apiKey: "k", region: "us-west-2", baseUrl: "https://proxy.example" });
  });

  it("takes any fetch-compatible function", () => {
    createRecallClient({ apiKey: "k", region: "us-east-1", fetch: globalThis.fetch });
    createRecallClient({ apiKey: "k", region: "us-east-1", fetch: (url: string, init: RequestInit) => globalThis.fetch(url, { ...init, keepalive: true }) });
    // @ts-expect-error fetch is called with a URL string, not a Request
    createRecallClient({ apiKey: "k", region: "us-east-1", fetch: (request: Request) => globalThis.fetch(request) });
  });

  it("takes a rate-limit store that grants at once or later", () => {
    createRecallClient({ apiKey: "k", region: "us-east-1", rateLimit: { store: { acquire: () => ({ release: () => {} }) } } });
    createRecallClient({ apiKey: "k", region: "us-east-1", rateLimit: { store: { acquire: async (_key: string, _limit: number, _windowMs: number, _signal?: AbortSignal) => ({ release() {} }) } } });
    // @ts-expect-error a permit must have release()
    createRecallClient({ apiKey: "k", region: "us-east-1", rateLimit: { store: { acquire: () => ({}) } } });
  });
});
