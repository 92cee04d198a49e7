// The client's calls and the spec facts the contract tests compare them with.
import type { operationTable as operations } from "../../generated/operations.js";
import { type RecallClient, type Recording, type RecordingListItem, createRecallClient } from "../../src/index.js";
import { atPointer, bundledSpec, deref, isObject, type Json } from "../spec/spec-bundle.js";
import { type Exchange, recordExchanges } from "./exchange-recorder.js";

export type OperationId = keyof typeof operations;

/** The id of the spec's RecordingId parameter example, so path validation sees a real UUID. */
export const ID = atPointer(bundledSpec(), "#/components/parameters/RecordingId/example") as string;

/** The `value` of a named example under `#/components/examples`. */
export const exampleValue = (name: string): Json => atPointer(bundledSpec(), `#/components/examples/${name}/value`);

export interface Contract {
  readonly recall: RecallClient;
  /** Every request the client sent and Prism's answer, in order. */
  readonly exchanges: Exchange[];
}

/**
 * A client on Prism whose fetch records each exchange. `prefer` is sent as `Prefer` on every request
 * (`example=<name>`, `code=<status>`). No retries and no client-side limiter: each call is one request.
 */
export function contractClient(baseUrl: string, prefer?: string): Contract {
  const recorder = recordExchanges(prefer === undefined ? {} : { Prefer: prefer });
  const recall = createRecallClient({ apiKey: "test-key", baseUrl, fetch: recorder.fetch, maxRetries: 0, rateLimit: false });
  return { recall, exchanges: recorder.exchanges };
}

export async function collect<T = RecordingListItem>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The artifact resources: operationId stem, client property, and the component schema of one artifact. */
export const ARTIFACTS = [
  ["transcript", "transcripts", "TranscriptArtifact"],
  ["video_mixed", "videoMixed", "VideoMixedArtifact"],
  ["video_separate", "videoSeparate", "VideoSeparateArtifact"],
  ["audio_mixed", "audioMixed", "AudioMixedArtifact"],
  ["audio_separate", "audioSeparate", "AudioSeparateArtifact"],
  ["participant_events", "participantEvents", "ParticipantEventsArtifact"],
  ["meeting_metadata", "meetingMetadata", "MeetingMetadataArtifact"],
] as const;
type ArtifactStem = (typeof ARTIFACTS)[number][0];
type ArtifactCalls<S extends ArtifactStem> = Record<`${S}_${"list" | "retrieve" | "partial_update" | "destroy"}`, (recall: RecallClient) => Promise<unknown>>;

function artifactCalls<S extends ArtifactStem>(stem: S, resource: (recall: RecallClient) => RecallClient[(typeof ARTIFACTS)[number][1]]): ArtifactCalls<S> {
  return {
    [`${stem}_list`]: (recall: RecallClient) => collect<unknown>(resource(recall).list()),
    [`${stem}_retrieve`]: (recall: RecallClient) => resource(recall).retrieve(ID),
    [`${stem}_partial_update`]: (recall: RecallClient) => resource(recall).update(ID, { metadata: { user_id: "12345" } }),
    [`${stem}_destroy`]: (recall: RecallClient) => resource(recall).delete(ID),
  } as ArtifactCalls<S>;
}

/** One call per client method; `satisfies` makes a new operation in the spec a type error here until it is covered. */
export const calls = {
  recording_retrieve: (recall: RecallClient): Promise<Recording> => recall.recordings.retrieve(ID),
  recording_partial_update: (recall: RecallClient): Promise<Recording> => recall.recordings.update(ID, { metadata: { user_id: "12345" } }),
  recording_list: (recall: RecallClient): Promise<RecordingListItem[]> => collect(recall.recordings.list()),
  recording_destroy: (recall: RecallClient): Promise<void> => recall.recordings.delete(ID),
  recording_create_transcript_create: (recall: RecallClient): Promise<unknown> =>
    recall.recordings.createTranscript(ID, { provider: { recallai_async: { language_code: "en" } }, diarization: { use_separate_streams_when_available: true } }),
  ...artifactCalls("transcript", (recall) => recall.transcripts),
  ...artifactCalls("video_mixed", (recall) => recall.videoMixed),
  ...artifactCalls("video_separate", (recall) => recall.videoSeparate),
  ...artifactCalls("audio_mixed", (recall) => recall.audioMixed),
  ...artifactCalls("audio_separate", (recall) => recall.audioSeparate),
  ...artifactCalls("participant_events", (recall) => recall.participantEvents),
  ...artifactCalls("meeting_metadata", (recall) => recall.meetingMetadata),
} satisfies Record<OperationId, (recall: RecallClient) => Promise<unknown>>;

export interface DocumentedResponse {
  readonly operationId: OperationId;
  readonly status: number;
  /** The schema name of its application/json body, when it declares one. */
  readonly jsonSchema: string | undefined;
}

/** Every error status (4xx, 5xx) each operation documents, read from the bundled spec. */
export function documentedErrors(): DocumentedResponse[] {
  const doc = bundledSpec();
  const out: DocumentedResponse[] = [];
  for (const item of Object.values(doc.paths as Record<string, Json>)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || typeof operation.operationId !== "string" || !isObject(operation.responses)) continue;
      for (const [code, ref] of Object.entries(operation.responses)) {
        if (Number(code) < 400) continue;
        const response = deref(doc, ref);
        const content = isObject(response) && isObject(response.content) ? response.content["application/json"] : undefined;
        const schema = isObject(content) && isObject(content.schema) ? content.schema.$ref : undefined;
        out.push({
          operationId: operation.operationId as OperationId,
          status: Number(code),
          jsonSchema: typeof schema === "string" ? schema.replace("#/components/schemas/", "") : undefined,
        });
      }
    }
  }
  return out;
}
