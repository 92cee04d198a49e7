// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type {
  ArtifactUpdate,
  AudioMixedArtifact,
  AudioSeparateArtifact,
  CreateTranscriptRequest,
  MeetingMetadataArtifact,
  PaginatedAudioMixedList,
  PaginatedAudioSeparateList,
  PaginatedMeetingMetadataList,
  PaginatedParticipantEventsList,
  PaginatedRecordingList,
  PaginatedTranscriptList,
  PaginatedVideoMixedList,
  PaginatedVideoSeparateList,
  ParticipantEventsArtifact,
  Recording,
  RecordingUpdate,
  RecordingsListQuery,
  TranscriptArtifact,
  TranscriptsListQuery,
  VideoMixedArtifact,
  VideoSeparateArtifact,
} from "./types.js";

/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedDestroyPathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedListItem = AudioMixedArtifact;
/** @deprecated Use `PaginatedAudioMixedList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedListResponse = PaginatedAudioMixedList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedPartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedPartialUpdatePathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedPartialUpdateResponse = AudioMixedArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedRetrievePathParams = { id: string };
/** @deprecated Use `AudioMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioMixedRetrieveResponse = AudioMixedArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparateDestroyPathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparateListItem = AudioSeparateArtifact;
/** @deprecated Use `PaginatedAudioSeparateList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparateListResponse = PaginatedAudioSeparateList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparatePartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparatePartialUpdatePathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparatePartialUpdateResponse = AudioSeparateArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparateRetrievePathParams = { id: string };
/** @deprecated Use `AudioSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type AudioSeparateRetrieveResponse = AudioSeparateArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataDestroyPathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataListItem = MeetingMetadataArtifact;
/** @deprecated Use `PaginatedMeetingMetadataList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataListResponse = PaginatedMeetingMetadataList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataPartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataPartialUpdatePathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataPartialUpdateResponse = MeetingMetadataArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataRetrievePathParams = { id: string };
/** @deprecated Use `MeetingMetadataArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type MeetingMetadataRetrieveResponse = MeetingMetadataArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsDestroyPathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsListItem = ParticipantEventsArtifact;
/** @deprecated Use `PaginatedParticipantEventsList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsListResponse = PaginatedParticipantEventsList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsPartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsPartialUpdatePathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsPartialUpdateResponse = ParticipantEventsArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsRetrievePathParams = { id: string };
/** @deprecated Use `ParticipantEventsArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type ParticipantEventsRetrieveResponse = ParticipantEventsArtifact;
/** @deprecated Use `CreateTranscriptRequest`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingCreateTranscriptCreateBody = CreateTranscriptRequest;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingCreateTranscriptCreatePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingCreateTranscriptCreateResponse = TranscriptArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingDestroyPathParams = { id: string };
/** @deprecated Use `Recording`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingListItem = Recording;
/** @deprecated Use `RecordingsListQuery`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingListQuery = RecordingsListQuery;
/** @deprecated Use `PaginatedRecordingList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingListResponse = PaginatedRecordingList;
/** @deprecated Use `RecordingUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingPartialUpdateBody = RecordingUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingPartialUpdatePathParams = { id: string };
/** @deprecated Use `Recording`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingPartialUpdateResponse = Recording;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingRetrievePathParams = { id: string };
/** @deprecated Use `Recording`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type RecordingRetrieveResponse = Recording;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptDestroyPathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptListItem = TranscriptArtifact;
/** @deprecated Use `TranscriptsListQuery`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptListQuery = TranscriptsListQuery;
/** @deprecated Use `PaginatedTranscriptList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptListResponse = PaginatedTranscriptList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptPartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptPartialUpdatePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptPartialUpdateResponse = TranscriptArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptRetrievePathParams = { id: string };
/** @deprecated Use `TranscriptArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type TranscriptRetrieveResponse = TranscriptArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedDestroyPathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedListItem = VideoMixedArtifact;
/** @deprecated Use `PaginatedVideoMixedList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedListResponse = PaginatedVideoMixedList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedPartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedPartialUpdatePathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedPartialUpdateResponse = VideoMixedArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedRetrievePathParams = { id: string };
/** @deprecated Use `VideoMixedArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoMixedRetrieveResponse = VideoMixedArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparateDestroyPathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparateListItem = VideoSeparateArtifact;
/** @deprecated Use `PaginatedVideoSeparateList`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparateListResponse = PaginatedVideoSeparateList;
/** @deprecated Use `ArtifactUpdate`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparatePartialUpdateBody = ArtifactUpdate;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparatePartialUpdatePathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparatePartialUpdateResponse = VideoSeparateArtifact;
/** @deprecated Pass the parameters themselves; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparateRetrievePathParams = { id: string };
/** @deprecated Use `VideoSeparateArtifact`; deprecated in 0.2, removed in 0.3 (CHANGELOG). */
export type VideoSeparateRetrieveResponse = VideoSeparateArtifact;
