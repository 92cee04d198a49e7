// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { RequestCore } from "../src/core/index.js";
import { Recordings } from "./resources/recordings.js";

export type * from "./types.js";
export { operations } from "./operations.js";
export { server } from "./servers.js";
export { Recordings };
/** Every resource of the spec, bound to one request core. */
export function createResources(core: RequestCore) {
  return {
    recordings: new Recordings(core),
  };
}

export type Resources = ReturnType<typeof createResources>;
