// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { RequestCore } from "../src/core/index.js";
import { Audiomixed } from "./resources/audioMixed.js";
import { Audioseparate } from "./resources/audioSeparate.js";
import { Meetingmetadata } from "./resources/meetingMetadata.js";
import { Participantevents } from "./resources/participantEvents.js";
import { Recordings } from "./resources/recordings.js";
import { Transcripts } from "./resources/transcripts.js";
import { Videomixed } from "./resources/videoMixed.js";
import { Videoseparate } from "./resources/videoSeparate.js";

export type * from "./types.js";
export { operations } from "./operations.js";
export { server } from "./servers.js";
export { Audiomixed, Audioseparate, Meetingmetadata, Participantevents, Recordings, Transcripts, Videomixed, Videoseparate };
/** Every resource of the spec, bound to one request core. */
export function createResources(core: RequestCore) {
  return {
    audioMixed: new Audiomixed(core),
    audioSeparate: new Audioseparate(core),
    meetingMetadata: new Meetingmetadata(core),
    participantEvents: new Participantevents(core),
    recordings: new Recordings(core),
    transcripts: new Transcripts(core),
    videoMixed: new Videomixed(core),
    videoSeparate: new Videoseparate(core),
  };
}

export type Resources = ReturnType<typeof createResources>;
