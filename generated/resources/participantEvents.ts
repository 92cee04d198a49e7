// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { APIPromise, PageIterator, RequestCore, RequestOptions } from "../../src/core/index.js";
import { participant_events_destroy, participant_events_list, participant_events_partial_update, participant_events_retrieve } from "../operations.js";
import type { ArtifactUpdate, ParticipantEventsArtifact, ParticipantEventsListQuery } from "../types.js";
import {
  type DownloadDestination,
  type DownloadFileOptions,
  type DownloadResult,
  type WaitOptions,
  downloadArtifact,
  pollUntilDone,
} from "../../src/long-running/index.js";

/** The `participantEvents` resource: one method per operation of the spec. */
export class ParticipantEventsResource {
  constructor(private readonly core: RequestCore) {
  }

  /**
   * Delete Participant Events
   *
   * Deletes the participant events artifact and its file. Deletion is permanent.
   *
   * `DELETE /api/v1/participant_events/{id}/` (operationId `participant_events_destroy`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/participant_events_destroy
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request(participant_events_destroy, { path: { id } }, options);
  }

  /**
   * List Participant Events
   *
   * Returns participant events artifacts one cursor page at a time. Follow
   * `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
   * no metadata filter are documented. Source: the 2025-06 reference pages.
   *
   * `GET /api/v1/participant_events/` (operationId `participant_events_list`).
   * Rate limit: 60 requests per minute per workspace; the client waits its turn instead of failing.
   * Iterates every item of every page lazily, following the `next` cursor.
   *
   * @see https://docs.recall.ai/reference/participant_events_list
   */
  list(query?: ParticipantEventsListQuery, options?: RequestOptions): PageIterator<ParticipantEventsArtifact> {
    return this.core.paginate(participant_events_list, { query }, options);
  }

  /**
   * Retrieve Participant Events
   *
   * Returns one participant events artifact. Its download URLs are null until the file exists and expire after 6 hours.
   *
   * `GET /api/v1/participant_events/{id}/` (operationId `participant_events_retrieve`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/participant_events_retrieve
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<ParticipantEventsArtifact> {
    return this.core.request(participant_events_retrieve, { path: { id } }, options);
  }

  /**
   * Update Participant Events
   *
   * Updates the artifact's `metadata`, the only field a client may write. Recall does not document
   * whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
   * Send an `Idempotency-Key` to make retries safe.
   *
   * `PATCH /api/v1/participant_events/{id}/` (operationId `participant_events_partial_update`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   * Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.
   *
   * @see https://docs.recall.ai/reference/participant_events_partial_update
   */
  update(id: string, body: ArtifactUpdate, options?: RequestOptions): APIPromise<ParticipantEventsArtifact> {
    return this.core.request(participant_events_partial_update, { path: { id }, body }, options);
  }

  /**
   * Downloads the object's file that `options.file` names (`participant_events_download_url`,
   * `participants_download_url`, `speaker_timeline_download_url`) to a file path or a WritableStream.
   *
   * Resumes with a Range request after a dropped connection, retrieves the object again for a fresh URL when the
   * signed one has expired (403), checks the length, and writes a path under a temporary name renamed at the end.
   * The API key is never sent to the file host. Throws DownloadError when the object has no URL yet (wait with
   * waitUntilDone first) or the host keeps failing.
   */
  download(
    id: string,
    destination: DownloadDestination,
    options: DownloadFileOptions<"participant_events_download_url" | "participants_download_url" | "speaker_timeline_download_url">,
  ): Promise<DownloadResult> {
    return downloadArtifact(id, (request) => this.retrieve(id, request), undefined, destination, options);
  }

  /**
   * Waits until the object's `status.code` is `done`, retrieving it with `retrieve` (rate limited like any call)
   * at a growing interval.
   *
   * Resolves with the object; throws WaitFailedError (carrying the object) when it is `failed` or `deleted`,
   * WaitTimeoutError after `options.timeout` (default an hour), APIUserAbortError when `options.signal` aborts.
   */
  waitUntilDone(id: string, options?: WaitOptions): Promise<ParticipantEventsArtifact> {
    return pollUntilDone(id, (request) => this.retrieve(id, request), options);
  }
}
