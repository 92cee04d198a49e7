// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
export { AudioMixed } from "./resources/audioMixed.js";
export { AudioSeparate } from "./resources/audioSeparate.js";
export { MeetingMetadata } from "./resources/meetingMetadata.js";
export { ParticipantEvents } from "./resources/participantEvents.js";
export { Recordings } from "./resources/recordings.js";
export { Transcripts } from "./resources/transcripts.js";
export { VideoMixed } from "./resources/videoMixed.js";
export { VideoSeparate } from "./resources/videoSeparate.js";
