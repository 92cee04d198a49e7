// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { OperationInfo } from "../src/core/index.js";

/** Method, path, parameters, rate limit and pagination of every operation in the spec, keyed by operationId. */
export const operations = {
    recording_destroy: {
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
    },
    recording_list: {
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
          schema: {
            type: "string",
            enum: ["processing", "paused", "done", "failed"],
          },
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
    },
    recording_partial_update: {
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
        schema: {
          type: "object",
          properties: {
            metadata: {
              type: "object",
              additionalProperties: {
                type: "string",
              },
            },
          },
          additionalProperties: false,
        },
      },
      idempotent: true,
      rateLimits: [
        {
          limit: 300,
          per: 60,
          scope: "workspace_id",
        },
      ],
    },
    recording_retrieve: {
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
    },
  } as const satisfies Record<string, OperationInfo>;
