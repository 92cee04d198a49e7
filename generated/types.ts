// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { Readable, Writable, components, operations } from "./schema.js";

/** A Speechmatics custom vocabulary word and how it may sound. */
export type AdditionalVocab = Readable<components["schemas"]["AdditionalVocab"]>;
/** AssemblyAI async transcription in chunks (provider key `assembly_ai_async_chunked`). */
export type AssemblyAiAsyncChunkedConfig = Readable<components["schemas"]["AssemblyAiAsyncChunkedConfig"]>;
/** AssemblyAI async transcription options (provider key `assembly_ai_async`). */
export type AssemblyAiAsyncConfig = Readable<components["schemas"]["AssemblyAiAsyncConfig"]>;
/** An AssemblyAI custom spelling rule: the words in `from` are written as `to`. */
export type AssemblyAiCustomSpelling = Readable<components["schemas"]["AssemblyAiCustomSpelling"]>;
/** AssemblyAI streaming transcription options (provider key `assembly_ai_streaming`). */
export type AssemblyAiStreamingConfig = Readable<components["schemas"]["AssemblyAiStreamingConfig"]>;
/** Gladia audio-to-LLM prompts. */
export type AudioToLlmConfig = Readable<components["schemas"]["AudioToLlmConfig"]>;
/** AWS Transcribe streaming transcription options (provider key `aws_transcribe_streaming`). */
export type AwsTranscribeStreamingConfig = Readable<components["schemas"]["AwsTranscribeStreamingConfig"]>;
/** Gladia code switching: the languages the speakers may switch between. */
export type CodeSwitchingConfig = Readable<components["schemas"]["CodeSwitchingConfig"]>;
/** Gladia custom vocabulary: words to favour, with a default boost intensity. */
export type CustomVocabularyConfig = Readable<components["schemas"]["CustomVocabularyConfig"]>;
/** One Gladia custom vocabulary entry. */
export type CustomVocabularyEntry = Readable<components["schemas"]["CustomVocabularyEntry"]>;
/** Deepgram async transcription options (provider key `deepgram_async`). */
export type DeepgramAsyncConfig = Readable<components["schemas"]["DeepgramAsyncConfig"]>;
/** Deepgram streaming transcription options (provider key `deepgram_streaming`). */
export type DeepgramStreamingConfig = Readable<components["schemas"]["DeepgramStreamingConfig"]>;
/** An error body. Other keys may appear alongside `detail`. */
export type ErrorDetail = Readable<components["schemas"]["ErrorDetail"]>;
/** Gladia speaker diarization options. */
export type GladiaDiarizationConfig = Readable<components["schemas"]["GladiaDiarizationConfig"]>;
/** Gladia v1 async transcription options (provider key `gladia_v1_async`). */
export type GladiaV1AsyncConfig = Readable<components["schemas"]["GladiaV1AsyncConfig"]>;
/** Gladia v1 streaming transcription options (provider key `gladia_v1_streaming`). */
export type GladiaV1StreamingConfig = Readable<components["schemas"]["GladiaV1StreamingConfig"]>;
/** Gladia v2 async transcription options (provider key `gladia_v2_async`). */
export type GladiaV2AsyncConfig = Readable<components["schemas"]["GladiaV2AsyncConfig"]>;
/** Gladia v2 streaming transcription options (provider key `gladia_v2_streaming`). */
export type GladiaV2StreamingConfig = Readable<components["schemas"]["GladiaV2StreamingConfig"]>;
/** Speechmatics language identification options. */
export type LanguageIdentificationConfig = Readable<components["schemas"]["LanguageIdentificationConfig"]>;
/** The fields every media object in `media_shortcuts` carries. */
export type MediaObject = Readable<components["schemas"]["MediaObject"]>;
/**
 * Shortcuts to the recording's media, each null until it exists. Populated once the recording
 * completes (https://docs.recall.ai/docs/media-shortcuts).
 */
export type MediaShortcuts = Readable<components["schemas"]["MediaShortcuts"]>;
/** A media object's current status. */
export type MediaStatus = Readable<components["schemas"]["MediaStatus"]>;
/** A media object's status code (media objects are never paused). */
export type MediaStatusCode = Readable<components["schemas"]["MediaStatusCode"]>;
/**
 * Transcription from the meeting platform's own captions (provider key `meeting_captions`). The
 * reference documents no options.
 */
export type MeetingCaptionsConfig = Readable<components["schemas"]["MeetingCaptionsConfig"]>;
/** Metadata of the meeting the recording was made in. */
export type MeetingMetadata = Readable<components["schemas"]["MeetingMetadata"]>;
/**
 * Differs by platform and stays open: the reference shows `{title, zoom: {meeting_uuid}}`; the
 * guide shows `{title, zoom_meeting_uuid}` for Zoom and `{huddle_id, channel_id}` for Slack.
 */
export type MeetingMetadataData = Readable<components["schemas"]["MeetingMetadataData"]>;
/** Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata). */
export type Metadata = Readable<components["schemas"]["Metadata"]>;
/** A reference to a related object, with that object's metadata. */
export type ObjectReference = Readable<components["schemas"]["ObjectReference"]>;
/** One cursor page of recordings. No total count is returned. */
export type PaginatedRecordingList = Readable<components["schemas"]["PaginatedRecordingList"]>;
/** Participant join/leave and speaking events of the recording. */
export type ParticipantEvents = Readable<components["schemas"]["ParticipantEvents"]>;
export type ParticipantEventsData = Readable<components["schemas"]["ParticipantEventsData"]>;
/** Speechmatics punctuation options. */
export type PunctuationOverrides = Readable<components["schemas"]["PunctuationOverrides"]>;
/**
 * A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
 * server. Real payloads may carry fields this schema does not list.
 */
export type Recording = Readable<components["schemas"]["Recording"]>;
/** Path parameters of Delete Recording. */
export type RecordingDestroyPathParams = operations["recording_destroy"]["parameters"]["path"];
/** One item of a List Recordings page. */
export type RecordingListItem = RecordingListResponse["results"][number];
/** Query parameters of List Recordings. */
export type RecordingListQuery = NonNullable<operations["recording_list"]["parameters"]["query"]>;
/** Response body of List Recordings. */
export type RecordingListResponse = Readable<operations["recording_list"]["responses"][200]["content"]["application/json"]>;
/** A recording status code accepted by the list filter (`deleted` is not accepted). */
export type RecordingListStatusCode = Readable<components["schemas"]["RecordingListStatusCode"]>;
/** Request body of Update Recording: only what a client may write. */
export type RecordingPartialUpdateBody = Writable<NonNullable<operations["recording_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Recording. */
export type RecordingPartialUpdatePathParams = operations["recording_partial_update"]["parameters"]["path"];
/** Response body of Update Recording. */
export type RecordingPartialUpdateResponse = Readable<operations["recording_partial_update"]["responses"][200]["content"]["application/json"]>;
/** Path parameters of Retrieve Recording. */
export type RecordingRetrievePathParams = operations["recording_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Recording. */
export type RecordingRetrieveResponse = Readable<operations["recording_retrieve"]["responses"][200]["content"]["application/json"]>;
/** The recording's current status. */
export type RecordingStatus = Readable<components["schemas"]["RecordingStatus"]>;
/** The recording's status code. */
export type RecordingStatusCode = Readable<components["schemas"]["RecordingStatusCode"]>;
/**
 * The fields a client may write on a recording. Recall does not document whether `metadata` is
 * merged into or replaces the stored map, nor whether `null` deletes a key.
 */
export type RecordingUpdate = Writable<components["schemas"]["RecordingUpdate"]>;
/** Rev async transcription options (provider key `rev_async`). */
export type RevAsyncConfig = Readable<components["schemas"]["RevAsyncConfig"]>;
/** Rev streaming transcription options (provider key `rev_streaming`). */
export type RevStreamingConfig = Readable<components["schemas"]["RevStreamingConfig"]>;
/** Speechmatics speaker diarization options. */
export type SpeakerDiarizationConfig = Readable<components["schemas"]["SpeakerDiarizationConfig"]>;
/** Speechmatics async transcription options (provider key `speechmatics_async`). */
export type SpeechmaticsAsyncConfig = Readable<components["schemas"]["SpeechmaticsAsyncConfig"]>;
/** Speechmatics streaming transcription options (provider key `speechmatics_streaming`). */
export type SpeechmaticsStreamingConfig = Readable<components["schemas"]["SpeechmaticsStreamingConfig"]>;
/** Gladia subtitle generation options. */
export type SubtitlesConfig = Readable<components["schemas"]["SubtitlesConfig"]>;
/** Gladia summarization options. */
export type SummarizationConfig = Readable<components["schemas"]["SummarizationConfig"]>;
/** The recording's transcript and the provider configuration that produced it. */
export type Transcript = Readable<components["schemas"]["Transcript"]>;
export type TranscriptData = Readable<components["schemas"]["TranscriptData"]>;
export type TranscriptDiarization = Readable<components["schemas"]["TranscriptDiarization"]>;
/**
 * The transcription provider configuration, keyed by provider. A request sends one key. Recall adds
 * providers over time (current docs also name `recallai_async`, `elevenlabs_async`,
 * `aws_transcribe_async`, `google_speech_v2_async`, `recallai_streaming`, `elevenlabs_streaming`,
 * `assembly_ai_v3_streaming`), so unknown keys are accepted as configuration objects.
 */
export type TranscriptProvider = Readable<components["schemas"]["TranscriptProvider"]>;
/** Gladia translation options. */
export type TranslationConfig = Readable<components["schemas"]["TranslationConfig"]>;
/** The mixed video of the recording, as an MP4 file. */
export type VideoMixed = Readable<components["schemas"]["VideoMixed"]>;
export type VideoMixedData = Readable<components["schemas"]["VideoMixedData"]>;
