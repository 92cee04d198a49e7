// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { RequestCore } from "../src/core/index.js";
import { AudioMixedResource } from "./resources/audioMixed.js";
import { AudioSeparateResource } from "./resources/audioSeparate.js";
import { MeetingMetadataResource } from "./resources/meetingMetadata.js";
import { ParticipantEventsResource } from "./resources/participantEvents.js";
import { RecordingsResource } from "./resources/recordings.js";
import { TranscriptsResource } from "./resources/transcripts.js";
import { VideoMixedResource } from "./resources/videoMixed.js";
import { VideoSeparateResource } from "./resources/videoSeparate.js";

/** Every resource of the spec, bound to one request core. */
export function createResources(core: RequestCore) {
  return {
    audioMixed: new AudioMixedResource(core),
    audioSeparate: new AudioSeparateResource(core),
    meetingMetadata: new MeetingMetadataResource(core),
    participantEvents: new ParticipantEventsResource(core),
    recordings: new RecordingsResource(core),
    transcripts: new TranscriptsResource(core),
    videoMixed: new VideoMixedResource(core),
    videoSeparate: new VideoSeparateResource(core),
  };
}

export type Resources = ReturnType<typeof createResources>;
