// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { ArtifactUpdate, AudioMixedArtifact, AudioSeparateArtifact, CreateTranscriptRequest, MeetingMetadataArtifact, PaginatedAudioMixedList, PaginatedAudioSeparateList, PaginatedMeetingMetadataList, PaginatedParticipantEventsList, PaginatedRecordingList, PaginatedTranscriptList, PaginatedVideoMixedList, PaginatedVideoSeparateList, ParticipantEventsArtifact, Recording, RecordingUpdate, RecordingsListQuery, TranscriptArtifact, TranscriptsListQuery, VideoMixedArtifact, VideoSeparateArtifact } from "./types.js";

/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioMixedDestroyPathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; this name is removed in 0.4.0. */
export type AudioMixedListItem = AudioMixedArtifact;
/** @deprecated Use `PaginatedAudioMixedList`; this name is removed in 0.4.0. */
export type AudioMixedListResponse = PaginatedAudioMixedList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type AudioMixedPartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioMixedPartialUpdatePathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; this name is removed in 0.4.0. */
export type AudioMixedPartialUpdateResponse = AudioMixedArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioMixedRetrievePathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; this name is removed in 0.4.0. */
export type AudioMixedRetrieveResponse = AudioMixedArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioSeparateDestroyPathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; this name is removed in 0.4.0. */
export type AudioSeparateListItem = AudioSeparateArtifact;
/** @deprecated Use `PaginatedAudioSeparateList`; this name is removed in 0.4.0. */
export type AudioSeparateListResponse = PaginatedAudioSeparateList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type AudioSeparatePartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioSeparatePartialUpdatePathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; this name is removed in 0.4.0. */
export type AudioSeparatePartialUpdateResponse = AudioSeparateArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type AudioSeparateRetrievePathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; this name is removed in 0.4.0. */
export type AudioSeparateRetrieveResponse = AudioSeparateArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type MeetingMetadataDestroyPathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; this name is removed in 0.4.0. */
export type MeetingMetadataListItem = MeetingMetadataArtifact;
/** @deprecated Use `PaginatedMeetingMetadataList`; this name is removed in 0.4.0. */
export type MeetingMetadataListResponse = PaginatedMeetingMetadataList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type MeetingMetadataPartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type MeetingMetadataPartialUpdatePathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; this name is removed in 0.4.0. */
export type MeetingMetadataPartialUpdateResponse = MeetingMetadataArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type MeetingMetadataRetrievePathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; this name is removed in 0.4.0. */
export type MeetingMetadataRetrieveResponse = MeetingMetadataArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type ParticipantEventsDestroyPathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; this name is removed in 0.4.0. */
export type ParticipantEventsListItem = ParticipantEventsArtifact;
/** @deprecated Use `PaginatedParticipantEventsList`; this name is removed in 0.4.0. */
export type ParticipantEventsListResponse = PaginatedParticipantEventsList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type ParticipantEventsPartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type ParticipantEventsPartialUpdatePathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; this name is removed in 0.4.0. */
export type ParticipantEventsPartialUpdateResponse = ParticipantEventsArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type ParticipantEventsRetrievePathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; this name is removed in 0.4.0. */
export type ParticipantEventsRetrieveResponse = ParticipantEventsArtifact;
/** @deprecated Use `CreateTranscriptRequest`; this name is removed in 0.4.0. */
export type RecordingCreateTranscriptCreateBody = CreateTranscriptRequest;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type RecordingCreateTranscriptCreatePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; this name is removed in 0.4.0. */
export type RecordingCreateTranscriptCreateResponse = TranscriptArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type RecordingDestroyPathParams = { id: string };
/** @deprecated Use `Recording`; this name is removed in 0.4.0. */
export type RecordingListItem = Recording;
/** @deprecated Use `RecordingsListQuery`; this name is removed in 0.4.0. */
export type RecordingListQuery = RecordingsListQuery;
/** @deprecated Use `PaginatedRecordingList`; this name is removed in 0.4.0. */
export type RecordingListResponse = PaginatedRecordingList;
/** @deprecated Use `RecordingUpdate`; this name is removed in 0.4.0. */
export type RecordingPartialUpdateBody = RecordingUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type RecordingPartialUpdatePathParams = { id: string };
/** @deprecated Use `Recording`; this name is removed in 0.4.0. */
export type RecordingPartialUpdateResponse = Recording;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type RecordingRetrievePathParams = { id: string };
/** @deprecated Use `Recording`; this name is removed in 0.4.0. */
export type RecordingRetrieveResponse = Recording;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type TranscriptDestroyPathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; this name is removed in 0.4.0. */
export type TranscriptListItem = TranscriptArtifact;
/** @deprecated Use `TranscriptsListQuery`; this name is removed in 0.4.0. */
export type TranscriptListQuery = TranscriptsListQuery;
/** @deprecated Use `PaginatedTranscriptList`; this name is removed in 0.4.0. */
export type TranscriptListResponse = PaginatedTranscriptList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type TranscriptPartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type TranscriptPartialUpdatePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; this name is removed in 0.4.0. */
export type TranscriptPartialUpdateResponse = TranscriptArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type TranscriptRetrievePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; this name is removed in 0.4.0. */
export type TranscriptRetrieveResponse = TranscriptArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoMixedDestroyPathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; this name is removed in 0.4.0. */
export type VideoMixedListItem = VideoMixedArtifact;
/** @deprecated Use `PaginatedVideoMixedList`; this name is removed in 0.4.0. */
export type VideoMixedListResponse = PaginatedVideoMixedList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type VideoMixedPartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoMixedPartialUpdatePathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; this name is removed in 0.4.0. */
export type VideoMixedPartialUpdateResponse = VideoMixedArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoMixedRetrievePathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; this name is removed in 0.4.0. */
export type VideoMixedRetrieveResponse = VideoMixedArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoSeparateDestroyPathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; this name is removed in 0.4.0. */
export type VideoSeparateListItem = VideoSeparateArtifact;
/** @deprecated Use `PaginatedVideoSeparateList`; this name is removed in 0.4.0. */
export type VideoSeparateListResponse = PaginatedVideoSeparateList;
/** @deprecated Use `ArtifactUpdate`; this name is removed in 0.4.0. */
export type VideoSeparatePartialUpdateBody = ArtifactUpdate;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoSeparatePartialUpdatePathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; this name is removed in 0.4.0. */
export type VideoSeparatePartialUpdateResponse = VideoSeparateArtifact;
/** @deprecated Write the parameters' own types; this name is removed in 0.4.0. */
export type VideoSeparateRetrievePathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; this name is removed in 0.4.0. */
export type VideoSeparateRetrieveResponse = VideoSeparateArtifact;
