// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { ShapeSchema } from "../src/core/index.js";

/** What a request may send as `Metadata`. */
export const Metadata: ShapeSchema = {
    type: "object",
    additionalProperties: {
      type: "string",
    },
  };
/** What a request may send as `RecordingListStatusCode`. */
export const RecordingListStatusCode: ShapeSchema = {
    type: "string",
    enum: ["processing", "paused", "done", "failed"],
  };
/** What a request may send as `RecordingUpdate`. */
export const RecordingUpdate: ShapeSchema = {
    type: "object",
    properties: {
      metadata: Metadata,
    },
    additionalProperties: false,
  };
