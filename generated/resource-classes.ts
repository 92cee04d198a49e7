// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
export { Recordings } from "./resources/recordings.js";
