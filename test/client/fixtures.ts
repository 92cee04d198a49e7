// Hand-written OperationInfo mirroring what the generator emits for the Recording resource.

import type { OperationInfo, ShapeSchema } from "../../src/core/index.js";

const uuid: ShapeSchema = { type: "string", format: "uuid" };
const id = { name: "id", required: true, schema: uuid } as const;
const perWorkspace = { limit: 300, per: 60, scope: "workspace_id" } as const;

export const operations = {
  recording_partial_update: {
    operationId: "recording_partial_update",
    method: "patch",
    path: "/api/v1/recording/{id}/",
    pathParams: [id],
    queryParams: [],
    body: {
      required: true,
      schema: { type: "object", additionalProperties: false, properties: { metadata: { type: "object", additionalProperties: { type: "string" } } } },
    },
    idempotent: true,
    rateLimits: [perWorkspace],
  },
  recording_retrieve: {
    operationId: "recording_retrieve",
    method: "get",
    path: "/api/v1/recording/{id}/",
    pathParams: [id],
    queryParams: [],
    idempotent: false,
    rateLimits: [perWorkspace],
  },
  recording_destroy: {
    operationId: "recording_destroy",
    method: "delete",
    path: "/api/v1/recording/{id}/",
    pathParams: [id],
    queryParams: [],
    idempotent: false,
    rateLimits: [perWorkspace],
  },
  recording_list: {
    operationId: "recording_list",
    method: "get",
    path: "/api/v1/recording/",
    pathParams: [],
    queryParams: [
      { name: "bot_id", required: false, schema: uuid },
      { name: "created_at_after", required: false, schema: { type: "string", format: "date-time" } },
      { name: "cursor", required: false, schema: { type: "string" } },
      { name: "status_code", required: false, schema: { type: "string", enum: ["processing", "paused", "done", "failed"] } },
      { name: "metadata", required: false, schema: { type: "object", additionalProperties: { type: "string" } }, keyPrefix: "metadata__" },
    ],
    idempotent: false,
    rateLimits: [{ limit: 60, per: 60, scope: "workspace_id" }],
    pagination: { style: "cursor", items: "results", next: "next" },
  },
} as const satisfies Record<string, OperationInfo>;

export const RECORDING_ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";

export const recording = {
  id: RECORDING_ID,
  created_at: "2024-12-03T02:54:11.397104Z",
  status: { code: "done", sub_code: null, updated_at: "2024-12-03T02:55:03.088727Z" },
  metadata: { crm_id: "42" },
};

let counter = 0;
/** A fresh API key per test, so tests never share a rate-limiter bucket. */
export function apiKey(): string {
  return `test-key-${process.pid}-${++counter}-SECRETSECRET`;
}
