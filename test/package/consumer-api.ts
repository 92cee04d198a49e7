// The scripted Recall API the packed consumer talks to: one loopback server per run.

import type { Recording } from "../../src/index.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

export const RECORDING_ID = "5a7062f3-bd54-4838-b296-df84f85c7b92";
const OTHER_ID = "9c1f1e4a-3b7d-4e0a-8f55-2d6c0b7a1e93";
const MISSING_ID = "00000000-0000-4000-8000-000000000000";
const LIMITED_ID = "00000000-0000-4000-8000-000000000429";
const DRIFTED_ID = "00000000-0000-4000-8000-0000000d0e1f";

export function recording(id: string, metadata: Record<string, string> = {}): Recording {
  return {
    id,
    bot: { id: "e3f7a9c2-1b4d-4a6e-9f08-7c5d2b1a0e36", metadata: {} },
    desktop_sdk_upload: null,
    created_at: "2024-12-03T02:54:11.397104Z",
    started_at: "2024-12-03T02:54:12.000000Z",
    completed_at: "2024-12-03T02:55:03.088727Z",
    expires_at: "2024-12-10T02:55:03.088727Z",
    status: { code: "done", sub_code: null, updated_at: "2024-12-03T02:55:03.088727Z" },
    media_shortcuts: { audio_mixed: null, meeting_metadata: null, participant_events: null, transcript: null, video_mixed: null },
    realtime_endpoints: [],
    metadata,
  };
}

/** Answers update (echoing the sent metadata), retrieve, one list page, delete, a 404, a 429 and a body the spec refuses. */
export function startRecallApi(): Promise<TestServer> {
  return startServer((res, req) => {
    const route = `${req.method} ${req.url}`;
    if (route === `PATCH /api/v1/recording/${RECORDING_ID}/`) {
      const sent = JSON.parse(req.body) as { metadata: Record<string, string> };
      return json(200, recording(RECORDING_ID, sent.metadata))(res, req);
    }
    if (route === `GET /api/v1/recording/${RECORDING_ID}/`) return json(200, recording(RECORDING_ID))(res, req);
    if (route === "GET /api/v1/recording/?status_code=done") {
      return json(200, { next: null, previous: null, results: [recording(RECORDING_ID), recording(OTHER_ID)] })(res, req);
    }
    if (route === `DELETE /api/v1/recording/${RECORDING_ID}/`) return void res.writeHead(204).end();
    if (route === `GET /api/v1/recording/${MISSING_ID}/`) return json(404, { detail: "Not found." })(res, req);
    if (route === `GET /api/v1/recording/${LIMITED_ID}/`) return json(429, { detail: "Request was throttled." }, { "retry-after": "7" })(res, req);
    if (route === `GET /api/v1/recording/${DRIFTED_ID}/`) return json(200, { ...recording(DRIFTED_ID), created_at: null })(res, req);
    json(500, { detail: `unscripted request ${route}` })(res, req);
  });
}

/** What the consumer prints when every call above behaves. */
export function expectedConsumerOutput(nodeVersion: string): string[] {
  return [
    `node v${nodeVersion}`,
    `update ${RECORDING_ID} crm_id=42`,
    `retrieve ${RECORDING_ID} done`,
    `list ${RECORDING_ID},${OTHER_ID}`,
    "delete undefined",
    "NotFoundError 404",
    "RateLimitError 429 retryAfter=7",
    "APIResponseValidationError created_at: expected string, got null",
    `webhook recording.done ${RECORDING_ID}`,
    "redis function true RateLimitStoreError",
  ];
}
