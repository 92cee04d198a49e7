// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
export { AudioMixedResource } from "./resources/audioMixed.js";
export { AudioSeparateResource } from "./resources/audioSeparate.js";
export { MeetingMetadataResource } from "./resources/meetingMetadata.js";
export { ParticipantEventsResource } from "./resources/participantEvents.js";
export { RecordingsResource } from "./resources/recordings.js";
export { TranscriptsResource } from "./resources/transcripts.js";
export { VideoMixedResource } from "./resources/videoMixed.js";
export { VideoSeparateResource } from "./resources/videoSeparate.js";
export type * from "./types.js";
export type * from "./deprecated.js";
