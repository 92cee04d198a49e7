// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { APIPromise, PageIterator, RequestCore, RequestOptions } from "../../src/core/index.js";
import { meeting_metadata_destroy, meeting_metadata_list, meeting_metadata_partial_update, meeting_metadata_retrieve } from "../operations.js";
import type { ArtifactUpdate, MeetingMetadataArtifact, MeetingMetadataListQuery } from "../types.js";
import { type WaitOptions, pollUntilDone } from "../../src/long-running/index.js";

/** The `meetingMetadata` resource: one method per operation of the spec. */
export class MeetingMetadataResource {
  constructor(private readonly core: RequestCore) {
  }

  /**
   * Delete Meeting Metadata
   *
   * Deletes the meeting metadata artifact. Deletion is permanent.
   *
   * `DELETE /api/v1/meeting_metadata/{id}/` (operationId `meeting_metadata_destroy`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/meeting_metadata_destroy
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request(meeting_metadata_destroy, { path: { id } }, options);
  }

  /**
   * List Meeting Metadata
   *
   * Returns meeting metadata artifacts one cursor page at a time. Follow
   * `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
   * no metadata filter are documented. Source: the 2025-06 reference pages.
   *
   * `GET /api/v1/meeting_metadata/` (operationId `meeting_metadata_list`).
   * Rate limit: 60 requests per minute per workspace; the client waits its turn instead of failing.
   * Iterates every item of every page lazily, following the `next` cursor.
   *
   * @see https://docs.recall.ai/reference/meeting_metadata_list
   */
  list(query?: MeetingMetadataListQuery, options?: RequestOptions): PageIterator<MeetingMetadataArtifact> {
    return this.core.paginate(meeting_metadata_list, { query }, options);
  }

  /**
   * Retrieve Meeting Metadata
   *
   * Returns one meeting metadata artifact. Its `title` and `zoom` may be null.
   *
   * `GET /api/v1/meeting_metadata/{id}/` (operationId `meeting_metadata_retrieve`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/meeting_metadata_retrieve
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<MeetingMetadataArtifact> {
    return this.core.request(meeting_metadata_retrieve, { path: { id } }, options);
  }

  /**
   * Update Meeting Metadata
   *
   * Updates the artifact's `metadata`, the only field a client may write. Recall does not document
   * whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
   * Send an `Idempotency-Key` to make retries safe.
   *
   * `PATCH /api/v1/meeting_metadata/{id}/` (operationId `meeting_metadata_partial_update`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   * Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.
   *
   * @see https://docs.recall.ai/reference/meeting_metadata_partial_update
   */
  update(id: string, body: ArtifactUpdate, options?: RequestOptions): APIPromise<MeetingMetadataArtifact> {
    return this.core.request(meeting_metadata_partial_update, { path: { id }, body }, options);
  }

  /**
   * Waits until the object's `status.code` is `done`, retrieving it with `retrieve` (rate limited like any call)
   * at a growing interval.
   *
   * Resolves with the object; throws WaitFailedError (carrying the object) when it is `failed` or `deleted`,
   * WaitTimeoutError after `options.timeout` (default an hour), APIUserAbortError when `options.signal` aborts.
   */
  waitUntilDone(id: string, options?: WaitOptions): Promise<MeetingMetadataArtifact> {
    return pollUntilDone(id, (request) => this.retrieve(id, request), options);
  }
}
