// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { OperationInfo } from "../src/core/index.js";
import * as shapes from "./shapes.js";
import type * as validators from "./validators.js";

const VALIDATORS_MODULE = "./validators.js";
/** Loaded on the first checked response only; the computed specifier keeps bundlers from shipping it to clients that never check. */
const loadValidators = (): Promise<typeof validators> => import(/* @vite-ignore */ VALIDATORS_MODULE);
/** `DELETE /api/v1/audio_mixed/{id}/`: `audioMixed.delete`. */
export const audio_mixed_destroy: OperationInfo = {
  operationId: "audio_mixed_destroy",
  name: "audioMixed.delete",
  method: "delete",
  path: "/api/v1/audio_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/audio_mixed/`: `audioMixed.list`. */
export const audio_mixed_list: OperationInfo = {
  operationId: "audio_mixed_list",
  name: "audioMixed.list",
  method: "get",
  path: "/api/v1/audio_mixed/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.audio_mixed_list),
};
/** `PATCH /api/v1/audio_mixed/{id}/`: `audioMixed.update`. */
export const audio_mixed_partial_update: OperationInfo = {
  operationId: "audio_mixed_partial_update",
  name: "audioMixed.update",
  method: "patch",
  path: "/api/v1/audio_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.audio_mixed_partial_update),
};
/** `GET /api/v1/audio_mixed/{id}/`: `audioMixed.retrieve`. */
export const audio_mixed_retrieve: OperationInfo = {
  operationId: "audio_mixed_retrieve",
  name: "audioMixed.retrieve",
  method: "get",
  path: "/api/v1/audio_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.audio_mixed_retrieve),
};
/** `DELETE /api/v1/audio_separate/{id}/`: `audioSeparate.delete`. */
export const audio_separate_destroy: OperationInfo = {
  operationId: "audio_separate_destroy",
  name: "audioSeparate.delete",
  method: "delete",
  path: "/api/v1/audio_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/audio_separate/`: `audioSeparate.list`. */
export const audio_separate_list: OperationInfo = {
  operationId: "audio_separate_list",
  name: "audioSeparate.list",
  method: "get",
  path: "/api/v1/audio_separate/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.audio_separate_list),
};
/** `PATCH /api/v1/audio_separate/{id}/`: `audioSeparate.update`. */
export const audio_separate_partial_update: OperationInfo = {
  operationId: "audio_separate_partial_update",
  name: "audioSeparate.update",
  method: "patch",
  path: "/api/v1/audio_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.audio_separate_partial_update),
};
/** `GET /api/v1/audio_separate/{id}/`: `audioSeparate.retrieve`. */
export const audio_separate_retrieve: OperationInfo = {
  operationId: "audio_separate_retrieve",
  name: "audioSeparate.retrieve",
  method: "get",
  path: "/api/v1/audio_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.audio_separate_retrieve),
};
/** `DELETE /api/v1/meeting_metadata/{id}/`: `meetingMetadata.delete`. */
export const meeting_metadata_destroy: OperationInfo = {
  operationId: "meeting_metadata_destroy",
  name: "meetingMetadata.delete",
  method: "delete",
  path: "/api/v1/meeting_metadata/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/meeting_metadata/`: `meetingMetadata.list`. */
export const meeting_metadata_list: OperationInfo = {
  operationId: "meeting_metadata_list",
  name: "meetingMetadata.list",
  method: "get",
  path: "/api/v1/meeting_metadata/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.meeting_metadata_list),
};
/** `PATCH /api/v1/meeting_metadata/{id}/`: `meetingMetadata.update`. */
export const meeting_metadata_partial_update: OperationInfo = {
  operationId: "meeting_metadata_partial_update",
  name: "meetingMetadata.update",
  method: "patch",
  path: "/api/v1/meeting_metadata/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.meeting_metadata_partial_update),
};
/** `GET /api/v1/meeting_metadata/{id}/`: `meetingMetadata.retrieve`. */
export const meeting_metadata_retrieve: OperationInfo = {
  operationId: "meeting_metadata_retrieve",
  name: "meetingMetadata.retrieve",
  method: "get",
  path: "/api/v1/meeting_metadata/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.meeting_metadata_retrieve),
};
/** `DELETE /api/v1/participant_events/{id}/`: `participantEvents.delete`. */
export const participant_events_destroy: OperationInfo = {
  operationId: "participant_events_destroy",
  name: "participantEvents.delete",
  method: "delete",
  path: "/api/v1/participant_events/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/participant_events/`: `participantEvents.list`. */
export const participant_events_list: OperationInfo = {
  operationId: "participant_events_list",
  name: "participantEvents.list",
  method: "get",
  path: "/api/v1/participant_events/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.participant_events_list),
};
/** `PATCH /api/v1/participant_events/{id}/`: `participantEvents.update`. */
export const participant_events_partial_update: OperationInfo = {
  operationId: "participant_events_partial_update",
  name: "participantEvents.update",
  method: "patch",
  path: "/api/v1/participant_events/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.participant_events_partial_update),
};
/** `GET /api/v1/participant_events/{id}/`: `participantEvents.retrieve`. */
export const participant_events_retrieve: OperationInfo = {
  operationId: "participant_events_retrieve",
  name: "participantEvents.retrieve",
  method: "get",
  path: "/api/v1/participant_events/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.participant_events_retrieve),
};
/** `POST /api/v1/recording/{id}/create_transcript/`: `recordings.createTranscript`. */
export const recording_create_transcript_create: OperationInfo = {
  operationId: "recording_create_transcript_create",
  name: "recordings.createTranscript",
  method: "post",
  path: "/api/v1/recording/{id}/create_transcript/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.CreateTranscriptRequestShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 5,
      per: 60,
      scope: "bot_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.recording_create_transcript_create),
};
/** `DELETE /api/v1/recording/{id}/`: `recordings.delete`. */
export const recording_destroy: OperationInfo = {
  operationId: "recording_destroy",
  name: "recordings.delete",
  method: "delete",
  path: "/api/v1/recording/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/recording/`: `recordings.list`. */
export const recording_list: OperationInfo = {
  operationId: "recording_list",
  name: "recordings.list",
  method: "get",
  path: "/api/v1/recording/",
  pathParams: [],
  queryParams: [
    {
      name: "bot_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "desktop_sdk_upload_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.RecordingListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.recording_list),
};
/** `PATCH /api/v1/recording/{id}/`: `recordings.update`. */
export const recording_partial_update: OperationInfo = {
  operationId: "recording_partial_update",
  name: "recordings.update",
  method: "patch",
  path: "/api/v1/recording/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.RecordingUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.recording_partial_update),
};
/** `GET /api/v1/recording/{id}/`: `recordings.retrieve`. */
export const recording_retrieve: OperationInfo = {
  operationId: "recording_retrieve",
  name: "recordings.retrieve",
  method: "get",
  path: "/api/v1/recording/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.recording_retrieve),
};
/** `DELETE /api/v1/transcript/{id}/`: `transcripts.delete`. */
export const transcript_destroy: OperationInfo = {
  operationId: "transcript_destroy",
  name: "transcripts.delete",
  method: "delete",
  path: "/api/v1/transcript/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/transcript/`: `transcripts.list`. */
export const transcript_list: OperationInfo = {
  operationId: "transcript_list",
  name: "transcripts.list",
  method: "get",
  path: "/api/v1/transcript/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.transcript_list),
};
/** `PATCH /api/v1/transcript/{id}/`: `transcripts.update`. */
export const transcript_partial_update: OperationInfo = {
  operationId: "transcript_partial_update",
  name: "transcripts.update",
  method: "patch",
  path: "/api/v1/transcript/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.transcript_partial_update),
};
/** `GET /api/v1/transcript/{id}/`: `transcripts.retrieve`. */
export const transcript_retrieve: OperationInfo = {
  operationId: "transcript_retrieve",
  name: "transcripts.retrieve",
  method: "get",
  path: "/api/v1/transcript/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.transcript_retrieve),
};
/** `DELETE /api/v1/video_mixed/{id}/`: `videoMixed.delete`. */
export const video_mixed_destroy: OperationInfo = {
  operationId: "video_mixed_destroy",
  name: "videoMixed.delete",
  method: "delete",
  path: "/api/v1/video_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/video_mixed/`: `videoMixed.list`. */
export const video_mixed_list: OperationInfo = {
  operationId: "video_mixed_list",
  name: "videoMixed.list",
  method: "get",
  path: "/api/v1/video_mixed/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.video_mixed_list),
};
/** `PATCH /api/v1/video_mixed/{id}/`: `videoMixed.update`. */
export const video_mixed_partial_update: OperationInfo = {
  operationId: "video_mixed_partial_update",
  name: "videoMixed.update",
  method: "patch",
  path: "/api/v1/video_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.video_mixed_partial_update),
};
/** `GET /api/v1/video_mixed/{id}/`: `videoMixed.retrieve`. */
export const video_mixed_retrieve: OperationInfo = {
  operationId: "video_mixed_retrieve",
  name: "videoMixed.retrieve",
  method: "get",
  path: "/api/v1/video_mixed/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.video_mixed_retrieve),
};
/** `DELETE /api/v1/video_separate/{id}/`: `videoSeparate.delete`. */
export const video_separate_destroy: OperationInfo = {
  operationId: "video_separate_destroy",
  name: "videoSeparate.delete",
  method: "delete",
  path: "/api/v1/video_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
};
/** `GET /api/v1/video_separate/`: `videoSeparate.list`. */
export const video_separate_list: OperationInfo = {
  operationId: "video_separate_list",
  name: "videoSeparate.list",
  method: "get",
  path: "/api/v1/video_separate/",
  pathParams: [],
  queryParams: [
    {
      name: "created_at_after",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "created_at_before",
      required: false,
      schema: {
        type: "string",
        format: "date-time",
      },
    },
    {
      name: "cursor",
      required: false,
      schema: {
        type: "string",
      },
    },
    {
      name: "recording_id",
      required: false,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
    {
      name: "status_code",
      required: false,
      schema: shapes.ArtifactListStatusCodeShape,
    },
  ],
  idempotent: false,
  rateLimits: [
    {
      limit: 60,
      per: 60,
      scope: "workspace_id",
    },
  ],
  pagination: {
    style: "cursor",
    items: "results",
    next: "next",
  },
  responseValidators: () => loadValidators().then((module) => module.video_separate_list),
};
/** `PATCH /api/v1/video_separate/{id}/`: `videoSeparate.update`. */
export const video_separate_partial_update: OperationInfo = {
  operationId: "video_separate_partial_update",
  name: "videoSeparate.update",
  method: "patch",
  path: "/api/v1/video_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  body: {
    required: true,
    schema: shapes.ArtifactUpdateShape,
  },
  idempotent: true,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.video_separate_partial_update),
};
/** `GET /api/v1/video_separate/{id}/`: `videoSeparate.retrieve`. */
export const video_separate_retrieve: OperationInfo = {
  operationId: "video_separate_retrieve",
  name: "videoSeparate.retrieve",
  method: "get",
  path: "/api/v1/video_separate/{id}/",
  pathParams: [
    {
      name: "id",
      required: true,
      schema: {
        type: "string",
        format: "uuid",
      },
    },
  ],
  queryParams: [],
  idempotent: false,
  rateLimits: [
    {
      limit: 300,
      per: 60,
      scope: "workspace_id",
    },
  ],
  responseValidators: () => loadValidators().then((module) => module.video_separate_retrieve),
};
/** Every operation, keyed by operationId (for tools and tests; a bundler drops it when unused). */
export const operationTable = {
  audio_mixed_destroy,
  audio_mixed_list,
  audio_mixed_partial_update,
  audio_mixed_retrieve,
  audio_separate_destroy,
  audio_separate_list,
  audio_separate_partial_update,
  audio_separate_retrieve,
  meeting_metadata_destroy,
  meeting_metadata_list,
  meeting_metadata_partial_update,
  meeting_metadata_retrieve,
  participant_events_destroy,
  participant_events_list,
  participant_events_partial_update,
  participant_events_retrieve,
  recording_create_transcript_create,
  recording_destroy,
  recording_list,
  recording_partial_update,
  recording_retrieve,
  transcript_destroy,
  transcript_list,
  transcript_partial_update,
  transcript_retrieve,
  video_mixed_destroy,
  video_mixed_list,
  video_mixed_partial_update,
  video_mixed_retrieve,
  video_separate_destroy,
  video_separate_list,
  video_separate_partial_update,
  video_separate_retrieve,
} as const;
