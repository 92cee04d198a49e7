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
/** The `audio_mixed.deleted` webhook: the audio mixed object has been deleted. */
export type AudioMixedDeletedEvent = Readable<components["schemas"]["AudioMixedDeletedEvent"]>;
/** The `audio_mixed.done` webhook: the audio mixed object has been generated successfully. */
export type AudioMixedDoneEvent = Readable<components["schemas"]["AudioMixedDoneEvent"]>;
/** The `audio_mixed.failed` webhook: the audio mixed object generation has failed. */
export type AudioMixedFailedEvent = Readable<components["schemas"]["AudioMixedFailedEvent"]>;
/** The `audio_mixed.processing` webhook: the audio mixed object is being processed. */
export type AudioMixedProcessingEvent = Readable<components["schemas"]["AudioMixedProcessingEvent"]>;
/** The `audio_separate.deleted` webhook: the audio separate object has been deleted. */
export type AudioSeparateDeletedEvent = Readable<components["schemas"]["AudioSeparateDeletedEvent"]>;
/** The `audio_separate.done` webhook: the audio separate object has been generated successfully. */
export type AudioSeparateDoneEvent = Readable<components["schemas"]["AudioSeparateDoneEvent"]>;
/** The `audio_separate.failed` webhook: the audio separate object generation has failed. */
export type AudioSeparateFailedEvent = Readable<components["schemas"]["AudioSeparateFailedEvent"]>;
/** The `audio_separate.processing` webhook: the audio separate object is being processed. */
export type AudioSeparateProcessingEvent = Readable<components["schemas"]["AudioSeparateProcessingEvent"]>;
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
/** The `meeting_metadata.deleted` webhook: the meeting metadata object has been deleted. */
export type MeetingMetadataDeletedEvent = Readable<components["schemas"]["MeetingMetadataDeletedEvent"]>;
/** The `meeting_metadata.done` webhook: the meeting metadata object has been generated successfully. */
export type MeetingMetadataDoneEvent = Readable<components["schemas"]["MeetingMetadataDoneEvent"]>;
/** The `meeting_metadata.failed` webhook: the meeting metadata object generation has failed. */
export type MeetingMetadataFailedEvent = Readable<components["schemas"]["MeetingMetadataFailedEvent"]>;
/** The `meeting_metadata.processing` webhook: the meeting metadata object is being processed. */
export type MeetingMetadataProcessingEvent = Readable<components["schemas"]["MeetingMetadataProcessingEvent"]>;
/** Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata). */
export type Metadata = Readable<components["schemas"]["Metadata"]>;
/** A reference to a related object, with that object's metadata. */
export type ObjectReference = Readable<components["schemas"]["ObjectReference"]>;
/** One cursor page of recordings. No total count is returned. */
export type PaginatedRecordingList = Readable<components["schemas"]["PaginatedRecordingList"]>;
/** Participant join/leave and speaking events of the recording. */
export type ParticipantEvents = Readable<components["schemas"]["ParticipantEvents"]>;
export type ParticipantEventsData = Readable<components["schemas"]["ParticipantEventsData"]>;
/** The `participant_events.deleted` webhook: the participant events object has been deleted. */
export type ParticipantEventsDeletedEvent = Readable<components["schemas"]["ParticipantEventsDeletedEvent"]>;
/** The `participant_events.done` webhook: the participant events object has been generated successfully. */
export type ParticipantEventsDoneEvent = Readable<components["schemas"]["ParticipantEventsDoneEvent"]>;
/** The `participant_events.failed` webhook: the participant events object generation has failed. */
export type ParticipantEventsFailedEvent = Readable<components["schemas"]["ParticipantEventsFailedEvent"]>;
/** The `participant_events.processing` webhook: the participant events object is being processed. */
export type ParticipantEventsProcessingEvent = Readable<components["schemas"]["ParticipantEventsProcessingEvent"]>;
/** Speechmatics punctuation options. */
export type PunctuationOverrides = Readable<components["schemas"]["PunctuationOverrides"]>;
/**
 * A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
 * server. Real payloads may carry fields this schema does not list.
 */
export type Recording = Readable<components["schemas"]["Recording"]>;
/** The `recording.deleted` webhook: the recording has been deleted. */
export type RecordingDeletedEvent = Readable<components["schemas"]["RecordingDeletedEvent"]>;
/** Path parameters of Delete Recording. */
export type RecordingDestroyPathParams = operations["recording_destroy"]["parameters"]["path"];
/** The `recording.done` webhook: the recording has been completed successfully. */
export type RecordingDoneEvent = Readable<components["schemas"]["RecordingDoneEvent"]>;
/** The `recording.failed` webhook: the recording has failed. */
export type RecordingFailedEvent = Readable<components["schemas"]["RecordingFailedEvent"]>;
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
/** The `recording.paused` webhook: the recording has been paused. */
export type RecordingPausedEvent = Readable<components["schemas"]["RecordingPausedEvent"]>;
/** The `recording.processing` webhook: the recording is being processed. */
export type RecordingProcessingEvent = Readable<components["schemas"]["RecordingProcessingEvent"]>;
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
/** The `transcript.deleted` webhook: the transcript object has been deleted. */
export type TranscriptDeletedEvent = Readable<components["schemas"]["TranscriptDeletedEvent"]>;
export type TranscriptDiarization = Readable<components["schemas"]["TranscriptDiarization"]>;
/** The `transcript.done` webhook: the transcript object has been generated successfully. */
export type TranscriptDoneEvent = Readable<components["schemas"]["TranscriptDoneEvent"]>;
/** The `transcript.failed` webhook: the transcript object generation has failed. */
export type TranscriptFailedEvent = Readable<components["schemas"]["TranscriptFailedEvent"]>;
/** The `transcript.processing` webhook: the transcript object is being processed. */
export type TranscriptProcessingEvent = Readable<components["schemas"]["TranscriptProcessingEvent"]>;
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
/** The `video_mixed.deleted` webhook: the video mixed object has been deleted. */
export type VideoMixedDeletedEvent = Readable<components["schemas"]["VideoMixedDeletedEvent"]>;
/** The `video_mixed.done` webhook: the video mixed object has been generated successfully. */
export type VideoMixedDoneEvent = Readable<components["schemas"]["VideoMixedDoneEvent"]>;
/** The `video_mixed.failed` webhook: the video mixed object generation has failed. */
export type VideoMixedFailedEvent = Readable<components["schemas"]["VideoMixedFailedEvent"]>;
/** The `video_mixed.processing` webhook: the video mixed object is being processed. */
export type VideoMixedProcessingEvent = Readable<components["schemas"]["VideoMixedProcessingEvent"]>;
/** The `video_separate.deleted` webhook: the video separate object has been deleted. */
export type VideoSeparateDeletedEvent = Readable<components["schemas"]["VideoSeparateDeletedEvent"]>;
/** The `video_separate.done` webhook: the video separate object has been generated successfully. */
export type VideoSeparateDoneEvent = Readable<components["schemas"]["VideoSeparateDoneEvent"]>;
/** The `video_separate.failed` webhook: the video separate object generation has failed. */
export type VideoSeparateFailedEvent = Readable<components["schemas"]["VideoSeparateFailedEvent"]>;
/** The `video_separate.processing` webhook: the video separate object is being processed. */
export type VideoSeparateProcessingEvent = Readable<components["schemas"]["VideoSeparateProcessingEvent"]>;
/**
 * `data` of a `audio_mixed.*` event: the audio mixed artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookAudioMixedData = Readable<components["schemas"]["WebhookAudioMixedData"]>;
/**
 * `data` of a `audio_separate.*` event: the audio separate artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookAudioSeparateData = Readable<components["schemas"]["WebhookAudioSeparateData"]>;
/** The status in a `recording.failed` event: the common status fields and the error that made the recording fail. */
export type WebhookFailedStatus = Readable<components["schemas"]["WebhookFailedStatus"]>;
/**
 * `data` of a `meeting_metadata.*` event: the meeting metadata artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookMeetingMetadataData = Readable<components["schemas"]["WebhookMeetingMetadataData"]>;
/** The recording, bot or artifact an event is about: its id and metadata. Fetch it by id for the full object. */
export type WebhookObject = Readable<components["schemas"]["WebhookObject"]>;
/**
 * `data` of a `participant_events.*` event: the participant events artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookParticipantEventsData = Readable<components["schemas"]["WebhookParticipantEventsData"]>;
/**
 * `data` of a `recording.*` event. `bot` is absent from the catalog's required list and `null` for recordings
 * no bot made (Desktop SDK uploads), per Recall's recording webhooks page.
 */
export type WebhookRecordingData = Readable<components["schemas"]["WebhookRecordingData"]>;
/** `data` of a `recording.failed` event: as other `recording.*` events, with the error in `data.data.error`. */
export type WebhookRecordingFailedData = Readable<components["schemas"]["WebhookRecordingFailedData"]>;
/** The new status of the object the event is about (`data.data` of every recording and artifact event). */
export type WebhookStatus = Readable<components["schemas"]["WebhookStatus"]>;
/**
 * `data` of a `transcript.*` event: the transcript artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookTranscriptData = Readable<components["schemas"]["WebhookTranscriptData"]>;
/**
 * `data` of a `video_mixed.*` event: the video mixed artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookVideoMixedData = Readable<components["schemas"]["WebhookVideoMixedData"]>;
/**
 * `data` of a `video_separate.*` event: the video separate artifact, its recording and its bot (`null` when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export type WebhookVideoSeparateData = Readable<components["schemas"]["WebhookVideoSeparateData"]>;
