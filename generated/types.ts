// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { Readable, Writable, components, operations } from "./schema.js";

/** An artifact status code accepted by the list filters (`deleted` is not accepted). */
export type ArtifactListStatusCode = Readable<components["schemas"]["ArtifactListStatusCode"]>;
/**
 * The fields a client may write on an artifact: its `metadata` (Recall's `Patched*Artifact` schemas mark
 * every other field read-only). Recall does not document whether `metadata` is merged into or replaces
 * the stored map, nor whether `null` deletes a key.
 */
export type ArtifactUpdate = Writable<components["schemas"]["ArtifactUpdate"]>;
/**
 * Options of the `assembly_ai_async_chunked` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://www.assemblyai.com/docs/api-reference/transcripts/submit
 */
export type AssemblyAiAsyncChunkedConfig = Readable<components["schemas"]["AssemblyAiAsyncChunkedConfig"]>;
/**
 * Options of the `assembly_ai_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * The parameters for creating a transcript
 */
export type AssemblyAiAsyncConfig = Readable<components["schemas"]["AssemblyAiAsyncConfig"]>;
/**
 * Options of the `assembly_ai_streaming` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export type AssemblyAiStreamingConfig = Readable<components["schemas"]["AssemblyAiStreamingConfig"]>;
/**
 * Options of the `assembly_ai_v3_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://www.assemblyai.com/docs/api-reference/streaming-api/streaming-api
 */
export type AssemblyAiV3StreamingConfig = Readable<components["schemas"]["AssemblyAiV3StreamingConfig"]>;
/** A mixed audio artifact as its own endpoints return it (Recall's `AudioMixedArtifact`). */
export type AudioMixedArtifact = Readable<components["schemas"]["AudioMixedArtifact"]>;
/** The mixed audio's file (Recall's `AudioMixedArtifactData`). */
export type AudioMixedData = Readable<components["schemas"]["AudioMixedData"]>;
/** The `audio_mixed.deleted` webhook: the audio mixed object has been deleted. */
export type AudioMixedDeletedEvent = Readable<components["schemas"]["AudioMixedDeletedEvent"]>;
/** Path parameters of Delete Audio Mixed. */
export type AudioMixedDestroyPathParams = operations["audio_mixed_destroy"]["parameters"]["path"];
/** The `audio_mixed.done` webhook: the audio mixed object has been generated successfully. */
export type AudioMixedDoneEvent = Readable<components["schemas"]["AudioMixedDoneEvent"]>;
/** The `audio_mixed.failed` webhook: the audio mixed object generation has failed. */
export type AudioMixedFailedEvent = Readable<components["schemas"]["AudioMixedFailedEvent"]>;
/** One item of a List Audio Mixed page. */
export type AudioMixedListItem = NonNullable<AudioMixedListResponse["results"]>[number];
/** Query parameters of List Audio Mixed. */
export type AudioMixedListQuery = NonNullable<operations["audio_mixed_list"]["parameters"]["query"]>;
/** Response body of List Audio Mixed. */
export type AudioMixedListResponse = Readable<operations["audio_mixed_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Audio Mixed: only what a client may write. */
export type AudioMixedPartialUpdateBody = Writable<NonNullable<operations["audio_mixed_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Audio Mixed. */
export type AudioMixedPartialUpdatePathParams = operations["audio_mixed_partial_update"]["parameters"]["path"];
/** Response body of Update Audio Mixed. */
export type AudioMixedPartialUpdateResponse = Readable<operations["audio_mixed_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `audio_mixed.processing` webhook: the audio mixed object is being processed. */
export type AudioMixedProcessingEvent = Readable<components["schemas"]["AudioMixedProcessingEvent"]>;
/** Path parameters of Retrieve Audio Mixed. */
export type AudioMixedRetrievePathParams = operations["audio_mixed_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Audio Mixed. */
export type AudioMixedRetrieveResponse = Readable<operations["audio_mixed_retrieve"]["responses"][200]["content"]["application/json"]>;
/**
 * The mixed audio of the recording (Recall's `AudioMixedArtifactShortcut`, 2025-11 and newer
 * definitions; not in the seed).
 */
export type AudioMixedShortcut = Readable<components["schemas"]["AudioMixedShortcut"]>;
/** A separate-stream artifact, one participant's audio (Recall's `AudioSeparateArtifact`). */
export type AudioSeparateArtifact = Readable<components["schemas"]["AudioSeparateArtifact"]>;
/** One participant's audio file (Recall's `AudioSeparateArtifactData`). */
export type AudioSeparateData = Readable<components["schemas"]["AudioSeparateData"]>;
/** The `audio_separate.deleted` webhook: the audio separate object has been deleted. */
export type AudioSeparateDeletedEvent = Readable<components["schemas"]["AudioSeparateDeletedEvent"]>;
/** Path parameters of Delete Audio Separate. */
export type AudioSeparateDestroyPathParams = operations["audio_separate_destroy"]["parameters"]["path"];
/** The `audio_separate.done` webhook: the audio separate object has been generated successfully. */
export type AudioSeparateDoneEvent = Readable<components["schemas"]["AudioSeparateDoneEvent"]>;
/** The `audio_separate.failed` webhook: the audio separate object generation has failed. */
export type AudioSeparateFailedEvent = Readable<components["schemas"]["AudioSeparateFailedEvent"]>;
/** One item of a List Audio Separate page. */
export type AudioSeparateListItem = NonNullable<AudioSeparateListResponse["results"]>[number];
/** Query parameters of List Audio Separate. */
export type AudioSeparateListQuery = NonNullable<operations["audio_separate_list"]["parameters"]["query"]>;
/** Response body of List Audio Separate. */
export type AudioSeparateListResponse = Readable<operations["audio_separate_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Audio Separate: only what a client may write. */
export type AudioSeparatePartialUpdateBody = Writable<NonNullable<operations["audio_separate_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Audio Separate. */
export type AudioSeparatePartialUpdatePathParams = operations["audio_separate_partial_update"]["parameters"]["path"];
/** Response body of Update Audio Separate. */
export type AudioSeparatePartialUpdateResponse = Readable<operations["audio_separate_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `audio_separate.processing` webhook: the audio separate object is being processed. */
export type AudioSeparateProcessingEvent = Readable<components["schemas"]["AudioSeparateProcessingEvent"]>;
/** Path parameters of Retrieve Audio Separate. */
export type AudioSeparateRetrievePathParams = operations["audio_separate_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Audio Separate. */
export type AudioSeparateRetrieveResponse = Readable<operations["audio_separate_retrieve"]["responses"][200]["content"]["application/json"]>;
/**
 * Options of the `aws_transcribe_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export type AwsTranscribeAsyncConfig = Readable<components["schemas"]["AwsTranscribeAsyncConfig"]>;
/**
 * Options of the `aws_transcribe_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * You must specify either:
 * - `language_code`(e.g `en-US`) OR
 * - Set `language_identification` to `true` AND specify `language_options`(e.g `en-US,fr-FR,es-US,de-DE,it-IT`).
 *
 * Docs: https://docs.aws.amazon.com/transcribe/latest/APIReference/API_streaming_StartStreamTranscription.html
 */
export type AwsTranscribeStreamingConfig = Readable<components["schemas"]["AwsTranscribeStreamingConfig"]>;
/**
 * The provider to transcribe the recording with: send exactly one key (Recall's
 * `RecordingCreateTranscriptArtifactProvider`, 2025-11, lists these six async providers).
 */
export type CreateTranscriptProvider = Readable<components["schemas"]["CreateTranscriptProvider"]>;
/**
 * Asks for an async transcript of a finished recording (Recall's `RecordingCreateTranscriptArtifact`,
 * 2025-11). A recording holds at most 10 transcripts; delete one to make room.
 */
export type CreateTranscriptRequest = Writable<components["schemas"]["CreateTranscriptRequest"]>;
/** Options of the `deepgram_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
export type DeepgramAsyncConfig = Readable<components["schemas"]["DeepgramAsyncConfig"]>;
/**
 * Options of the `deepgram_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://developers.deepgram.com/reference/streaming
 */
export type DeepgramStreamingConfig = Readable<components["schemas"]["DeepgramStreamingConfig"]>;
/**
 * Options of the `elevenlabs_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export type ElevenlabsAsyncConfig = Readable<components["schemas"]["ElevenlabsAsyncConfig"]>;
/**
 * Options of the `elevenlabs_streaming` transcription provider, as Recall's newer "List Recordings"
 * definition gives them (https://elevenlabs.io/docs/api-reference/speech-to-text). Unknown properties
 * are tolerated.
 */
export type ElevenlabsStreamingConfig = Readable<components["schemas"]["ElevenlabsStreamingConfig"]>;
/** An error body. Other keys may appear alongside `detail`. */
export type ErrorDetail = Readable<components["schemas"]["ErrorDetail"]>;
/**
 * Options of the `gladia_v1_async` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export type GladiaV1AsyncConfig = Readable<components["schemas"]["GladiaV1AsyncConfig"]>;
/**
 * Options of the `gladia_v1_streaming` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export type GladiaV1StreamingConfig = Readable<components["schemas"]["GladiaV1StreamingConfig"]>;
/** Options of the `gladia_v2_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
export type GladiaV2AsyncConfig = Readable<components["schemas"]["GladiaV2AsyncConfig"]>;
/**
 * Options of the `gladia_v2_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.gladia.io/api-reference/v2/live/init
 */
export type GladiaV2StreamingConfig = Readable<components["schemas"]["GladiaV2StreamingConfig"]>;
/**
 * Options of the `google_speech_v2_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export type GoogleSpeechV2AsyncConfig = Readable<components["schemas"]["GoogleSpeechV2AsyncConfig"]>;
/**
 * The fields every artifact carries, in `media_shortcuts` and from its own endpoints (Recall's
 * `*ArtifactShortcut` schemas). Real payloads may carry fields this schema does not list.
 */
export type MediaObject = Readable<components["schemas"]["MediaObject"]>;
/**
 * Shortcuts to the recording's artifacts, each null until it exists (https://docs.recall.ai/docs/media-shortcuts).
 * `audio_mixed` is in Recall's definitions (2025-11 and newer), not in the seed.
 */
export type MediaShortcuts = Readable<components["schemas"]["MediaShortcuts"]>;
/** A media object's current status. */
export type MediaStatus = Readable<components["schemas"]["MediaStatus"]>;
/** A media object's status code (media objects are never paused). */
export type MediaStatusCode = Readable<components["schemas"]["MediaStatusCode"]>;
/**
 * Options of the `meeting_captions` provider (the meeting platform's own captions). Recall's 2025-11
 * definition gives no options; its newer "List Recordings" definition gives `language_code`. Unknown
 * properties are tolerated.
 */
export type MeetingCaptionsConfig = Readable<components["schemas"]["MeetingCaptionsConfig"]>;
/** A meeting metadata artifact as its own endpoints return it (2025-06 reference pages, meeting_metadata_retrieve). */
export type MeetingMetadataArtifact = Readable<components["schemas"]["MeetingMetadataArtifact"]>;
/**
 * The meeting's metadata. `title` and `zoom` are required and nullable (Recall's definition, 2025-11;
 * the seed showed them as plain values). Recall's guide (meeting-metadata) also shows
 * `zoom_meeting_uuid` for Zoom and `huddle_id`, `channel_id` for Slack huddles; other platforms may add keys.
 */
export type MeetingMetadataData = Readable<components["schemas"]["MeetingMetadataData"]>;
/** The `meeting_metadata.deleted` webhook: the meeting metadata object has been deleted. */
export type MeetingMetadataDeletedEvent = Readable<components["schemas"]["MeetingMetadataDeletedEvent"]>;
/** Path parameters of Delete Meeting Metadata. */
export type MeetingMetadataDestroyPathParams = operations["meeting_metadata_destroy"]["parameters"]["path"];
/** The `meeting_metadata.done` webhook: the meeting metadata object has been generated successfully. */
export type MeetingMetadataDoneEvent = Readable<components["schemas"]["MeetingMetadataDoneEvent"]>;
/** The `meeting_metadata.failed` webhook: the meeting metadata object generation has failed. */
export type MeetingMetadataFailedEvent = Readable<components["schemas"]["MeetingMetadataFailedEvent"]>;
/** One item of a List Meeting Metadata page. */
export type MeetingMetadataListItem = NonNullable<MeetingMetadataListResponse["results"]>[number];
/** Query parameters of List Meeting Metadata. */
export type MeetingMetadataListQuery = NonNullable<operations["meeting_metadata_list"]["parameters"]["query"]>;
/** Response body of List Meeting Metadata. */
export type MeetingMetadataListResponse = Readable<operations["meeting_metadata_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Meeting Metadata: only what a client may write. */
export type MeetingMetadataPartialUpdateBody = Writable<NonNullable<operations["meeting_metadata_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Meeting Metadata. */
export type MeetingMetadataPartialUpdatePathParams = operations["meeting_metadata_partial_update"]["parameters"]["path"];
/** Response body of Update Meeting Metadata. */
export type MeetingMetadataPartialUpdateResponse = Readable<operations["meeting_metadata_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `meeting_metadata.processing` webhook: the meeting metadata object is being processed. */
export type MeetingMetadataProcessingEvent = Readable<components["schemas"]["MeetingMetadataProcessingEvent"]>;
/** Path parameters of Retrieve Meeting Metadata. */
export type MeetingMetadataRetrievePathParams = operations["meeting_metadata_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Meeting Metadata. */
export type MeetingMetadataRetrieveResponse = Readable<operations["meeting_metadata_retrieve"]["responses"][200]["content"]["application/json"]>;
/** Metadata of the meeting the recording was made in (Recall's `MeetingMetadataArtifactShortcut`). */
export type MeetingMetadataShortcut = Readable<components["schemas"]["MeetingMetadataShortcut"]>;
/** Zoom-specific meeting metadata (Recall's `MeetingMetadataArtifactDataZoom`). */
export type MeetingMetadataZoom = Readable<components["schemas"]["MeetingMetadataZoom"]>;
/** Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata). */
export type Metadata = Readable<components["schemas"]["Metadata"]>;
/**
 * A reference to a related object (bot, Desktop SDK upload, realtime endpoint) with that object's
 * metadata, whose values are strings or null (Recall's `BotMinimal`, `DesktopSdkUploadMinimal`,
 * `RealtimeEndpointMinimal`).
 */
export type ObjectReference = Readable<components["schemas"]["ObjectReference"]>;
/** One cursor page of mixed audio artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedAudioMixedList = Readable<components["schemas"]["PaginatedAudioMixedList"]>;
/** One cursor page of separate audio artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedAudioSeparateList = Readable<components["schemas"]["PaginatedAudioSeparateList"]>;
/** One cursor page of meeting metadata artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedMeetingMetadataList = Readable<components["schemas"]["PaginatedMeetingMetadataList"]>;
/** One cursor page of participant events artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedParticipantEventsList = Readable<components["schemas"]["PaginatedParticipantEventsList"]>;
/**
 * One cursor page of recordings. Recall's definition marks none of the three fields required and gives
 * `next`/`previous` no URL format. No total count is returned.
 */
export type PaginatedRecordingList = Readable<components["schemas"]["PaginatedRecordingList"]>;
/** One cursor page of transcript artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedTranscriptList = Readable<components["schemas"]["PaginatedTranscriptList"]>;
/** One cursor page of mixed video artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedVideoMixedList = Readable<components["schemas"]["PaginatedVideoMixedList"]>;
/** One cursor page of separate video artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
export type PaginatedVideoSeparateList = Readable<components["schemas"]["PaginatedVideoSeparateList"]>;
/** A participant events artifact as its own endpoints return it (2025-06 reference pages, participant_events_retrieve). */
export type ParticipantEventsArtifact = Readable<components["schemas"]["ParticipantEventsArtifact"]>;
/**
 * The participant events' files. Each URL is required and null until the file exists (Recall's
 * definition, 2025-11; the seed showed them as plain strings). Formats:
 * https://docs.recall.ai/docs/download-schemas
 */
export type ParticipantEventsData = Readable<components["schemas"]["ParticipantEventsData"]>;
/** The `participant_events.deleted` webhook: the participant events object has been deleted. */
export type ParticipantEventsDeletedEvent = Readable<components["schemas"]["ParticipantEventsDeletedEvent"]>;
/** Path parameters of Delete Participant Events. */
export type ParticipantEventsDestroyPathParams = operations["participant_events_destroy"]["parameters"]["path"];
/** The `participant_events.done` webhook: the participant events object has been generated successfully. */
export type ParticipantEventsDoneEvent = Readable<components["schemas"]["ParticipantEventsDoneEvent"]>;
/** The `participant_events.failed` webhook: the participant events object generation has failed. */
export type ParticipantEventsFailedEvent = Readable<components["schemas"]["ParticipantEventsFailedEvent"]>;
/** One item of a List Participant Events page. */
export type ParticipantEventsListItem = NonNullable<ParticipantEventsListResponse["results"]>[number];
/** Query parameters of List Participant Events. */
export type ParticipantEventsListQuery = NonNullable<operations["participant_events_list"]["parameters"]["query"]>;
/** Response body of List Participant Events. */
export type ParticipantEventsListResponse = Readable<operations["participant_events_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Participant Events: only what a client may write. */
export type ParticipantEventsPartialUpdateBody = Writable<NonNullable<operations["participant_events_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Participant Events. */
export type ParticipantEventsPartialUpdatePathParams = operations["participant_events_partial_update"]["parameters"]["path"];
/** Response body of Update Participant Events. */
export type ParticipantEventsPartialUpdateResponse = Readable<operations["participant_events_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `participant_events.processing` webhook: the participant events object is being processed. */
export type ParticipantEventsProcessingEvent = Readable<components["schemas"]["ParticipantEventsProcessingEvent"]>;
/** Path parameters of Retrieve Participant Events. */
export type ParticipantEventsRetrievePathParams = operations["participant_events_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Participant Events. */
export type ParticipantEventsRetrieveResponse = Readable<operations["participant_events_retrieve"]["responses"][200]["content"]["application/json"]>;
/** Participant join/leave and speaking events of the recording (Recall's `ParticipantEventsArtifactShortcut`). */
export type ParticipantEventsShortcut = Readable<components["schemas"]["ParticipantEventsShortcut"]>;
/**
 * Options of the `recallai_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.recall.ai/docs/recallai-transcription
 */
export type RecallaiAsyncConfig = Readable<components["schemas"]["RecallaiAsyncConfig"]>;
/**
 * Options of the `recallai_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.recall.ai/docs/recallai-transcription
 */
export type RecallaiStreamingConfig = Readable<components["schemas"]["RecallaiStreamingConfig"]>;
/**
 * A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
 * server. Real payloads may carry fields this schema does not list. Follows Recall's definitions
 * (2025-11 and the newer List Recordings page) where they differ from the seed: `metadata` is required
 * and its values (and those of `bot`, `desktop_sdk_upload`, `realtime_endpoints[]`) may be null.
 */
export type Recording = Readable<components["schemas"]["Recording"]>;
/** Request body of Create Async Transcript: only what a client may write. */
export type RecordingCreateTranscriptCreateBody = Writable<NonNullable<operations["recording_create_transcript_create"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Create Async Transcript. */
export type RecordingCreateTranscriptCreatePathParams = operations["recording_create_transcript_create"]["parameters"]["path"];
/** Response body of Create Async Transcript. */
export type RecordingCreateTranscriptCreateResponse = Readable<operations["recording_create_transcript_create"]["responses"][200]["content"]["application/json"]>;
/** The `recording.deleted` webhook: the recording has been deleted. */
export type RecordingDeletedEvent = Readable<components["schemas"]["RecordingDeletedEvent"]>;
/** Path parameters of Delete Recording. */
export type RecordingDestroyPathParams = operations["recording_destroy"]["parameters"]["path"];
/** The `recording.done` webhook: the recording has been completed successfully. */
export type RecordingDoneEvent = Readable<components["schemas"]["RecordingDoneEvent"]>;
/** The `recording.failed` webhook: the recording has failed. */
export type RecordingFailedEvent = Readable<components["schemas"]["RecordingFailedEvent"]>;
/** One item of a List Recordings page. */
export type RecordingListItem = NonNullable<RecordingListResponse["results"]>[number];
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
/** The recording an artifact belongs to. Its `metadata` may itself be null (Recall's `RecordingMinimal`). */
export type RecordingReference = Readable<components["schemas"]["RecordingReference"]>;
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
/** Options of the `rev_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
export type RevAsyncConfig = Readable<components["schemas"]["RevAsyncConfig"]>;
/**
 * Options of the `rev_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.rev.ai/api/streaming/requests/
 */
export type RevStreamingConfig = Readable<components["schemas"]["RevStreamingConfig"]>;
/**
 * Options of the `speechmatics_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * JSON object that contains various groups of job configuration
 * parameters. Based on the value of `type`, a type-specific object
 * such as `transcription_config` is required to be present to
 * specify all configuration settings or parameters needed to
 * process the job inputs as expected.
 *
 * If the results of the job are to be forwarded on completion,
 * `notification_config` can be provided with a list of callbacks
 * to be made; no assumptions should be made about the order in
 * which they will occur.
 *
 * Customer specific job details or metadata can be supplied in
 * `tracking`, and this information will be available where
 * possible in the job results and in callbacks.
 */
export type SpeechmaticsAsyncConfig = Readable<components["schemas"]["SpeechmaticsAsyncConfig"]>;
/**
 * Options of the `speechmatics_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * You must specify `language` (e.g `en`)
 *
 * Docs: https://docs.speechmatics.com/rt-api-ref#transcription-config
 */
export type SpeechmaticsStreamingConfig = Readable<components["schemas"]["SpeechmaticsStreamingConfig"]>;
/**
 * Custom metadata as Recall returns it: string keys; values are strings or null (Recall's definition,
 * recall-sdk schemas/openapi.json 2025-11, types the values `string, nullable`;
 * https://docs.recall.ai/docs/custom-metadata). The seed shows string values only.
 */
export type StoredMetadata = Readable<components["schemas"]["StoredMetadata"]>;
/** A transcript artifact as its own endpoints and `create_transcript` return it (Recall's `TranscriptArtifact`). */
export type TranscriptArtifact = Readable<components["schemas"]["TranscriptArtifact"]>;
/**
 * The transcript's files. Both URLs are required and null until the file exists (Recall's definition,
 * 2025-11; the seed showed them as plain strings). Formats: https://docs.recall.ai/docs/download-schemas
 */
export type TranscriptData = Readable<components["schemas"]["TranscriptData"]>;
/** The `transcript.deleted` webhook: the transcript object has been deleted. */
export type TranscriptDeletedEvent = Readable<components["schemas"]["TranscriptDeletedEvent"]>;
/** Path parameters of Delete Transcript. */
export type TranscriptDestroyPathParams = operations["transcript_destroy"]["parameters"]["path"];
/** How the transcript was diarized (Recall's `TranscriptArtifactDiarization`). */
export type TranscriptDiarization = Readable<components["schemas"]["TranscriptDiarization"]>;
/** The `transcript.done` webhook: the transcript object has been generated successfully. */
export type TranscriptDoneEvent = Readable<components["schemas"]["TranscriptDoneEvent"]>;
/** The `transcript.failed` webhook: the transcript object generation has failed. */
export type TranscriptFailedEvent = Readable<components["schemas"]["TranscriptFailedEvent"]>;
/** One item of a List Transcripts page. */
export type TranscriptListItem = NonNullable<TranscriptListResponse["results"]>[number];
/** Query parameters of List Transcripts. */
export type TranscriptListQuery = NonNullable<operations["transcript_list"]["parameters"]["query"]>;
/** Response body of List Transcripts. */
export type TranscriptListResponse = Readable<operations["transcript_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Transcript: only what a client may write. */
export type TranscriptPartialUpdateBody = Writable<NonNullable<operations["transcript_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Transcript. */
export type TranscriptPartialUpdatePathParams = operations["transcript_partial_update"]["parameters"]["path"];
/** Response body of Update Transcript. */
export type TranscriptPartialUpdateResponse = Readable<operations["transcript_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `transcript.processing` webhook: the transcript object is being processed. */
export type TranscriptProcessingEvent = Readable<components["schemas"]["TranscriptProcessingEvent"]>;
/**
 * The transcription provider configuration, keyed by provider (Recall's `TranscriptArtifactProvider`).
 * Recall's newer "List Recordings" definition has 20 keys: the nine async keys are required and null
 * unless that provider made the transcript; the streaming keys and `meeting_captions`, `zoom_rtms` are
 * optional. The seed (2025-06) showed 15 keys; its `gladia_v1_async`, `gladia_v1_streaming` and
 * `assembly_ai_streaming` are gone from the definitions and kept here, deprecated, so older transcripts
 * still type. Each config follows Recall's definition where it differs from the seed's sample (for
 * example Deepgram `summarize` is a string, Gladia v2 `custom_vocabulary` a boolean, Rev
 * `custom_vocabularies` items `{phrases}`). Recall adds providers over time, so unknown keys are accepted.
 */
export type TranscriptProvider = Readable<components["schemas"]["TranscriptProvider"]>;
/** Path parameters of Retrieve Transcript. */
export type TranscriptRetrievePathParams = operations["transcript_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Transcript. */
export type TranscriptRetrieveResponse = Readable<operations["transcript_retrieve"]["responses"][200]["content"]["application/json"]>;
/**
 * The recording's transcript and the provider configuration that produced it (Recall's
 * `TranscriptArtifactShortcut`). `diarization` and `provider` are required, `diarization` nullable
 * (Recall's definition, 2025-11; the seed showed both as optional).
 */
export type TranscriptShortcut = Readable<components["schemas"]["TranscriptShortcut"]>;
/** A mixed video artifact as its own endpoints return it (Recall's `VideoMixedArtifact`). */
export type VideoMixedArtifact = Readable<components["schemas"]["VideoMixedArtifact"]>;
/** The mixed video's file (Recall's `VideoMixedArtifactData`). */
export type VideoMixedData = Readable<components["schemas"]["VideoMixedData"]>;
/** The `video_mixed.deleted` webhook: the video mixed object has been deleted. */
export type VideoMixedDeletedEvent = Readable<components["schemas"]["VideoMixedDeletedEvent"]>;
/** Path parameters of Delete Video Mixed. */
export type VideoMixedDestroyPathParams = operations["video_mixed_destroy"]["parameters"]["path"];
/** The `video_mixed.done` webhook: the video mixed object has been generated successfully. */
export type VideoMixedDoneEvent = Readable<components["schemas"]["VideoMixedDoneEvent"]>;
/** The `video_mixed.failed` webhook: the video mixed object generation has failed. */
export type VideoMixedFailedEvent = Readable<components["schemas"]["VideoMixedFailedEvent"]>;
/** One item of a List Video Mixed page. */
export type VideoMixedListItem = NonNullable<VideoMixedListResponse["results"]>[number];
/** Query parameters of List Video Mixed. */
export type VideoMixedListQuery = NonNullable<operations["video_mixed_list"]["parameters"]["query"]>;
/** Response body of List Video Mixed. */
export type VideoMixedListResponse = Readable<operations["video_mixed_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Video Mixed: only what a client may write. */
export type VideoMixedPartialUpdateBody = Writable<NonNullable<operations["video_mixed_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Video Mixed. */
export type VideoMixedPartialUpdatePathParams = operations["video_mixed_partial_update"]["parameters"]["path"];
/** Response body of Update Video Mixed. */
export type VideoMixedPartialUpdateResponse = Readable<operations["video_mixed_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `video_mixed.processing` webhook: the video mixed object is being processed. */
export type VideoMixedProcessingEvent = Readable<components["schemas"]["VideoMixedProcessingEvent"]>;
/** Path parameters of Retrieve Video Mixed. */
export type VideoMixedRetrievePathParams = operations["video_mixed_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Video Mixed. */
export type VideoMixedRetrieveResponse = Readable<operations["video_mixed_retrieve"]["responses"][200]["content"]["application/json"]>;
/** The mixed video of the recording, as an MP4 file (Recall's `VideoMixedArtifactShortcut`). */
export type VideoMixedShortcut = Readable<components["schemas"]["VideoMixedShortcut"]>;
/** A separate-stream artifact, one participant's video (Recall's `VideoSeparateArtifact`). */
export type VideoSeparateArtifact = Readable<components["schemas"]["VideoSeparateArtifact"]>;
/** One participant's video file (Recall's `VideoSeparateArtifactData`). */
export type VideoSeparateData = Readable<components["schemas"]["VideoSeparateData"]>;
/** The `video_separate.deleted` webhook: the video separate object has been deleted. */
export type VideoSeparateDeletedEvent = Readable<components["schemas"]["VideoSeparateDeletedEvent"]>;
/** Path parameters of Delete Video Separate. */
export type VideoSeparateDestroyPathParams = operations["video_separate_destroy"]["parameters"]["path"];
/** The `video_separate.done` webhook: the video separate object has been generated successfully. */
export type VideoSeparateDoneEvent = Readable<components["schemas"]["VideoSeparateDoneEvent"]>;
/** The `video_separate.failed` webhook: the video separate object generation has failed. */
export type VideoSeparateFailedEvent = Readable<components["schemas"]["VideoSeparateFailedEvent"]>;
/** One item of a List Video Separate page. */
export type VideoSeparateListItem = NonNullable<VideoSeparateListResponse["results"]>[number];
/** Query parameters of List Video Separate. */
export type VideoSeparateListQuery = NonNullable<operations["video_separate_list"]["parameters"]["query"]>;
/** Response body of List Video Separate. */
export type VideoSeparateListResponse = Readable<operations["video_separate_list"]["responses"][200]["content"]["application/json"]>;
/** Request body of Update Video Separate: only what a client may write. */
export type VideoSeparatePartialUpdateBody = Writable<NonNullable<operations["video_separate_partial_update"]["requestBody"]>["content"]["application/json"]>;
/** Path parameters of Update Video Separate. */
export type VideoSeparatePartialUpdatePathParams = operations["video_separate_partial_update"]["parameters"]["path"];
/** Response body of Update Video Separate. */
export type VideoSeparatePartialUpdateResponse = Readable<operations["video_separate_partial_update"]["responses"][200]["content"]["application/json"]>;
/** The `video_separate.processing` webhook: the video separate object is being processed. */
export type VideoSeparateProcessingEvent = Readable<components["schemas"]["VideoSeparateProcessingEvent"]>;
/** Path parameters of Retrieve Video Separate. */
export type VideoSeparateRetrievePathParams = operations["video_separate_retrieve"]["parameters"]["path"];
/** Response body of Retrieve Video Separate. */
export type VideoSeparateRetrieveResponse = Readable<operations["video_separate_retrieve"]["responses"][200]["content"]["application/json"]>;
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
/** Options of the `zoom_rtms` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
export type ZoomRtmsConfig = Readable<components["schemas"]["ZoomRtmsConfig"]>;
