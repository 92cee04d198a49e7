// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { APIPromise, PageIterator, RequestCore, RequestOptions } from "../../src/core/index.js";
import { recording_create_transcript_create, recording_destroy, recording_list, recording_partial_update, recording_retrieve } from "../operations.js";
import type { CreateTranscriptRequest, Recording, RecordingUpdate, RecordingsListQuery, TranscriptArtifact } from "../types.js";
import { type WaitOptions, pollUntilDone } from "../../src/long-running/index.js";
import { TranscriptsResource } from "./transcripts.js";

/** The `recordings` resource: one method per operation of the spec. */
export class RecordingsResource {
  constructor(private readonly core: RequestCore) {
  }

  /**
   * Create Async Transcript
   *
   * Transcribes a finished recording with an async provider and answers 200 with the new transcript
   * artifact, still `processing`. A recording holds at most 10 transcripts: delete one to make room.
   * Send an `Idempotency-Key` to make retries safe.
   *
   * `POST /api/v1/recording/{id}/create_transcript/` (operationId `recording_create_transcript_create`).
   * Rate limit: 5 requests per minute per bot (counted per API key: the call does not name the bot); the client waits its turn instead of failing.
   * Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.
   *
   * @see https://docs.recall.ai/reference/recording_create_transcript_create
   */
  createTranscript(id: string, body: CreateTranscriptRequest, options?: RequestOptions): APIPromise<TranscriptArtifact> {
    return this.core.request(recording_create_transcript_create, { path: { id }, body }, options);
  }

  /**
   * Delete Recording
   *
   * Deletes the recording and its media. Deletion is permanent.
   *
   * `DELETE /api/v1/recording/{id}/` (operationId `recording_destroy`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/recording_destroy
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request(recording_destroy, { path: { id } }, options);
  }

  /**
   * List Recordings
   *
   * Returns recordings one cursor page at a time. Follow `next` (a full URL carrying
   * `cursor=`) until it is `null`. No page-size parameter, no total count and no metadata filter are
   * documented (`metadata__KEY` filters are documented for bots only).
   *
   * `GET /api/v1/recording/` (operationId `recording_list`).
   * Rate limit: 60 requests per minute per workspace; the client waits its turn instead of failing.
   * Iterates every item of every page lazily, following the `next` cursor.
   *
   * @see https://docs.recall.ai/reference/recording_list
   */
  list(query?: RecordingsListQuery, options?: RequestOptions): PageIterator<Recording> {
    return this.core.paginate(recording_list, { query }, options);
  }

  /**
   * Retrieve Recording
   *
   * Returns one recording. `media_shortcuts` is populated once the recording completes; each
   * `download_url` is pre-signed and expires after 6 hours (https://docs.recall.ai/docs/storage-and-playback).
   *
   * `GET /api/v1/recording/{id}/` (operationId `recording_retrieve`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   *
   * @see https://docs.recall.ai/reference/recording_retrieve
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Recording> {
    return this.core.request(recording_retrieve, { path: { id } }, options);
  }

  /**
   * Update Recording
   *
   * Updates the recording's `metadata`, the only field a client may write. Recall does not document
   * whether the sent map is merged into or replaces the stored one, whether `null` deletes a key, or
   * any limit on keys or lengths. Send an `Idempotency-Key` to make retries safe.
   *
   * `PATCH /api/v1/recording/{id}/` (operationId `recording_partial_update`).
   * Rate limit: 300 requests per minute per workspace; the client waits its turn instead of failing.
   * Sends an `Idempotency-Key` (yours, or one made per call); every retry reuses it.
   *
   * @see https://docs.recall.ai/reference/recording_partial_update
   */
  update(id: string, body: RecordingUpdate, options?: RequestOptions): APIPromise<Recording> {
    return this.core.request(recording_partial_update, { path: { id }, body }, options);
  }

  /**
   * Calls `createTranscript`, then waits until the object it created is `done` (`transcripts.waitUntilDone`) and
   * resolves with it.
   *
   * Throws what either step throws: WaitFailedError when the object ends `failed` or `deleted`, WaitTimeoutError
   * after `options.timeout`.
   */
  async createTranscriptAndWait(id: string, body: CreateTranscriptRequest, options?: WaitOptions): Promise<TranscriptArtifact> {
    const created = await this.createTranscript(id, body, { signal: options?.signal });
    return new TranscriptsResource(this.core).waitUntilDone(created.id, options);
  }

  /**
   * Waits until the object's `status.code` is `done`, retrieving it with `retrieve` (rate limited like any call)
   * at a growing interval.
   *
   * Resolves with the object; throws WaitFailedError (carrying the object) when it is `failed` or `deleted`,
   * WaitTimeoutError after `options.timeout` (default an hour), APIUserAbortError when `options.signal` aborts.
   */
  waitUntilDone(id: string, options?: WaitOptions): Promise<Recording> {
    return pollUntilDone(id, (request) => this.retrieve(id, request), options);
  }
}
