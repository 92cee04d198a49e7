// Type tests of the derived long-running methods: what waits resolve to, which files a download can name.

import { describe, expectTypeOf, it } from "vitest";
import { type DownloadResult, type RecordingRetrieveResponse, type TranscriptRetrieveResponse, createRecallClient } from "../../src/index.js";

const recall = createRecallClient({ apiKey: "k", region: "us-east-1" });

describe("long-running method types", () => {
  it("waitUntilDone resolves to the retrieved object", () => {
    expectTypeOf(recall.transcripts.waitUntilDone("id")).toEqualTypeOf<Promise<TranscriptRetrieveResponse>>();
    expectTypeOf(recall.recordings.waitUntilDone("id", { interval: 1000, timeout: 60_000 })).toEqualTypeOf<Promise<RecordingRetrieveResponse>>();
    expectTypeOf(recall.recordings.createTranscriptAndWait).parameter(1).toHaveProperty("provider");
  });

  it("download names the object's download URLs, and needs one where there is no download_url", () => {
    expectTypeOf(recall.videoMixed.download("id", "out.mp4")).toEqualTypeOf<Promise<DownloadResult>>();
    recall.transcripts.download("id", "t.json", { file: "provider_data_download_url" });
    // @ts-expect-error not a download URL of a transcript
    recall.transcripts.download("id", "t.json", { file: "video_url" });
    recall.participantEvents.download("id", "p.json", { file: "speaker_timeline_download_url" });
    // @ts-expect-error participant events have three files and no default
    recall.participantEvents.download("id", "p.json");
  });

  it("leaves download off where the spec has no download URL", () => {
    expectTypeOf(recall.meetingMetadata).not.toHaveProperty("download");
    expectTypeOf(recall.recordings).not.toHaveProperty("download");
    expectTypeOf(recall.meetingMetadata).toHaveProperty("waitUntilDone");
  });
});
