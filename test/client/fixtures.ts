// What the client tests share: the generated operations table (what the runtime really gets), a recording, fresh keys.

// The generated table, not a copy: a hand-kept one drifted from the spec (it lacked created_at_before, desktop_sdk_upload_id).
export { operationTable as operations } from "../../generated/operations.js";

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
