// What Recall's own definitions say each response holds, written out by hand so the test runs without them:
// recall-sdk schemas/openapi.json (2025-11), the newer "List Recordings" page (20 provider keys) and the
// 2025-06 reference pages for participant_events and meeting_metadata. A fact is only what a source states.

export type Fact =
  | { readonly kind: "string"; readonly format?: "uuid" | "date-time"; readonly enum?: readonly string[] }
  | { readonly kind: "boolean" }
  | { readonly kind: "array"; readonly items: Fact }
  | { readonly kind: "object"; readonly props: Readonly<Record<string, Prop>>; readonly values?: Prop }
  /** The definition leaves the value unconstrained (a provider's options, say). */
  | { readonly kind: "any" };

export interface Prop {
  readonly fact: Fact;
  readonly required: boolean;
  readonly nullable: boolean;
}

const req = (fact: Fact): Prop => ({ fact, required: true, nullable: false });
const reqNull = (fact: Fact): Prop => ({ fact, required: true, nullable: true });
const opt = (fact: Fact): Prop => ({ fact, required: false, nullable: false });
const optNull = (fact: Fact): Prop => ({ fact, required: false, nullable: true });
const obj = (props: Record<string, Prop>, values?: Prop): Fact => ({ kind: "object", props, ...(values && { values }) });
const str: Fact = { kind: "string" };
const uuid: Fact = { kind: "string", format: "uuid" };
const dateTime: Fact = { kind: "string", format: "date-time" };
const bool: Fact = { kind: "boolean" };
const any: Fact = { kind: "any" };
const oneOf = (...values: string[]): Fact => ({ kind: "string", enum: values });
const array = (items: Fact): Fact => ({ kind: "array", items });

/** `additionalProperties: {type: string, nullable: true}` (2025-11; the newer page drops `nullable` on Recording's own map). */
const metadata = obj({}, { fact: { kind: "string" }, required: false, nullable: true });
const reference = obj({ id: req(uuid), metadata: req(metadata) }); // BotMinimal, DesktopSdkUploadMinimal, RealtimeEndpointMinimal
const recordingMinimal = obj({ id: req(uuid), metadata: reqNull(metadata) });

const artifactStatus = obj({ code: req(oneOf("processing", "done", "failed", "deleted")), sub_code: reqNull(str), updated_at: req(dateTime) });
const recordingStatus = obj({ code: req(oneOf("processing", "paused", "done", "failed", "deleted")), sub_code: reqNull(str), updated_at: req(dateTime) });
const base = { id: req(uuid), created_at: req(dateTime), status: req(artifactStatus), metadata: req(metadata) };
const fileData = obj({ download_url: reqNull(str) });

// Provider options Recall's definitions type differently from the seed's sample.
const providerFacts: Record<string, Fact> = {
  deepgram_async: obj({ summarize: opt(oneOf("v1", "v2", "true", "false")) }),
  gladia_v2_async: obj({ custom_vocabulary: opt(bool) }),
  rev_async: obj({ custom_vocabularies: optNull(array(obj({ phrases: req(array(str)) }))) }),
  aws_transcribe_streaming: obj({ identify_language: opt(bool) }),
  speechmatics_async: obj({ transcription_config: opt(obj({ language: req(str) })) }),
};
const providerConfig = (key: string): Fact => providerFacts[key] ?? any;
/** Recall's newer "List Recordings" definition: the nine async keys are required and nullable, the rest optional. */
export const REQUIRED_PROVIDERS = [
  "assembly_ai_async", "aws_transcribe_async", "deepgram_async", "elevenlabs_async", "gladia_v2_async",
  "google_speech_v2_async", "recallai_async", "rev_async", "speechmatics_async",
];
export const OPTIONAL_PROVIDERS = [
  "assembly_ai_async_chunked", "assembly_ai_v3_streaming", "recallai_streaming", "deepgram_streaming", "gladia_v2_streaming",
  "rev_streaming", "aws_transcribe_streaming", "speechmatics_streaming", "elevenlabs_streaming", "meeting_captions", "zoom_rtms",
];
const provider = obj({
  ...Object.fromEntries(REQUIRED_PROVIDERS.map((key) => [key, reqNull(providerConfig(key))])),
  ...Object.fromEntries(OPTIONAL_PROVIDERS.map((key) => [key, opt(providerConfig(key))])),
});

const videoMixed = obj({ ...base, data: req(fileData), format: req(oneOf("mp4")) });
const audioMixed = obj({ ...base, data: req(fileData), format: req(oneOf("mp3", "raw")) });
const transcript = obj({
  ...base,
  data: req(obj({ download_url: reqNull(str), provider_data_download_url: reqNull(str) })),
  diarization: reqNull(obj({ use_separate_streams_when_available: req(bool) })),
  provider: req(provider),
});
const participantEvents = obj({
  ...base,
  data: req(obj({ participant_events_download_url: reqNull(str), speaker_timeline_download_url: reqNull(str), participants_download_url: reqNull(str) })),
});
const meetingMetadata = obj({ ...base, data: req(obj({ title: reqNull(str), zoom: reqNull(obj({ meeting_uuid: reqNull(str) })) })) });

export const recording = obj({
  id: req(uuid),
  created_at: req(dateTime),
  started_at: reqNull(dateTime),
  completed_at: reqNull(dateTime),
  status: req(recordingStatus),
  media_shortcuts: req(
    obj({
      video_mixed: reqNull(videoMixed),
      transcript: reqNull(transcript),
      participant_events: reqNull(participantEvents),
      meeting_metadata: reqNull(meetingMetadata),
      audio_mixed: reqNull(audioMixed),
    }),
  ),
  realtime_endpoints: req(array(reference)),
  bot: reqNull(reference),
  desktop_sdk_upload: reqNull(reference),
  expires_at: req(dateTime),
  metadata: req(metadata),
});

const withRecording = (shortcut: Fact): Fact => (shortcut.kind === "object" ? obj({ ...shortcut.props, recording: req(recordingMinimal) }) : shortcut);
const separate = (...formats: string[]): Fact => obj({ ...base, recording: req(recordingMinimal), data: req(fileData), format: req(oneOf(...formats)) });

export const ARTIFACTS: Readonly<Record<string, Fact>> = {
  transcript: withRecording(transcript),
  video_mixed: withRecording(videoMixed),
  video_separate: separate("mp4", "h264"),
  audio_mixed: withRecording(audioMixed),
  audio_separate: separate("raw", "ogg"),
  participant_events: withRecording(participantEvents),
  meeting_metadata: withRecording(meetingMetadata),
};

/** `Paginated*List`: none of the three fields is required; `next`/`previous` are nullable strings. */
export const page = (item: Fact): Fact => obj({ next: optNull(str), previous: optNull(str), results: opt(array(item)) });
