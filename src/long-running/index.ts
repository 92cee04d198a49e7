// Long-running work on artifacts and recordings, called by the generated resource methods waitUntilDone, download
// and <create>AndWait (emitted where the spec's schemas have a status code with `done`, and download URLs).

export { type DownloadDestination, type DownloadFileOptions, type DownloadOptions, type DownloadProgress, type DownloadResult, downloadArtifact } from "./download.js";
export { DownloadError, WaitFailedError, WaitTimeoutError } from "./errors.js";
export { type WaitOptions, type WithStatus, pollUntilDone } from "./wait.js";
