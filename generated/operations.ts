// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { OperationInfo } from "../src/core/index.js";
import * as shapes from "./shapes.js";

/** `DELETE /api/v1/recording/{id}/`: `recordings.delete`. */
export const recording_destroy: OperationInfo = {
    operationId: "recording_destroy",
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
        name: "metadata",
        required: false,
        schema: {
          type: "object",
          additionalProperties: {
            type: "string",
          },
        },
        keyPrefix: "metadata__",
      },
      {
        name: "status_code",
        required: false,
        schema: shapes.RecordingListStatusCode,
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
  };
/** `PATCH /api/v1/recording/{id}/`: `recordings.update`. */
export const recording_partial_update: OperationInfo = {
    operationId: "recording_partial_update",
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
      schema: shapes.RecordingUpdate,
    },
    idempotent: true,
    rateLimits: [
      {
        limit: 300,
        per: 60,
        scope: "workspace_id",
      },
    ],
  };
/** `GET /api/v1/recording/{id}/`: `recordings.retrieve`. */
export const recording_retrieve: OperationInfo = {
    operationId: "recording_retrieve",
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
  };
/** Every operation, keyed by operationId (for tools and tests; a bundler drops it when unused). */
export const operations = { recording_destroy, recording_list, recording_partial_update, recording_retrieve } as const;
