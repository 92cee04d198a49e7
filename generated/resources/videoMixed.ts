// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { APIPromise, PageIterator, RequestCore, RequestOptions } from "../../src/core/index.js";
import { video_mixed_destroy, video_mixed_list, video_mixed_partial_update, video_mixed_retrieve } from "../operations.js";
import type { ArtifactUpdate, VideoMixedArtifact, VideoMixedListQuery } from "../types.js";
import {
  type DownloadDestination,
  type DownloadOptions,
  type DownloadResult,
  type WaitOptions,
  downloadArtifact,
  pollUntilDone,
} from "../../src/long-running/index.js";

/** The `videoMixed` resource: one method per operation of the spec. */
export class VideoMixedResource {
  constructor(private readonly core: RequestCore) {
  }

  /**
   * Delete Video Mixed
   *
   * Deletes the mixed video artifact and its file. Deletion is permanent.
   *
   * `DELETE /api/v1/video_mixed/{id}/` (operationId `video_mixed_destroy`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/video_mixed_destroy
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request(video_mixed_destroy, { path: { id } }, options);
  }

  /**
   * List Video Mixed
   *
   * Returns mixed video artifacts one cursor page at a time. Follow
   * `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
   * no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
   *
   * `GET /api/v1/video_mixed/` (operationId `video_mixed_list`).
   * Rate limit: 60 requests per minute per workspace; the client waits its turn instead of failing.
   * Iterates every item of every page lazily, following the `next` cursor.
   *
   * @see https://docs.recall.ai/reference/video_mixed_list
   */
  list(query?: VideoMixedListQuery, options?: RequestOptions): PageIterator<VideoMixedArtifact> {
    return this.core.paginate(video_mixed_list, { query }, options);
  }

  /**
   * Retrieve Video Mixed
   *
   * Returns one mixed video artifact. Its download URLs are null until the file exists and expire after 6 hours.
   *
   * `GET /api/v1/video_mixed/{id}/` (operationId `video_mixed_retrieve`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/video_mixed_retrieve
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<VideoMixedArtifact> {
    return this.core.request(video_mixed_retrieve, { path: { id } }, options);
  }

  /**
   * Update Video Mixed
   *
   * Updates the artifact's `metadata`, the only field a client may write. Recall does not document
   * whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
   * Send an `Idempotency-Key` to make retries safe.
   *
   * `PATCH /api/v1/video_mixed/{id}/` (operationId `video_mixed_partial_update`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   * Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.
   *
   * @see https://docs.recall.ai/reference/video_mixed_partial_update
   */
  update(id: string, body: ArtifactUpdate, options?: RequestOptions): APIPromise<VideoMixedArtifact> {
    return this.core.request(video_mixed_partial_update, { path: { id }, body }, options);
  }

  /**
   * Downloads the object's file (`data.download_url`) to a file path or a WritableStream.
   *
   * Resumes with a Range request after a dropped connection, retrieves the object again for a fresh URL when the
   * signed one has expired (403), checks the length, and writes a path under a temporary name renamed at the end.
   * The API key is never sent to the file host. Throws DownloadError when the object has no URL yet (wait with
   * waitUntilDone first) or the host keeps failing.
   */
  download(id: string, destination: DownloadDestination, options?: DownloadOptions<"download_url">): Promise<DownloadResult> {
    return downloadArtifact(id, (request) => this.retrieve(id, request), "download_url", destination, options);
  }

  /**
   * Waits until the object's `status.code` is `done`, retrieving it with `retrieve` (rate limited like any call)
   * at a growing interval.
   *
   * Resolves with the object; throws WaitFailedError (carrying the object) when it is `failed` or `deleted`,
   * WaitTimeoutError after `options.timeout` (default an hour), APIUserAbortError when `options.signal` aborts.
   */
  waitUntilDone(id: string, options?: WaitOptions): Promise<VideoMixedArtifact> {
    return pollUntilDone(id, (request) => this.retrieve(id, request), options);
  }
}
