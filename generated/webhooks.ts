// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type {
  AudioMixedDeletedEvent,
  AudioMixedDoneEvent,
  AudioMixedFailedEvent,
  AudioMixedProcessingEvent,
  AudioSeparateDeletedEvent,
  AudioSeparateDoneEvent,
  AudioSeparateFailedEvent,
  AudioSeparateProcessingEvent,
  MeetingMetadataDeletedEvent,
  MeetingMetadataDoneEvent,
  MeetingMetadataFailedEvent,
  MeetingMetadataProcessingEvent,
  ParticipantEventsDeletedEvent,
  ParticipantEventsDoneEvent,
  ParticipantEventsFailedEvent,
  ParticipantEventsProcessingEvent,
  RecordingDeletedEvent,
  RecordingDoneEvent,
  RecordingFailedEvent,
  RecordingPausedEvent,
  RecordingProcessingEvent,
  TranscriptDeletedEvent,
  TranscriptDoneEvent,
  TranscriptFailedEvent,
  TranscriptProcessingEvent,
  VideoMixedDeletedEvent,
  VideoMixedDoneEvent,
  VideoMixedFailedEvent,
  VideoMixedProcessingEvent,
  VideoSeparateDeletedEvent,
  VideoSeparateDoneEvent,
  VideoSeparateFailedEvent,
  VideoSeparateProcessingEvent,
} from "./types.js";

/** Every webhook event of the spec: its name and the payload Recall POSTs for it. */
export interface WebhookEvents {
  /** The audio mixed object has been deleted. */
  "audio_mixed.deleted": AudioMixedDeletedEvent;
  /** The audio mixed object has been generated successfully. */
  "audio_mixed.done": AudioMixedDoneEvent;
  /** The audio mixed object generation has failed. */
  "audio_mixed.failed": AudioMixedFailedEvent;
  /** The audio mixed object is being processed. */
  "audio_mixed.processing": AudioMixedProcessingEvent;
  /** The audio separate object has been deleted. */
  "audio_separate.deleted": AudioSeparateDeletedEvent;
  /** The audio separate object has been generated successfully. */
  "audio_separate.done": AudioSeparateDoneEvent;
  /** The audio separate object generation has failed. */
  "audio_separate.failed": AudioSeparateFailedEvent;
  /** The audio separate object is being processed. */
  "audio_separate.processing": AudioSeparateProcessingEvent;
  /** The meeting metadata object has been deleted. */
  "meeting_metadata.deleted": MeetingMetadataDeletedEvent;
  /** The meeting metadata object has been generated successfully. */
  "meeting_metadata.done": MeetingMetadataDoneEvent;
  /** The meeting metadata object generation has failed. */
  "meeting_metadata.failed": MeetingMetadataFailedEvent;
  /** The meeting metadata object is being processed. */
  "meeting_metadata.processing": MeetingMetadataProcessingEvent;
  /** The participant events object has been deleted. */
  "participant_events.deleted": ParticipantEventsDeletedEvent;
  /** The participant events object has been generated successfully. */
  "participant_events.done": ParticipantEventsDoneEvent;
  /** The participant events object generation has failed. */
  "participant_events.failed": ParticipantEventsFailedEvent;
  /** The participant events object is being processed. */
  "participant_events.processing": ParticipantEventsProcessingEvent;
  /** The recording has been deleted. */
  "recording.deleted": RecordingDeletedEvent;
  /** The recording has been completed successfully. */
  "recording.done": RecordingDoneEvent;
  /** The recording has failed. */
  "recording.failed": RecordingFailedEvent;
  /** The recording has been paused. */
  "recording.paused": RecordingPausedEvent;
  /** The recording is being processed. */
  "recording.processing": RecordingProcessingEvent;
  /** The transcript object has been deleted. */
  "transcript.deleted": TranscriptDeletedEvent;
  /** The transcript object has been generated successfully. */
  "transcript.done": TranscriptDoneEvent;
  /** The transcript object generation has failed. */
  "transcript.failed": TranscriptFailedEvent;
  /** The transcript object is being processed. */
  "transcript.processing": TranscriptProcessingEvent;
  /** The video mixed object has been deleted. */
  "video_mixed.deleted": VideoMixedDeletedEvent;
  /** The video mixed object has been generated successfully. */
  "video_mixed.done": VideoMixedDoneEvent;
  /** The video mixed object generation has failed. */
  "video_mixed.failed": VideoMixedFailedEvent;
  /** The video mixed object is being processed. */
  "video_mixed.processing": VideoMixedProcessingEvent;
  /** The video separate object has been deleted. */
  "video_separate.deleted": VideoSeparateDeletedEvent;
  /** The video separate object has been generated successfully. */
  "video_separate.done": VideoSeparateDoneEvent;
  /** The video separate object generation has failed. */
  "video_separate.failed": VideoSeparateFailedEvent;
  /** The video separate object is being processed. */
  "video_separate.processing": VideoSeparateProcessingEvent;
}

/** The name of a webhook event of the spec, e.g. `recording.done`. */
export type WebhookEventName = keyof WebhookEvents;
/** Any webhook event of the spec; checking `event` narrows `data`. */
export type WebhookEvent = WebhookEvents[WebhookEventName];
/** The name of every webhook event of the spec, sorted. */
export const webhookEventNames = [
  "audio_mixed.deleted",
  "audio_mixed.done",
  "audio_mixed.failed",
  "audio_mixed.processing",
  "audio_separate.deleted",
  "audio_separate.done",
  "audio_separate.failed",
  "audio_separate.processing",
  "meeting_metadata.deleted",
  "meeting_metadata.done",
  "meeting_metadata.failed",
  "meeting_metadata.processing",
  "participant_events.deleted",
  "participant_events.done",
  "participant_events.failed",
  "participant_events.processing",
  "recording.deleted",
  "recording.done",
  "recording.failed",
  "recording.paused",
  "recording.processing",
  "transcript.deleted",
  "transcript.done",
  "transcript.failed",
  "transcript.processing",
  "video_mixed.deleted",
  "video_mixed.done",
  "video_mixed.failed",
  "video_mixed.processing",
  "video_separate.deleted",
  "video_separate.done",
  "video_separate.failed",
  "video_separate.processing",
] as const satisfies readonly WebhookEventName[];
