// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { RequestCore } from "../src/core/index.js";
import { AudioMixed } from "./resources/audioMixed.js";
import { AudioSeparate } from "./resources/audioSeparate.js";
import { MeetingMetadata } from "./resources/meetingMetadata.js";
import { ParticipantEvents } from "./resources/participantEvents.js";
import { Recordings } from "./resources/recordings.js";
import { Transcripts } from "./resources/transcripts.js";
import { VideoMixed } from "./resources/videoMixed.js";
import { VideoSeparate } from "./resources/videoSeparate.js";

export type * from "./types.js";
export { operations } from "./operations.js";
export { server } from "./servers.js";
export { AudioMixed, AudioSeparate, MeetingMetadata, ParticipantEvents, Recordings, Transcripts, VideoMixed, VideoSeparate };
/** Every resource of the spec, bound to one request core. */
export function createResources(core: RequestCore) {
  return {
    audioMixed: new AudioMixed(core),
    audioSeparate: new AudioSeparate(core),
    meetingMetadata: new MeetingMetadata(core),
    participantEvents: new ParticipantEvents(core),
    recordings: new Recordings(core),
    transcripts: new Transcripts(core),
    videoMixed: new VideoMixed(core),
    videoSeparate: new VideoSeparate(core),
  };
}

export type Resources = ReturnType<typeof createResources>;
