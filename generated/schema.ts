// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
export type $Read<T> = {
    readonly $read: T;
};
export type $Write<T> = {
    readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
    [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
    "/api/v1/audio_mixed/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Audio Mixed
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns mixed audio artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
         */
        get: operations["audio_mixed_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audio_mixed/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Audio Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one mixed audio artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["audio_mixed_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Audio Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the mixed audio artifact and its file. Deletion is permanent.
         */
        delete: operations["audio_mixed_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Audio Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["audio_mixed_partial_update"];
        trace?: never;
    };
    "/api/v1/audio_separate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Audio Separate
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns separate audio artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
         */
        get: operations["audio_separate_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audio_separate/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Audio Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one separate audio artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["audio_separate_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Audio Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the separate audio artifact and its file. Deletion is permanent.
         */
        delete: operations["audio_separate_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Audio Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["audio_separate_partial_update"];
        trace?: never;
    };
    "/api/v1/meeting_metadata/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Meeting Metadata
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns meeting metadata artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: the 2025-06 reference pages.
         */
        get: operations["meeting_metadata_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting_metadata/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Meeting Metadata
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one meeting metadata artifact. Its `title` and `zoom` may be null.
         */
        get: operations["meeting_metadata_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Meeting Metadata
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the meeting metadata artifact. Deletion is permanent.
         */
        delete: operations["meeting_metadata_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Meeting Metadata
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["meeting_metadata_partial_update"];
        trace?: never;
    };
    "/api/v1/participant_events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Participant Events
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns participant events artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: the 2025-06 reference pages.
         */
        get: operations["participant_events_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participant_events/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Participant Events
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one participant events artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["participant_events_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Participant Events
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the participant events artifact and its file. Deletion is permanent.
         */
        delete: operations["participant_events_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Participant Events
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["participant_events_partial_update"];
        trace?: never;
    };
    "/api/v1/recording/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Recordings
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns recordings one cursor page at a time. Follow `next` (a full URL carrying
         *     `cursor=`) until it is `null`. No page-size parameter, no total count and no metadata filter are
         *     documented (`metadata__KEY` filters are documented for bots only).
         */
        get: operations["recording_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recording/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Recording
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one recording. `media_shortcuts` is populated once the recording completes; each
         *     `download_url` is pre-signed and expires after 6 hours (https://docs.recall.ai/docs/storage-and-playback).
         */
        get: operations["recording_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Recording
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the recording and its media. Deletion is permanent.
         */
        delete: operations["recording_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Recording
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the recording's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, whether `null` deletes a key, or
         *     any limit on keys or lengths. Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["recording_partial_update"];
        trace?: never;
    };
    "/api/v1/recording/{id}/create_transcript/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Async Transcript
         * @description This endpoint is rate limited to: 5 requests per min per bot.
         *
         *     Transcribes a finished recording with an async provider and answers 200 with the new transcript
         *     artifact, still `processing`. A recording holds at most 10 transcripts: delete one to make room.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        post: operations["recording_create_transcript_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcript/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Transcripts
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns transcript artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
         */
        get: operations["transcript_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transcript/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Transcript
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one transcript artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["transcript_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Transcript
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the transcript artifact and its file. Deletion is permanent.
         */
        delete: operations["transcript_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Transcript
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["transcript_partial_update"];
        trace?: never;
    };
    "/api/v1/video_mixed/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Video Mixed
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns mixed video artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
         */
        get: operations["video_mixed_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/video_mixed/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Video Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one mixed video artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["video_mixed_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Video Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the mixed video artifact and its file. Deletion is permanent.
         */
        delete: operations["video_mixed_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Video Mixed
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["video_mixed_partial_update"];
        trace?: never;
    };
    "/api/v1/video_separate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Video Separate
         * @description This endpoint is rate limited to: 60 requests per min per workspace.
         *
         *     Returns separate video artifacts one cursor page at a time. Follow
         *     `next` (a full URL carrying `cursor=`) until it is `null`. No page-size parameter, no total count and
         *     no metadata filter are documented. Source: Recall's definition (recall-sdk schemas/openapi.json, 2025-11).
         */
        get: operations["video_separate_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/video_separate/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        /**
         * Retrieve Video Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Returns one separate video artifact. Its download URLs are null until the file exists and expire after 6 hours.
         */
        get: operations["video_separate_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete Video Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Deletes the separate video artifact and its file. Deletion is permanent.
         */
        delete: operations["video_separate_destroy"];
        options?: never;
        head?: never;
        /**
         * Update Video Separate
         * @description This endpoint is rate limited to: 300 requests per min per workspace.
         *
         *     Updates the artifact's `metadata`, the only field a client may write. Recall does not document
         *     whether the sent map is merged into or replaces the stored one, nor whether `null` deletes a key.
         *     Send an `Idempotency-Key` to make retries safe.
         */
        patch: operations["video_separate_partial_update"];
        trace?: never;
    };
}
export interface webhooks {
    "audio_mixed.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_mixed.deleted
         * @description The audio mixed object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_mixed_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_mixed.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_mixed.done
         * @description The audio mixed object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_mixed_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_mixed.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_mixed.failed
         * @description The audio mixed object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_mixed_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_mixed.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_mixed.processing
         * @description The audio mixed object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_mixed_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_separate.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_separate.deleted
         * @description The audio separate object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_separate_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_separate.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_separate.done
         * @description The audio separate object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_separate_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_separate.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_separate.failed
         * @description The audio separate object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_separate_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "audio_separate.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * audio_separate.processing
         * @description The audio separate object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_audio_separate_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "meeting_metadata.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * meeting_metadata.deleted
         * @description The meeting metadata object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_meeting_metadata_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "meeting_metadata.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * meeting_metadata.done
         * @description The meeting metadata object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_meeting_metadata_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "meeting_metadata.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * meeting_metadata.failed
         * @description The meeting metadata object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_meeting_metadata_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "meeting_metadata.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * meeting_metadata.processing
         * @description The meeting metadata object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_meeting_metadata_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant_events.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant_events.deleted
         * @description The participant events object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_participant_events_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant_events.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant_events.done
         * @description The participant events object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_participant_events_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant_events.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant_events.failed
         * @description The participant events object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_participant_events_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "participant_events.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * participant_events.processing
         * @description The participant events object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_participant_events_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.deleted
         * @description The recording has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_recording_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.done
         * @description The recording has been completed successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_recording_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.failed
         * @description The recording has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_recording_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.paused
         * @description The recording has been paused.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_recording_paused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "recording.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * recording.processing
         * @description The recording is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_recording_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcript.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcript.deleted
         * @description The transcript object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_transcript_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcript.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcript.done
         * @description The transcript object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_transcript_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcript.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcript.failed
         * @description The transcript object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_transcript_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transcript.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * transcript.processing
         * @description The transcript object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_transcript_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_mixed.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_mixed.deleted
         * @description The video mixed object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_mixed_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_mixed.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_mixed.done
         * @description The video mixed object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_mixed_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_mixed.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_mixed.failed
         * @description The video mixed object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_mixed_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_mixed.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_mixed.processing
         * @description The video mixed object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_mixed_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_separate.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_separate.deleted
         * @description The video separate object has been deleted.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_separate_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_separate.done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_separate.done
         * @description The video separate object has been generated successfully.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_separate_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_separate.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_separate.failed
         * @description The video separate object generation has failed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_separate_failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "video_separate.processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * video_separate.processing
         * @description The video separate object is being processed.
         *
         *     Sent by Svix (Standard Webhooks) to the endpoints configured in the Recall dashboard. Any 2xx
         *     acknowledges it; otherwise Recall retries for about a day. A handler has 15 s.
         */
        post: operations["webhook_video_separate_processing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description An artifact status code accepted by the list filters (`deleted` is not accepted).
         * @enum {string}
         */
        ArtifactListStatusCode: "processing" | "done" | "failed";
        /**
         * @description The fields a client may write on an artifact: its `metadata` (Recall's `Patched*Artifact` schemas mark
         *     every other field read-only). Recall does not document whether `metadata` is merged into or replaces
         *     the stored map, nor whether `null` deletes a key.
         */
        ArtifactUpdate: {
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Options of the `assembly_ai_async_chunked` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://www.assemblyai.com/docs/api-reference/transcripts/submit
         */
        AssemblyAiAsyncChunkedConfig: {
            /** @description The point in time, in milliseconds, to stop transcribing in your media file */
            audio_end_at?: number;
            /** @description The point in time, in milliseconds, to begin transcribing in your media file */
            audio_start_from?: number;
            /** @description Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false */
            auto_chapters?: boolean;
            /** @description Enable Key Phrases, either true or false */
            auto_highlights?: boolean;
            /** @description How much to boost specified words */
            boost_param?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            chunk_maximum?: number;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            chunk_minimum?: number;
            /** @description Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false */
            content_safety?: boolean;
            /** @description The confidence threshold for the Content Moderation model. Values must be between 25 and 100. */
            content_safety_confidence?: number;
            /** @description Customize how words are spelled and formatted using to and from values */
            custom_spelling?: {
                /** @description Words or phrases to replace */
                from?: string[];
                /** @description Word to replace with */
                to?: string;
            }[];
            /**
             * @deprecated
             * @description Enable custom topics, either true or false
             */
            custom_topics?: boolean;
            /** @description Transcribe Filler Words, like "umm", in your media file; can be true or false */
            disfluencies?: boolean;
            /**
             * @deprecated
             * @description Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription) transcription, can be true or false.
             */
            dual_channel?: boolean;
            /** @description Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false */
            entity_detection?: boolean;
            /** @description Filter profanity from the transcribed text, can be true or false */
            filter_profanity?: boolean;
            /** @description Enable Text Formatting, can be true or false */
            format_text?: boolean;
            /** @description Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false */
            iab_categories?: boolean;
            /**
             * @description <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
             *     Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
             */
            keyterms_prompt?: string[];
            /**
             * @description The language of your audio file. Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
             *     The default value is 'en_us'.
             */
            language_code?: (string) | (string | null);
            /**
             * Format: float
             * @description The confidence threshold for the automatically detected language.
             *     An error will be returned if the language confidence is below this threshold.
             *     Defaults to 0.
             */
            language_confidence_threshold?: number;
            /** @description Enable [Automatic language detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either true or false. */
            language_detection?: boolean;
            /** @description Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription) transcription, can be true or false. */
            multichannel?: boolean;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            prompt?: string;
            /** @description Enable Automatic Punctuation, can be true or false */
            punctuate?: boolean;
            /** @description Redact PII from the transcribed text using the Redact PII model, can be true or false */
            redact_pii?: boolean;
            /** @description Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_audio?: boolean;
            /** @description Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_audio_quality?: string;
            /** @description The list of PII Redaction policies to enable. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_policies?: string[];
            /** @description The replacement logic for detected PII, can be "entity_type" or "hash". See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_sub?: string | (string | null);
            /** @description Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false */
            sentiment_analysis?: boolean;
            /** @description Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false */
            speaker_labels?: boolean;
            /** @description Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details. */
            speakers_expected?: number | null;
            /** @description The speech model to use for the transcription. When `null`, the "best" model is used. */
            speech_model?: string | (string | null);
            /**
             * Format: float
             * @description Reject audio files that contain less than this fraction of speech.
             *     Valid values are in the range [0, 1] inclusive.
             */
            speech_threshold?: number | null;
            /** @description Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false */
            summarization?: boolean;
            /** @description The model to summarize the transcript */
            summary_model?: string;
            /** @description The type of summary */
            summary_type?: string;
            /** @description The list of custom topics */
            topics?: string[];
            /**
             * @deprecated
             * @description The list of custom vocabulary to boost transcription probability for
             */
            word_boost?: string[];
        };
        /**
         * @description Options of the `assembly_ai_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     The parameters for creating a transcript
         */
        AssemblyAiAsyncConfig: {
            /** @description The point in time, in milliseconds, to stop transcribing in your media file */
            audio_end_at?: number;
            /** @description The point in time, in milliseconds, to begin transcribing in your media file */
            audio_start_from?: number;
            /** @description Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false */
            auto_chapters?: boolean;
            /** @description Enable Key Phrases, either true or false */
            auto_highlights?: boolean;
            /** @description How much to boost specified words */
            boost_param?: string;
            /** @description Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false */
            content_safety?: boolean;
            /** @description The confidence threshold for the Content Moderation model. Values must be between 25 and 100. */
            content_safety_confidence?: number;
            /** @description Customize how words are spelled and formatted using to and from values */
            custom_spelling?: {
                /** @description Words or phrases to replace */
                from?: string[];
                /** @description Word to replace with */
                to?: string;
            }[];
            /**
             * @deprecated
             * @description Enable custom topics, either true or false
             */
            custom_topics?: boolean;
            /** @description Transcribe Filler Words, like "umm", in your media file; can be true or false */
            disfluencies?: boolean;
            /**
             * @deprecated
             * @description Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription) transcription, can be true or false.
             */
            dual_channel?: boolean;
            /** @description Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false */
            entity_detection?: boolean;
            /** @description Filter profanity from the transcribed text, can be true or false */
            filter_profanity?: boolean;
            /** @description Enable Text Formatting, can be true or false */
            format_text?: boolean;
            /** @description Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false */
            iab_categories?: boolean;
            /**
             * @description <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
             *     Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
             */
            keyterms_prompt?: string[];
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            language?: string;
            /**
             * @description The language of your audio file. Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
             *     The default value is 'en_us'.
             */
            language_code?: (string) | (string | null);
            /**
             * Format: float
             * @description The confidence threshold for the automatically detected language.
             *     An error will be returned if the language confidence is below this threshold.
             *     Defaults to 0.
             */
            language_confidence_threshold?: number;
            /** @description Enable [Automatic language detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either true or false. */
            language_detection?: boolean;
            /** @description Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription) transcription, can be true or false. */
            multichannel?: boolean;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            prompt?: string;
            /** @description Enable Automatic Punctuation, can be true or false */
            punctuate?: boolean;
            /** @description Redact PII from the transcribed text using the Redact PII model, can be true or false */
            redact_pii?: boolean;
            /** @description Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_audio?: boolean;
            /** @description Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_audio_quality?: string;
            /** @description The list of PII Redaction policies to enable. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_policies?: string[];
            /** @description The replacement logic for detected PII, can be "entity_type" or "hash". See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_sub?: string | (string | null);
            /** @description Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false */
            sentiment_analysis?: boolean;
            /** @description Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false */
            speaker_labels?: boolean;
            /** @description Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details. */
            speakers_expected?: number | null;
            /** @description The speech model to use for the transcription. When `null`, the "best" model is used. */
            speech_model?: string | (string | null);
            /**
             * Format: float
             * @description Reject audio files that contain less than this fraction of speech.
             *     Valid values are in the range [0, 1] inclusive.
             */
            speech_threshold?: number | null;
            /** @description Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false */
            summarization?: boolean;
            /** @description The model to summarize the transcript */
            summary_model?: string;
            /** @description The type of summary */
            summary_type?: string;
            /** @description The list of custom topics */
            topics?: string[];
            /** @description The header name to be sent with the transcript completed or failed webhook requests */
            webhook_auth_header_name?: string | null;
            /** @description The header value to send back with the transcript completed or failed webhook requests for added security */
            webhook_auth_header_value?: string | null;
            /**
             * @description The URL to which we send webhook requests.
             *     We sends two different types of webhook requests.
             *     One request when a transcript is completed or failed, and one request when the redacted audio is ready if redact_pii_audio is enabled.
             */
            webhook_url?: string;
            /**
             * @deprecated
             * @description The list of custom vocabulary to boost transcription probability for
             */
            word_boost?: string[];
        };
        /**
         * @description Options of the `assembly_ai_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `AssemblyAiAsyncConfig`.
         *
         *     The parameters for creating a transcript
         */
        AssemblyAiAsyncOptions: {
            /** @description The point in time, in milliseconds, to stop transcribing in your media file */
            audio_end_at?: number;
            /** @description The point in time, in milliseconds, to begin transcribing in your media file */
            audio_start_from?: number;
            /**
             * @description Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false
             * @default false
             */
            auto_chapters?: boolean;
            /**
             * @description Enable Key Phrases, either true or false
             * @default false
             */
            auto_highlights?: boolean;
            /**
             * @description How much to boost specified words
             * @enum {string}
             */
            boost_param?: "low" | "default" | "high";
            /**
             * @description Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false
             * @default false
             */
            content_safety?: boolean;
            /**
             * @description The confidence threshold for the Content Moderation model. Values must be between 25 and 100.
             * @default 50
             */
            content_safety_confidence?: number;
            /** @description Customize how words are spelled and formatted using to and from values */
            custom_spelling?: {
                /** @description Words or phrases to replace */
                from: string[];
                /** @description Word to replace with */
                to: string;
            }[];
            /**
             * @deprecated
             * @description Enable custom topics, either true or false
             * @default false
             */
            custom_topics?: boolean;
            /**
             * @description Transcribe Filler Words, like "umm", in your media file; can be true or false
             * @default false
             */
            disfluencies?: boolean;
            /**
             * @deprecated
             * @description Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription) transcription, can be true or false.
             * @default false
             */
            dual_channel?: boolean;
            /**
             * @description Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false
             * @default false
             */
            entity_detection?: boolean;
            /**
             * @description Filter profanity from the transcribed text, can be true or false
             * @default false
             */
            filter_profanity?: boolean;
            /**
             * @description Enable Text Formatting, can be true or false
             * @default true
             */
            format_text?: boolean;
            /**
             * @description Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false
             * @default false
             */
            iab_categories?: boolean;
            /**
             * @description <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
             *     Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
             */
            keyterms_prompt?: string[];
            /**
             * @description The language of your audio file. Possible values are found in [Supported Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
             *     The default value is 'en_us'.
             * @default en_us
             */
            language_code?: (("en" | "en_au" | "en_uk" | "en_us" | "es" | "fr" | "de" | "it" | "pt" | "nl" | "af" | "sq" | "am" | "ar" | "hy" | "as" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "my" | "ca" | "zh" | "hr" | "cs" | "da" | "et" | "fo" | "fi" | "gl" | "ka" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "id" | "ja" | "jw" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mn" | "ne" | "no" | "nn" | "oc" | "pa" | "ps" | "fa" | "pl" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "su" | "sw" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "yi" | "yo") | string) | (string | null);
            /**
             * Format: float
             * @description The confidence threshold for the automatically detected language.
             *     An error will be returned if the language confidence is below this threshold.
             *     Defaults to 0.
             * @default 0
             */
            language_confidence_threshold?: number;
            /**
             * @description Enable [Automatic language detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either true or false.
             * @default false
             */
            language_detection?: boolean;
            /**
             * @description Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription) transcription, can be true or false.
             * @default false
             */
            multichannel?: boolean;
            /**
             * @deprecated
             * @description This parameter does not currently have any functionality attached to it.
             */
            prompt?: string;
            /**
             * @description Enable Automatic Punctuation, can be true or false
             * @default true
             */
            punctuate?: boolean;
            /**
             * @description Redact PII from the transcribed text using the Redact PII model, can be true or false
             * @default false
             */
            redact_pii?: boolean;
            /**
             * @description Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
             * @default false
             */
            redact_pii_audio?: boolean;
            /**
             * @description Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
             * @enum {string}
             */
            redact_pii_audio_quality?: "mp3" | "wav";
            /** @description The list of PII Redaction policies to enable. See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details. */
            redact_pii_policies?: ("account_number" | "banking_information" | "blood_type" | "credit_card_cvv" | "credit_card_expiration" | "credit_card_number" | "date" | "date_interval" | "date_of_birth" | "drivers_license" | "drug" | "duration" | "email_address" | "event" | "filename" | "gender_sexuality" | "healthcare_number" | "injury" | "ip_address" | "language" | "location" | "marital_status" | "medical_condition" | "medical_process" | "money_amount" | "nationality" | "number_sequence" | "occupation" | "organization" | "passport_number" | "password" | "person_age" | "person_name" | "phone_number" | "physical_attribute" | "political_affiliation" | "religion" | "statistics" | "time" | "url" | "us_social_security_number" | "username" | "vehicle_id" | "zodiac_sign")[];
            /**
             * @description The replacement logic for detected PII, can be "entity_type" or "hash". See [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
             * @default hash
             */
            redact_pii_sub?: ("entity_name" | "hash") | (string | null);
            /**
             * @description Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false
             * @default false
             */
            sentiment_analysis?: boolean;
            /**
             * @description Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false
             * @default false
             */
            speaker_labels?: boolean;
            /**
             * @description Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details.
             * @default null
             */
            speakers_expected?: number | null;
            /**
             * @description The speech model to use for the transcription. When `null`, the "best" model is used.
             * @default best
             */
            speech_model?: ("best" | "nano" | "slam-1" | "universal") | (string | null);
            /**
             * Format: float
             * @description Reject audio files that contain less than this fraction of speech.
             *     Valid values are in the range [0, 1] inclusive.
             * @default 0
             */
            speech_threshold?: number | null;
            /**
             * @description Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false
             * @default false
             */
            summarization?: boolean;
            /**
             * @description The model to summarize the transcript
             * @enum {string}
             */
            summary_model?: "informative" | "conversational" | "catchy";
            /**
             * @description The type of summary
             * @enum {string}
             */
            summary_type?: "bullets" | "bullets_verbose" | "gist" | "headline" | "paragraph";
            /** @description The list of custom topics */
            topics?: string[];
            /**
             * @description The header name to be sent with the transcript completed or failed webhook requests
             * @default null
             */
            webhook_auth_header_name?: string | null;
            /**
             * @description The header value to send back with the transcript completed or failed webhook requests for added security
             * @default null
             */
            webhook_auth_header_value?: string | null;
            /**
             * @description The URL to which we send webhook requests.
             *     We sends two different types of webhook requests.
             *     One request when a transcript is completed or failed, and one request when the redacted audio is ready if redact_pii_audio is enabled.
             */
            webhook_url?: string;
            /**
             * @deprecated
             * @description The list of custom vocabulary to boost transcription probability for
             */
            word_boost?: string[];
        };
        /**
         * @deprecated
         * @description Options of the `assembly_ai_streaming` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
         *     2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
         */
        AssemblyAiStreamingConfig: {
            disable_partial_transcripts?: boolean;
            word_boost?: string[];
        };
        /**
         * @description Options of the `assembly_ai_v3_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://www.assemblyai.com/docs/api-reference/streaming-api/streaming-api
         */
        AssemblyAiV3StreamingConfig: {
            /** @description The confidence threshold (0.0 to 1.0) to use when determining if the end of a turn has been reached */
            end_of_turn_confidence_threshold?: unknown;
            /** @description Whether to return formatted final transcripts */
            format_turns?: boolean;
            /** @description The maximum amount of silence in milliseconds allowed in a turn before end of turn is triggered */
            max_turn_silence?: unknown;
            /** @description The minimum amount of silence in milliseconds required to detect end of turn when confident */
            min_end_of_turn_silence_when_confident?: unknown;
        };
        /** @description A mixed audio artifact as its own endpoints return it (Recall's `AudioMixedArtifact`). */
        AudioMixedArtifact: components["schemas"]["AudioMixedShortcut"] & {
            recording: components["schemas"]["RecordingReference"];
        };
        /** @description The mixed audio's file (Recall's `AudioMixedArtifactData`). */
        AudioMixedData: {
            /** @description Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
            download_url: string | null;
        };
        /** @description The `audio_mixed.deleted` webhook: the audio mixed object has been deleted. */
        AudioMixedDeletedEvent: {
            data: components["schemas"]["WebhookAudioMixedData"];
            /** @constant */
            event: "audio_mixed.deleted";
        };
        /** @description The `audio_mixed.done` webhook: the audio mixed object has been generated successfully. */
        AudioMixedDoneEvent: {
            data: components["schemas"]["WebhookAudioMixedData"];
            /** @constant */
            event: "audio_mixed.done";
        };
        /** @description The `audio_mixed.failed` webhook: the audio mixed object generation has failed. */
        AudioMixedFailedEvent: {
            data: components["schemas"]["WebhookAudioMixedData"];
            /** @constant */
            event: "audio_mixed.failed";
        };
        /** @description The `audio_mixed.processing` webhook: the audio mixed object is being processed. */
        AudioMixedProcessingEvent: {
            data: components["schemas"]["WebhookAudioMixedData"];
            /** @constant */
            event: "audio_mixed.processing";
        };
        /**
         * @description The mixed audio of the recording (Recall's `AudioMixedArtifactShortcut`, 2025-11 and newer
         *     definitions; not in the seed).
         */
        AudioMixedShortcut: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["AudioMixedData"];
            /**
             * @description Format of the mixed audio file.
             * @enum {string}
             */
            format: "mp3" | "raw";
        };
        /** @description A separate-stream artifact, one participant's audio (Recall's `AudioSeparateArtifact`). */
        AudioSeparateArtifact: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["AudioSeparateData"];
            /** @enum {string} */
            format: "raw" | "ogg";
            recording: components["schemas"]["RecordingReference"];
        };
        /** @description One participant's audio file (Recall's `AudioSeparateArtifactData`). */
        AudioSeparateData: {
            /** @description Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
            download_url: string | null;
        };
        /** @description The `audio_separate.deleted` webhook: the audio separate object has been deleted. */
        AudioSeparateDeletedEvent: {
            data: components["schemas"]["WebhookAudioSeparateData"];
            /** @constant */
            event: "audio_separate.deleted";
        };
        /** @description The `audio_separate.done` webhook: the audio separate object has been generated successfully. */
        AudioSeparateDoneEvent: {
            data: components["schemas"]["WebhookAudioSeparateData"];
            /** @constant */
            event: "audio_separate.done";
        };
        /** @description The `audio_separate.failed` webhook: the audio separate object generation has failed. */
        AudioSeparateFailedEvent: {
            data: components["schemas"]["WebhookAudioSeparateData"];
            /** @constant */
            event: "audio_separate.failed";
        };
        /** @description The `audio_separate.processing` webhook: the audio separate object is being processed. */
        AudioSeparateProcessingEvent: {
            data: components["schemas"]["WebhookAudioSeparateData"];
            /** @constant */
            event: "audio_separate.processing";
        };
        /**
         * @description Options of the `aws_transcribe_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
         *     provider) details them from the vendor's own API; this spec does not type them yet, so the options
         *     are an open object.
         */
        AwsTranscribeAsyncConfig: {
            [key: string]: unknown;
        };
        /**
         * @description Options of the `aws_transcribe_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     You must specify either:
         *     - `language_code`(e.g `en-US`) OR
         *     - Set `language_identification` to `true` AND specify `language_options`(e.g `en-US,fr-FR,es-US,de-DE,it-IT`).
         *
         *     Docs: https://docs.aws.amazon.com/transcribe/latest/APIReference/API_streaming_StartStreamTranscription.html
         */
        AwsTranscribeStreamingConfig: {
            /** @description Labels all personally identifiable information (PII) identified in your transcript. If you don't include PiiEntityTypes, all PII is identified.  You can’t set ContentIdentificationType and ContentRedactionType. */
            content_identification_type?: string;
            /** @description Content redaction is performed at the segment level. If you don't include PiiEntityTypes, all PII is redacted.  You can’t set ContentRedactionType and ContentIdentificationType. */
            content_redaction_type?: string;
            /** @description Enables partial result stabilization for your transcription. Partial result stabilization can reduce latency in your output, but may impact accuracy. */
            enable_partial_results_stabilization?: boolean;
            /** @description Enables automatic language identification for your transcription. If you include IdentifyLanguage, you can optionally use LanguageOptions to include a list of language codes that you think may be present in your audio stream. Including language options can improve transcription accuracy. You can also use PreferredLanguage to include a preferred language. Doing so can help Amazon Transcribe identify the language faster. You must include either LanguageCode or IdentifyLanguage. Language identification can't be combined with custom language models or redaction. */
            identify_language?: boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            identify_multiple_languages?: boolean;
            /** @description Specify the language code that represents the language spoken. If you're unsure of the language spoken in your audio, consider using IdentifyLanguage to enable automatic language identification. */
            language_code?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            language_identification?: boolean;
            /** @description Specify the name of the custom language model that you want to use when processing your transcription. Note that language model names are case sensitive. The language of the specified language model must match the language code. If the languages don't match, the custom language model isn't applied. There are no errors or warnings associated with a language mismatch. If you use Amazon Transcribe in multiple Regions, the custom language model must be available in Amazon Transcribe in each Region. */
            language_model_name?: string;
            /** @description Specify two or more language codes that represent the languages you think may be present in your media; including more than five is not recommended. If you're unsure what languages are present, do not include this parameter. Including language options can improve the accuracy of language identification. If you include LanguageOptions, you must also include IdentifyLanguage.  You can only include one language dialect per language. For example, you cannot include en-US and en-AU. */
            language_options?: string;
            /** @description Specify the level of stability to use when you enable partial results stabilization (EnablePartialResultsStabilization). Low stability provides the highest accuracy. High stability transcribes faster, but with slightly lower accuracy. */
            partial_results_stability?: string;
            /** @description Specify which types of personally identifiable information (PII) you want to redact in your transcript. You can include as many types as you'd like, or you can select ALL. Values must be comma-separated and can include: ADDRESS, BANK_ACCOUNT_NUMBER, BANK_ROUTING, CREDIT_DEBIT_CVV, CREDIT_DEBIT_EXPIRY CREDIT_DEBIT_NUMBER, EMAIL,NAME, PHONE, PIN, SSN, or ALL. Note that if you include PiiEntityTypes, you must also include ContentIdentificationType or ContentRedactionType. If you include ContentRedactionType or ContentIdentificationType, but do not include PiiEntityTypes, all PII is redacted or identified. */
            pii_entity_types?: string;
            /** @description Specify a preferred language from the subset of languages codes you specified in LanguageOptions. You can only use this parameter if you include IdentifyLanguage and LanguageOptions. */
            preferred_language?: string;
            /** @description The Amazon Web Services Region in which to use Amazon Transcribe. If you don't specify a Region, then the MediaRegion of the meeting is used. However, if Amazon Transcribe is not available in the MediaRegion, then a TranscriptFailed event is sent. Use auto to use Amazon Transcribe in a Region near the meeting’s MediaRegion. For more information, refer to Choosing a transcription Region in the Amazon Chime SDK Developer Guide. */
            region?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            show_speaker_label?: boolean;
            /** @description Specify how you want your vocabulary filter applied to your transcript. To replace words with ***, choose mask. To delete words, choose remove. To flag words without changing them, choose tag. */
            vocabulary_filter_method?: string;
            /** @description Specify the name of the custom vocabulary filter that you want to use when processing your transcription. Note that vocabulary filter names are case sensitive.  If you use Amazon Transcribe in multiple Regions, the vocabulary filter must be available in Amazon Transcribe in each Region. If you include IdentifyLanguage and want to use one or more vocabulary filters with your transcription, use the VocabularyFilterNames parameter instead. */
            vocabulary_filter_name?: string;
            /** @description Specify the names of the custom vocabulary filters that you want to use when processing your transcription. Note that vocabulary filter names are case sensitive. If you use Amazon Transcribe in multiple Regions, the vocabulary filter must be available in Amazon Transcribe in each Region.  If you're not including IdentifyLanguage and want to use a custom vocabulary filter with your transcription, use the VocabularyFilterName parameter instead. */
            vocabulary_filter_names?: string;
            /** @description Specify the name of the custom vocabulary that you want to use when processing your transcription. Note that vocabulary names are case sensitive. If you use Amazon Transcribe multiple Regions, the vocabulary must be available in Amazon Transcribe in each Region. If you include IdentifyLanguage and want to use one or more custom vocabularies with your transcription, use the VocabularyNames parameter instead. */
            vocabulary_name?: string;
            /** @description Specify the names of the custom vocabularies that you want to use when processing your transcription. Note that vocabulary names are case sensitive. If you use Amazon Transcribe in multiple Regions, the vocabulary must be available in Amazon Transcribe in each Region. If you don't include IdentifyLanguage and want to use a custom vocabulary with your transcription, use the VocabularyName parameter instead. */
            vocabulary_names?: string;
        };
        /**
         * @description The provider to transcribe the recording with: send exactly one key (Recall's
         *     `RecordingCreateTranscriptArtifactProvider`, 2025-11, lists these six async providers). Each provider's options
         *     are Recall's request definition of them: the vendor's enums and required keys.
         */
        CreateTranscriptProvider: {
            assembly_ai_async?: components["schemas"]["AssemblyAiAsyncOptions"];
            deepgram_async?: components["schemas"]["DeepgramAsyncOptions"];
            gladia_v2_async?: components["schemas"]["GladiaV2AsyncOptions"];
            recallai_async?: components["schemas"]["RecallaiAsyncOptions"];
            rev_async?: components["schemas"]["RevAsyncOptions"];
            speechmatics_async?: components["schemas"]["SpeechmaticsAsyncOptions"];
        };
        /**
         * @description Asks for an async transcript of a finished recording (Recall's `RecordingCreateTranscriptArtifact`,
         *     2025-11). A recording holds at most 10 transcripts; delete one to make room.
         */
        CreateTranscriptRequest: {
            /** @description How to diarize the transcript. */
            diarization?: {
                /** @default false */
                use_separate_streams_when_available?: boolean;
            };
            metadata?: components["schemas"]["Metadata"];
            provider: components["schemas"]["CreateTranscriptProvider"];
        };
        /** @description Options of the `deepgram_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
        DeepgramAsyncConfig: {
            callback?: string;
            callback_method?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            credential_id?: string;
            custom_intent?: string | string[];
            custom_intent_mode?: string;
            custom_topic?: string | string[];
            custom_topic_mode?: string;
            detect_entities?: boolean;
            detect_language?: boolean | string[];
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            detect_topics?: boolean;
            diarize?: boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            diarize_version?: string;
            dictation?: boolean;
            encoding?: string;
            extra?: string | string[];
            filler_words?: boolean;
            intents?: boolean;
            keyterm?: string[];
            keywords?: string | string[];
            language?: string;
            measurements?: boolean;
            mip_opt_out?: boolean;
            model?: string;
            multichannel?: boolean;
            numerals?: boolean;
            paragraphs?: boolean;
            profanity_filter?: boolean;
            punctuate?: boolean;
            redact?: string | string[];
            replace?: string | string[];
            search?: string | string[];
            sentiment?: boolean;
            smart_format?: boolean;
            /** @description The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
            summarize?: string | boolean;
            /** @description The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
            tag?: string | string[] | boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            tier?: string;
            topics?: boolean;
            utt_split?: number;
            utterances?: boolean;
            version?: string;
        };
        /** @description Options of the `deepgram_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `DeepgramAsyncConfig`. */
        DeepgramAsyncOptions: {
            custom_intent?: string | string[];
            /**
             * @default extended
             * @enum {string}
             */
            custom_intent_mode?: "extended" | "strict";
            custom_topic?: string | string[];
            /**
             * @default extended
             * @enum {string}
             */
            custom_topic_mode?: "extended" | "strict";
            /** @default false */
            detect_entities?: boolean;
            detect_language?: boolean | string[];
            /** @default false */
            diarize?: boolean;
            /** @default false */
            dictation?: boolean;
            /** @enum {string} */
            encoding?: "linear16" | "flac" | "mulaw" | "amr-nb" | "amr-wb" | "opus" | "speex" | "g729";
            extra?: string | string[];
            /** @default false */
            filler_words?: boolean;
            /** @default false */
            intents?: boolean;
            keyterm?: string[];
            keywords?: string | string[];
            /**
             * @default en
             * @enum {string}
             */
            language?: "bg" | "ca" | "zh" | "zh-CN" | "zh-TW" | "zh-HK" | "zh-Hans" | "zh-Hant" | "cs" | "da" | "da-DK" | "nl" | "nl-BE" | "en" | "en-US" | "en-AU" | "en-GB" | "en-NZ" | "en-IN" | "et" | "fi" | "fr" | "fr-CA" | "de" | "de-CH" | "el" | "hi" | "hi-Latn" | "hu" | "id" | "it" | "ja" | "ko" | "ko-KR" | "lv" | "lt" | "ms" | "multi" | "no" | "pl" | "pt" | "pt-BR" | "pt-PT" | "ro" | "ru" | "sk" | "es" | "es-419" | "es-LATAM" | "sv" | "sv-SE" | "taq" | "th" | "th-TH" | "tr" | "uk" | "vi";
            /** @default false */
            measurements?: boolean;
            /** @default false */
            mip_opt_out?: boolean;
            /** @default base-general */
            model?: ("nova-3" | "nova-3-general" | "nova-3-medical" | "nova-2" | "nova-2-general" | "nova-2-meeting" | "nova-2-finance" | "nova-2-conversationalai" | "nova-2-voicemail" | "nova-2-video" | "nova-2-medical" | "nova-2-drivethru" | "nova-2-automotive" | "nova" | "nova-general" | "nova-phonecall" | "nova-medical" | "enhanced" | "enhanced-general" | "enhanced-meeting" | "enhanced-phonecall" | "enhanced-finance" | "base" | "meeting" | "phonecall" | "finance" | "conversationalai" | "voicemail" | "video") | string;
            /** @default false */
            multichannel?: boolean;
            /** @default false */
            numerals?: boolean;
            /** @default false */
            paragraphs?: boolean;
            /** @default false */
            profanity_filter?: boolean;
            /** @default false */
            punctuate?: boolean;
            /** @default false */
            redact?: string | ("pci" | "pii" | "numbers")[];
            replace?: string | string[];
            search?: string | string[];
            /** @default false */
            sentiment?: boolean;
            /** @default false */
            smart_format?: boolean;
            /** @enum {string} */
            summarize?: "v1" | "v2" | "true" | "false";
            tag?: string | string[];
            /** @default false */
            topics?: boolean;
            /** @default 0.8 */
            utt_split?: number;
            /** @default false */
            utterances?: boolean;
            /** @default latest */
            version?: "latest" | string;
        };
        /**
         * @description Options of the `deepgram_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://developers.deepgram.com/reference/streaming
         */
        DeepgramStreamingConfig: {
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            alternatives?: number;
            /**
             * @description Defaults to `false`. Recognize speaker changes. Each word in the transcript will be assigned a speaker number starting at 0
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            diarize?: string | boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            diarize_version?: string;
            /** @description Identify and extract key entities from content in submitted audio */
            dictation?: string;
            /**
             * @description Indicates how long Deepgram will wait to detect whether a speaker has finished speaking or pauses for a significant period of time. When set to a value, the streaming endpoint immediately finalizes the transcription for the processed time range and returns the transcript with a speech_final parameter set to true. Can also be set to false to disable endpointing
             *
             *     Recall's 2025-11 definition gives no type: the seed's sample shows a number, the description `false` and the definition's default the string "10", so each is accepted.
             */
            endpointing?: number | boolean | string;
            /** @description Arbitrary key-value pairs that are attached to the API response for usage in downstream processing */
            extra?: unknown;
            /**
             * @description Filler Words can help transcribe interruptions in your audio, like "uh" and "um"
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            filler_words?: string | boolean;
            /**
             * @description Specifies whether the streaming endpoint should provide ongoing transcription updates as more audio is received. When set to true, the endpoint sends continuous updates, meaning transcription results may evolve over time
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            interim_results?: string | boolean;
            /**
             * @description Key term prompting can boost or suppress specialized terminology and brands. Only compatible with Nova-3
             *
             *     Recall's 2025-11 definition gives no type; the seed's sample and the `deepgram_async` definition show a list of strings.
             */
            keyterm?: string[];
            /**
             * @description Keywords can boost or suppress specialized terminology and brands
             *
             *     Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async` definition a string or a list of strings.
             */
            keywords?: string | string[];
            /** @description The [BCP-47 language tag](https://tools.ietf.org/html/bcp47) that hints at the primary spoken language. Depending on the Model you choose only certain languages are available */
            language?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            log_data?: boolean;
            /**
             * @description Opts out requests from the Deepgram Model Improvement Program. Refer to our Docs for pricing impacts before setting this to true. https://dpgr.am/deepgram-mip
             *
             *     Recall's 2025-11 definition gives no type: the seed's sample and the `deepgram_async` definition show a boolean, the definition's default the string "false", so both are accepted.
             */
            mip_opt_out?: boolean | string;
            /** @description AI model to use for the transcription */
            model?: string;
            /** @description Transcribe each audio channel independently */
            multichannel?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            ner?: boolean;
            /**
             * @description Convert numbers from written format to numerical format
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            numerals?: string | boolean;
            /**
             * @description Profanity Filter looks for recognized profanity and converts it to the nearest recognized non-profane word or removes it from the transcript completely
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            profanity_filter?: string | boolean;
            /**
             * @description Add punctuation and capitalization to the transcript
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            punctuate?: string | boolean;
            /**
             * @description Redaction removes sensitive information from your transcripts
             *
             *     The seed's sample shows an array here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            redact?: string | string[];
            /**
             * @description Search for terms or phrases in submitted audio and replaces them
             *
             *     Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async` definition a string or a list of strings.
             */
            replace?: string | string[];
            /**
             * @description Search for terms or phrases in submitted audio
             *
             *     Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async` definition a string or a list of strings.
             */
            search?: string | string[];
            /**
             * @description Apply formatting to transcript output. When set to true, additional formatting will be applied to transcripts to improve readability
             *
             *     The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            smart_format?: string | boolean;
            /** @description Label your requests for the purpose of identification during usage reporting */
            tag?: unknown;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            tier?: string;
            /** @description Indicates how long Deepgram will wait to send an UtteranceEnd message after a word has been transcribed. Use with interim_results */
            utterance_end_ms?: unknown;
            /** @description Indicates that speech has started. You'll begin receiving Speech Started messages upon speech starting */
            vad_events?: string;
            /**
             * @description Version of an AI model to use
             *
             *     Recall's 2025-11 definition gives no type; the seed's sample and the `deepgram_async` definition show a string.
             */
            version?: string;
        };
        /**
         * @description Options of the `elevenlabs_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
         *     provider) details them from the vendor's own API; this spec does not type them yet, so the options
         *     are an open object.
         */
        ElevenlabsAsyncConfig: {
            [key: string]: unknown;
        };
        /**
         * @description Options of the `elevenlabs_streaming` transcription provider, as Recall's newer "List Recordings"
         *     definition gives them (https://elevenlabs.io/docs/api-reference/speech-to-text). Unknown properties
         *     are tolerated.
         */
        ElevenlabsStreamingConfig: {
            /** @description ISO 639-1 two-letter language code. When not specified, the model auto-detects the language. */
            language_code?: string;
            /** @description The model to use for transcription (default `eleven_whisper_v2_realtime`). */
            model_id?: string;
            /** @description Text from a previous transcription session to provide context for the model. */
            previous_text?: string;
        };
        /** @description An error body. Other keys may appear alongside `detail`. */
        ErrorDetail: {
            /** @description A machine-readable error code, when Recall sends one. */
            code?: string;
            /** @description A human-readable explanation. */
            detail: string;
        };
        /**
         * @deprecated
         * @description Options of the `gladia_v1_async` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
         *     2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
         */
        GladiaV1AsyncConfig: {
            diarization_max_speakers?: number;
            diarization_min_speakers?: number;
            diarization_num_speakers?: number;
            language?: string;
            language_behaviour?: string;
            target_translation_language?: string;
            toggle_diarization?: string;
            toggle_direct_translate?: boolean;
            toggle_noise_reduction?: boolean;
            transcription_hint?: string;
        };
        /**
         * @deprecated
         * @description Options of the `gladia_v1_streaming` provider as the seed (the Update Recording page, 2025-06) shows them. Recall's
         *     2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
         */
        GladiaV1StreamingConfig: {
            audio_enhancer?: boolean;
            endpointing?: number;
            language?: string;
            language_behaviour?: string;
            model_type?: string;
            transcription_hint?: string;
        };
        /** @description Options of the `gladia_v2_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
        GladiaV2AsyncConfig: {
            /** @description **[Alpha]** Enable audio to llm processing for this audio */
            audio_to_llm?: boolean;
            /** @description **[Alpha]** Audio to llm configuration, if `audio_to_llm` is enabled */
            audio_to_llm_config?: {
                /** @description The list of prompts applied on the audio transcription */
                prompts?: (string[] | string)[];
            };
            /** @description Enable callback for this transcription. If true, the `callback_config` property will be used to customize the callback behaviour */
            callback?: boolean;
            /** @description Customize the callback behaviour (url and http method) */
            callback_config?: {
                /** @description The HTTP method to be used. Allowed values are `POST` or `PUT` (default: `POST`) */
                method?: string;
                /**
                 * Format: uri
                 * @description The URL to be called with the result of the transcription
                 */
                url?: string;
            };
            /**
             * Format: uri
             * @deprecated
             * @description **[Deprecated]** Use `callback`/`callback_config` instead. Callback URL we will do a `POST` request to with the result of the transcription
             */
            callback_url?: string;
            /** @description **[Alpha]** Enable chapterization for this audio */
            chapterization?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Specify the configuration for code switching
             */
            code_switching_config?: {
                /** @description Specify the languages you want to use when detecting multiple languages */
                languages?: string[];
            };
            /**
             * @deprecated
             * @description **[Deprecated]** Context to feed the transcription model with for possible better accuracy
             */
            context_prompt?: string;
            /** @description Custom metadata you can attach to this transcription */
            custom_metadata?: Record<string, unknown>;
            /** @description **[Alpha]** Enable custom spelling for this audio */
            custom_spelling?: boolean;
            /** @description **[Alpha]** Custom spelling configuration, if `custom_spelling` is enabled */
            custom_spelling_config?: {
                /** @description The list of spelling applied on the audio transcription */
                spelling_dictionary?: Record<string, unknown>;
            };
            /**
             * @description **[Beta]** Can be either boolean to enable custom_vocabulary for this audio or an array with specific vocabulary list to feed the transcription model with
             *
             *     The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            custom_vocabulary?: boolean | string;
            /** @description **[Beta]** Custom vocabulary configuration, if `custom_vocabulary` is enabled */
            custom_vocabulary_config?: {
                /** @description Default intensity for the custom vocabulary */
                default_intensity?: number;
                /** @description Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the following properties: value, intensity, pronunciations, language. */
                vocabulary?: ({
                    /** @description The global intensity of the feature. */
                    intensity?: number;
                    /** @description Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription language. */
                    language?: string;
                    /** @description The pronunciations used in the transcription. */
                    pronunciations?: string[];
                    /** @description The text used to replace in the transcription. */
                    value?: string;
                } | string)[];
            };
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Detect the language from the given audio
             */
            detect_language?: boolean;
            /** @description Enable speaker recognition (diarization) for this audio */
            diarization?: boolean;
            /** @description Speaker recognition configuration, if `diarization` is enabled */
            diarization_config?: {
                /** @description **[Alpha]** Use enhanced diarization for this audio */
                enhanced?: boolean;
                /** @description Maximum number of speakers in the audio */
                max_speakers?: number;
                /** @description Minimum number of speakers in the audio */
                min_speakers?: number;
                /** @description Exact number of speakers in the audio */
                number_of_speakers?: number;
            };
            /** @description **[Alpha]** Allows to change the output display_mode for this audio. The output will be reordered, creating new utterances when speakers overlapped */
            display_mode?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead.Detect multiple languages in the given audio
             */
            enable_code_switching?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Set the spoken language for the given audio (ISO 639 standard)
             */
            language?: string;
            /** @description Specify the language configuration */
            language_config?: {
                /** @description If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first utterance and then used for the rest of the transcription. If one language is set, this option will be ignored. */
                code_switching?: boolean;
                /** @description If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by the model. */
                languages?: string[];
            };
            /** @description **[Alpha]** Enable moderation for this audio */
            moderation?: boolean;
            /** @description **[Alpha]** Enable names consistency for this audio */
            name_consistency?: boolean;
            /** @description **[Alpha]** Enable named entity recognition for this audio */
            named_entity_recognition?: boolean;
            /** @description **[Alpha]** Use enhanced punctuation for this audio */
            punctuation_enhanced?: boolean;
            /** @description Enable sentences for this audio */
            sentences?: boolean;
            /** @description **[Alpha]** Enable sentiment analysis for this audio */
            sentiment_analysis?: boolean;
            /** @description **[Alpha]** Enable structured data extraction for this audio */
            structured_data_extraction?: boolean;
            /** @description **[Alpha]** Structured data extraction configuration, if `structured_data_extraction` is enabled */
            structured_data_extraction_config?: {
                /** @description The list of classes to extract from the audio transcription */
                classes?: string[][];
            };
            /** @description Enable subtitles generation for this transcription */
            subtitles?: boolean;
            /** @description Configuration for subtitles generation if `subtitles` is enabled */
            subtitles_config?: {
                formats?: string[];
                /** @description Maximum number of characters per row in a subtitle */
                maximum_characters_per_row?: number;
                /** @description Maximum duration of a subtitle in seconds */
                maximum_duration?: number;
                /** @description Maximum number of rows per caption */
                maximum_rows_per_caption?: number;
                /** @description Minimum duration of a subtitle in seconds */
                minimum_duration?: number;
                /** @description Style of the subtitles. Compliance mode refers to : https://loc.gov/preservation/digital/formats//fdd/fdd000569.shtml#:~:text=SRT%20files%20are%20basic%20text,alongside%2C%20example%3A%20%22MyVideo123 */
                style?: string;
            };
            /** @description **[Beta]** Enable summarization for this audio */
            summarization?: boolean;
            /** @description **[Beta]** Summarization configuration, if `summarization` is enabled */
            summarization_config?: {
                /** @description The type of summarization to apply */
                type?: string;
            };
            /** @description **[Beta]** Enable translation for this audio */
            translation?: boolean;
            /** @description **[Beta]** Translation configuration, if `translation` is enabled */
            translation_config?: {
                /** @description Context information to improve translation accuracy */
                context?: string;
                /** @description Enables or disables context-aware translation features that allow the model to adapt translations based on provided context. */
                context_adaptation?: boolean;
                /** @description Forces the translation to use informal language forms when available in the target language. */
                informal?: boolean;
                /** @description Whether to apply lipsync to the translated transcription. */
                lipsync?: boolean;
                /** @description Align translated utterances with the original ones */
                match_original_utterances?: boolean;
                /** @description Model you want the translation model to use to translate */
                model?: string;
                target_languages?: string[];
            };
        };
        /** @description Options of the `gladia_v2_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `GladiaV2AsyncConfig`. */
        GladiaV2AsyncOptions: {
            /**
             * @description **[Alpha]** Enable audio to llm processing for this audio
             * @default false
             */
            audio_to_llm?: boolean;
            /** @description **[Alpha]** Audio to llm configuration, if `audio_to_llm` is enabled */
            audio_to_llm_config?: {
                /** @description The list of prompts applied on the audio transcription */
                prompts: string[][];
            };
            /**
             * @description Enable callback for this transcription. If true, the `callback_config` property will be used to customize the callback behaviour
             * @default false
             */
            callback?: boolean;
            /** @description Customize the callback behaviour (url and http method) */
            callback_config?: {
                /**
                 * @description The HTTP method to be used. Allowed values are `POST` or `PUT` (default: `POST`)
                 * @default POST
                 * @enum {string}
                 */
                method?: "POST" | "PUT";
                /**
                 * Format: uri
                 * @description The URL to be called with the result of the transcription
                 */
                url: string;
            };
            /**
             * Format: uri
             * @deprecated
             * @description **[Deprecated]** Use `callback`/`callback_config` instead. Callback URL we will do a `POST` request to with the result of the transcription
             */
            callback_url?: string;
            /**
             * @description **[Alpha]** Enable chapterization for this audio
             * @default false
             */
            chapterization?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Specify the configuration for code switching
             */
            code_switching_config?: {
                /**
                 * @description Specify the languages you want to use when detecting multiple languages
                 * @default []
                 */
                languages?: ("af" | "sq" | "am" | "ar" | "hy" | "as" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "ca" | "zh" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fo" | "fi" | "fr" | "gl" | "ka" | "de" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "id" | "it" | "ja" | "jv" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mn" | "mymr" | "ne" | "no" | "nn" | "oc" | "ps" | "fa" | "pl" | "pt" | "pa" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "es" | "su" | "sw" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "yi" | "yo" | "jp")[];
            };
            /**
             * @deprecated
             * @description **[Deprecated]** Context to feed the transcription model with for possible better accuracy
             */
            context_prompt?: string;
            /** @description Custom metadata you can attach to this transcription */
            custom_metadata?: Record<string, unknown>;
            /**
             * @description **[Alpha]** Enable custom spelling for this audio
             * @default false
             */
            custom_spelling?: boolean;
            /** @description **[Alpha]** Custom spelling configuration, if `custom_spelling` is enabled */
            custom_spelling_config?: {
                /** @description The list of spelling applied on the audio transcription */
                spelling_dictionary: Record<string, unknown>;
            };
            /**
             * @description **[Beta]** Can be either boolean to enable custom_vocabulary for this audio or an array with specific vocabulary list to feed the transcription model with
             * @default false
             */
            custom_vocabulary?: boolean;
            /** @description **[Beta]** Custom vocabulary configuration, if `custom_vocabulary` is enabled */
            custom_vocabulary_config?: {
                /** @description Default intensity for the custom vocabulary */
                default_intensity?: number;
                /** @description Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the following properties: value, intensity, pronunciations, language. */
                vocabulary: ({
                    /** @description The global intensity of the feature. */
                    intensity?: number;
                    /** @description Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription language. */
                    language?: string;
                    /** @description The pronunciations used in the transcription. */
                    pronunciations?: string[];
                    /** @description The text used to replace in the transcription. */
                    value: string;
                } | string)[];
            };
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Detect the language from the given audio
             * @default true
             */
            detect_language?: boolean;
            /**
             * @description Enable speaker recognition (diarization) for this audio
             * @default false
             */
            diarization?: boolean;
            /** @description Speaker recognition configuration, if `diarization` is enabled */
            diarization_config?: {
                /**
                 * @description **[Alpha]** Use enhanced diarization for this audio
                 * @default false
                 */
                enhanced?: boolean;
                /** @description Maximum number of speakers in the audio */
                max_speakers?: number;
                /** @description Minimum number of speakers in the audio */
                min_speakers?: number;
                /** @description Exact number of speakers in the audio */
                number_of_speakers?: number;
            };
            /**
             * @description **[Alpha]** Allows to change the output display_mode for this audio. The output will be reordered, creating new utterances when speakers overlapped
             * @default false
             */
            display_mode?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead.Detect multiple languages in the given audio
             * @default false
             */
            enable_code_switching?: boolean;
            /**
             * @deprecated
             * @description **[Deprecated]** Use `language_config` instead. Set the spoken language for the given audio (ISO 639 standard)
             * @enum {string}
             */
            language?: "af" | "sq" | "am" | "ar" | "hy" | "as" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "ca" | "zh" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fo" | "fi" | "fr" | "gl" | "ka" | "de" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "id" | "it" | "ja" | "jv" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mn" | "mymr" | "ne" | "no" | "nn" | "oc" | "ps" | "fa" | "pl" | "pt" | "pa" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "es" | "su" | "sw" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "yi" | "yo" | "jp";
            /** @description Specify the language configuration */
            language_config?: {
                /**
                 * @description If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first utterance and then used for the rest of the transcription. If one language is set, this option will be ignored.
                 * @default false
                 */
                code_switching?: boolean;
                /**
                 * @description If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by the model.
                 * @default []
                 */
                languages?: ("af" | "sq" | "am" | "ar" | "hy" | "as" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "ca" | "zh" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fo" | "fi" | "fr" | "gl" | "ka" | "de" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "id" | "it" | "ja" | "jv" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mn" | "mymr" | "ne" | "no" | "nn" | "oc" | "ps" | "fa" | "pl" | "pt" | "pa" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "es" | "su" | "sw" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "yi" | "yo" | "jp")[];
            };
            /**
             * @description **[Alpha]** Enable moderation for this audio
             * @default false
             */
            moderation?: boolean;
            /**
             * @description **[Alpha]** Enable names consistency for this audio
             * @default false
             */
            name_consistency?: boolean;
            /**
             * @description **[Alpha]** Enable named entity recognition for this audio
             * @default false
             */
            named_entity_recognition?: boolean;
            /**
             * @description **[Alpha]** Use enhanced punctuation for this audio
             * @default false
             */
            punctuation_enhanced?: boolean;
            /**
             * @description Enable sentences for this audio
             * @default false
             */
            sentences?: boolean;
            /**
             * @description **[Alpha]** Enable sentiment analysis for this audio
             * @default false
             */
            sentiment_analysis?: boolean;
            /**
             * @description **[Alpha]** Enable structured data extraction for this audio
             * @default false
             */
            structured_data_extraction?: boolean;
            /** @description **[Alpha]** Structured data extraction configuration, if `structured_data_extraction` is enabled */
            structured_data_extraction_config?: {
                /** @description The list of classes to extract from the audio transcription */
                classes: string[][];
            };
            /**
             * @description Enable subtitles generation for this transcription
             * @default false
             */
            subtitles?: boolean;
            /** @description Configuration for subtitles generation if `subtitles` is enabled */
            subtitles_config?: {
                formats?: ("srt" | "vtt")[];
                /** @description Maximum number of characters per row in a subtitle */
                maximum_characters_per_row?: number;
                /** @description Maximum duration of a subtitle in seconds */
                maximum_duration?: number;
                /** @description Maximum number of rows per caption */
                maximum_rows_per_caption?: number;
                /** @description Minimum duration of a subtitle in seconds */
                minimum_duration?: number;
                /**
                 * @description Style of the subtitles. Compliance mode refers to : https://loc.gov/preservation/digital/formats//fdd/fdd000569.shtml#:~:text=SRT%20files%20are%20basic%20text,alongside%2C%20example%3A%20%22MyVideo123
                 * @default default
                 * @enum {string}
                 */
                style?: "default" | "compliance";
            };
            /**
             * @description **[Beta]** Enable summarization for this audio
             * @default false
             */
            summarization?: boolean;
            /** @description **[Beta]** Summarization configuration, if `summarization` is enabled */
            summarization_config?: {
                /**
                 * @description The type of summarization to apply
                 * @default general
                 * @enum {string}
                 */
                type?: "general" | "bullet_points" | "concise";
            };
            /**
             * @description **[Beta]** Enable translation for this audio
             * @default false
             */
            translation?: boolean;
            /** @description **[Beta]** Translation configuration, if `translation` is enabled */
            translation_config?: {
                /** @description Context information to improve translation accuracy */
                context?: string;
                /**
                 * @description Enables or disables context-aware translation features that allow the model to adapt translations based on provided context.
                 * @default true
                 */
                context_adaptation?: boolean;
                /**
                 * @description Forces the translation to use informal language forms when available in the target language.
                 * @default false
                 */
                informal?: boolean;
                /**
                 * @description Whether to apply lipsync to the translated transcription.
                 * @default true
                 */
                lipsync?: boolean;
                /**
                 * @description Align translated utterances with the original ones
                 * @default true
                 */
                match_original_utterances?: boolean;
                /**
                 * @description Model you want the translation model to use to translate
                 * @default base
                 * @enum {string}
                 */
                model?: "base" | "enhanced";
                target_languages: ("af" | "sq" | "am" | "ar" | "hy" | "as" | "ast" | "az" | "ba" | "eu" | "be" | "bn" | "bs" | "br" | "bg" | "my" | "ca" | "ceb" | "zh" | "hr" | "cs" | "da" | "nl" | "en" | "et" | "fo" | "fi" | "fr" | "fy" | "ff" | "gd" | "gl" | "lg" | "ka" | "de" | "el" | "gu" | "ht" | "ha" | "haw" | "he" | "hi" | "hu" | "is" | "ig" | "ilo" | "id" | "ga" | "it" | "ja" | "jp" | "jv" | "kn" | "kk" | "km" | "ko" | "lo" | "la" | "lv" | "ln" | "lt" | "lb" | "mk" | "mg" | "ms" | "ml" | "mt" | "mi" | "mr" | "mo" | "mn" | "mymr" | "ne" | "no" | "nn" | "oc" | "or" | "pa" | "ps" | "fa" | "pl" | "pt" | "ro" | "ru" | "sa" | "sr" | "sn" | "sd" | "si" | "sk" | "sl" | "so" | "es" | "su" | "sw" | "ss" | "sv" | "tl" | "tg" | "ta" | "tt" | "te" | "th" | "bo" | "tn" | "tr" | "tk" | "uk" | "ur" | "uz" | "vi" | "cy" | "wo" | "xh" | "yi" | "yo" | "zu")[];
            };
        };
        /**
         * @description Options of the `gladia_v2_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://docs.gladia.io/api-reference/v2/live/init
         */
        GladiaV2StreamingConfig: {
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            audio_enhancer?: boolean;
            /** @description If true, messages will be sent to configured url. */
            callback?: boolean;
            /** @description Specify the callback configuration */
            callback_config?: {
                /** @description If true, acknowledgments will be sent to the defined callback. */
                receive_acknowledgments?: boolean;
                /** @description If true, errors will be sent to the defined callback. */
                receive_errors?: boolean;
                /** @description If true, final utterance will be sent to the defined callback. */
                receive_final_transcripts?: boolean;
                /** @description If true, lifecycle events will be sent to the defined callback. */
                receive_lifecycle_events?: boolean;
                /** @description If true, post-processing events will be sent to the defined callback. */
                receive_post_processing_events?: boolean;
                /** @description If true, pre-processing events will be sent to the defined callback. */
                receive_pre_processing_events?: boolean;
                /** @description If true, realtime processing events will be sent to the defined callback. */
                receive_realtime_processing_events?: boolean;
                /** @description If true, begin and end speech events will be sent to the defined callback. */
                receive_speech_events?: boolean;
                /**
                 * Format: uri
                 * @description URL on which we will do a `POST` request with configured messages
                 */
                url?: string;
            };
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            code_switching?: boolean;
            /** @description Custom metadata you can attach to this live transcription */
            custom_metadata?: Record<string, unknown>;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            custom_vocabulary?: boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            custom_vocabulary_config?: {
                default_intensity?: number;
                vocabulary?: {
                    intensity?: number;
                    language?: string;
                    pronunciations?: string[];
                    value?: string;
                }[];
            };
            /** @description The endpointing duration in seconds. Endpointing is the duration of silence which will cause an utterance to be considered as finished */
            endpointing?: number;
            /** @description Specify the language configuration */
            language_config?: {
                /** @description If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first utterance and then used for the rest of the transcription. If one language is set, this option will be ignored. */
                code_switching?: boolean;
                /** @description If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by the model. */
                languages?: string[];
            };
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            languages?: string[];
            /** @description The maximum duration in seconds without endpointing. If endpointing is not detected after this duration, current utterance will be considered as finished */
            maximum_duration_without_endpointing?: number;
            /** @description Specify the websocket messages configuration */
            messages_config?: {
                /** @description If true, acknowledgments will be sent to websocket. */
                receive_acknowledgments?: boolean;
                /** @description If true, errors will be sent to websocket. */
                receive_errors?: boolean;
                /** @description If true, final utterance will be sent to websocket. */
                receive_final_transcripts?: boolean;
                /** @description If true, lifecycle events will be sent to websocket. */
                receive_lifecycle_events?: boolean;
                /** @description If true, post-processing events will be sent to websocket. */
                receive_post_processing_events?: boolean;
                /** @description If true, pre-processing events will be sent to websocket. */
                receive_pre_processing_events?: boolean;
                /** @description If true, realtime processing events will be sent to websocket. */
                receive_realtime_processing_events?: boolean;
                /** @description If true, begin and end speech events will be sent to websocket. */
                receive_speech_events?: boolean;
            };
            /** @description The model used to process the audio. "solaria-1" is used by default. */
            model?: string;
            /** @description Specify the post-processing configuration */
            post_processing?: {
                /** @description If true, generates chapters for the whole transcription. */
                chapterization?: boolean;
                /** @description If true, generates summarization for the whole transcription. */
                summarization?: boolean;
                /** @description Summarization configuration, if `summarization` is enabled */
                summarization_config?: {
                    /** @description The type of summarization to apply */
                    type?: string;
                };
            };
            /** @description Specify the pre-processing configuration */
            pre_processing?: {
                /** @description If true, apply pre-processing to the audio stream to enhance the quality. */
                audio_enhancer?: boolean;
                /** @description Sensitivity configuration for Speech Threshold. A value close to 1 will apply stricter thresholds, making it less likely to detect background sounds as speech. */
                speech_threshold?: number;
            };
            /** @description Specify the realtime processing configuration */
            realtime_processing?: {
                /** @description If true, enable custom spelling for the transcription. */
                custom_spelling?: boolean;
                /** @description Custom spelling configuration, if `custom_spelling` is enabled */
                custom_spelling_config?: {
                    /** @description The list of spelling applied on the audio transcription */
                    spelling_dictionary?: Record<string, unknown>;
                };
                /** @description If true, enable custom vocabulary for the transcription. */
                custom_vocabulary?: boolean;
                /** @description Custom vocabulary configuration, if `custom_vocabulary` is enabled */
                custom_vocabulary_config?: {
                    /** @description Default intensity for the custom vocabulary */
                    default_intensity?: number;
                    /** @description Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the following properties: value, intensity, pronunciations, language. */
                    vocabulary?: ({
                        /** @description The global intensity of the feature. */
                        intensity?: number;
                        /** @description Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription language. */
                        language?: string;
                        /** @description The pronunciations used in the transcription. */
                        pronunciations?: string[];
                        /** @description The text used to replace in the transcription. */
                        value?: string;
                    } | string)[];
                };
                /** @description If true, enable named entity recognition for the transcription. */
                named_entity_recognition?: boolean;
                /** @description If true, enable sentiment analysis for the transcription. */
                sentiment_analysis?: boolean;
                /** @description If true, enable translation for the transcription */
                translation?: boolean;
                /** @description Translation configuration, if `translation` is enabled */
                translation_config?: {
                    /** @description Context information to improve translation accuracy */
                    context?: string;
                    /** @description Enables or disables context-aware translation features that allow the model to adapt translations based on provided context. */
                    context_adaptation?: boolean;
                    /** @description Forces the translation to use informal language forms when available in the target language. */
                    informal?: boolean;
                    /** @description Whether to apply lipsync to the translated transcription. */
                    lipsync?: boolean;
                    /** @description Align translated utterances with the original ones */
                    match_original_utterances?: boolean;
                    /** @description Model you want the translation model to use to translate */
                    model?: string;
                    target_languages?: string[];
                };
            };
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            region?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            sentiment_analysis?: boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            speech_threshold?: number;
        };
        /**
         * @description Options of the `google_speech_v2_async` transcription provider. Recall's newer "List Recordings" definition (the 20-key
         *     provider) details them from the vendor's own API; this spec does not type them yet, so the options
         *     are an open object.
         */
        GoogleSpeechV2AsyncConfig: {
            [key: string]: unknown;
        };
        /**
         * @description The fields every artifact carries, in `media_shortcuts` and from its own endpoints (Recall's
         *     `*ArtifactShortcut` schemas). Real payloads may carry fields this schema does not list.
         */
        MediaObject: {
            /** Format: date-time */
            created_at: $Read<string>;
            /** Format: uuid */
            id: $Read<string>;
            metadata: components["schemas"]["StoredMetadata"];
            status: components["schemas"]["MediaStatus"];
        };
        /**
         * @description Shortcuts to the recording's artifacts, each null until it exists (https://docs.recall.ai/docs/media-shortcuts).
         *     `audio_mixed` is in Recall's definitions (2025-11 and newer), not in the seed.
         */
        MediaShortcuts: {
            audio_mixed: components["schemas"]["AudioMixedShortcut"] | null;
            meeting_metadata: components["schemas"]["MeetingMetadataShortcut"] | null;
            participant_events: components["schemas"]["ParticipantEventsShortcut"] | null;
            transcript: components["schemas"]["TranscriptShortcut"] | null;
            video_mixed: components["schemas"]["VideoMixedShortcut"] | null;
        };
        /** @description A media object's current status. */
        MediaStatus: {
            code: components["schemas"]["MediaStatusCode"];
            /**
             * @description More detail on `code`. An open string: Recall adds sub codes without notice, so do not treat it
             *     as an enum (https://docs.recall.ai/docs/sub-codes).
             */
            sub_code: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description A media object's status code (media objects are never paused).
         * @enum {string}
         */
        MediaStatusCode: "processing" | "done" | "failed" | "deleted";
        /**
         * @description Options of the `meeting_captions` provider (the meeting platform's own captions). Recall's 2025-11
         *     definition gives no options; its newer "List Recordings" definition gives `language_code`. Unknown
         *     properties are tolerated.
         */
        MeetingCaptionsConfig: {
            /**
             * @description Language for captions (Recall lists cs, de, en, es, fil, fr, he, hi, it, ja, ko, nl, pl, pt, pt-BR, ro,
             *     ru, sv, th, tr, uk, vi, zh). If not specified, the selection is meeting platform-specific.
             */
            language_code?: string | null;
        };
        /** @description A meeting metadata artifact as its own endpoints return it (2025-06 reference pages, meeting_metadata_retrieve). */
        MeetingMetadataArtifact: components["schemas"]["MeetingMetadataShortcut"] & {
            recording: components["schemas"]["RecordingReference"];
        };
        /**
         * @description The meeting's metadata. `title` and `zoom` are required and nullable (Recall's definition, 2025-11;
         *     the seed showed them as plain values). Recall's guide (meeting-metadata) also shows
         *     `zoom_meeting_uuid` for Zoom and `huddle_id`, `channel_id` for Slack huddles; other platforms may add keys.
         */
        MeetingMetadataData: {
            channel_id?: string;
            huddle_id?: string;
            title: string | null;
            zoom: components["schemas"]["MeetingMetadataZoom"] | null;
            zoom_meeting_uuid?: string;
        };
        /** @description The `meeting_metadata.deleted` webhook: the meeting metadata object has been deleted. */
        MeetingMetadataDeletedEvent: {
            data: components["schemas"]["WebhookMeetingMetadataData"];
            /** @constant */
            event: "meeting_metadata.deleted";
        };
        /** @description The `meeting_metadata.done` webhook: the meeting metadata object has been generated successfully. */
        MeetingMetadataDoneEvent: {
            data: components["schemas"]["WebhookMeetingMetadataData"];
            /** @constant */
            event: "meeting_metadata.done";
        };
        /** @description The `meeting_metadata.failed` webhook: the meeting metadata object generation has failed. */
        MeetingMetadataFailedEvent: {
            data: components["schemas"]["WebhookMeetingMetadataData"];
            /** @constant */
            event: "meeting_metadata.failed";
        };
        /** @description The `meeting_metadata.processing` webhook: the meeting metadata object is being processed. */
        MeetingMetadataProcessingEvent: {
            data: components["schemas"]["WebhookMeetingMetadataData"];
            /** @constant */
            event: "meeting_metadata.processing";
        };
        /** @description Metadata of the meeting the recording was made in (Recall's `MeetingMetadataArtifactShortcut`). */
        MeetingMetadataShortcut: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["MeetingMetadataData"];
        };
        /** @description Zoom-specific meeting metadata (Recall's `MeetingMetadataArtifactDataZoom`). */
        MeetingMetadataZoom: {
            meeting_uuid: string | null;
        };
        /**
         * @description Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata).
         * @example {
         *       "user_id": "12345"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @description A reference to a related object (bot, Desktop SDK upload, realtime endpoint) with that object's
         *     metadata, whose values are strings or null (Recall's `BotMinimal`, `DesktopSdkUploadMinimal`,
         *     `RealtimeEndpointMinimal`).
         */
        ObjectReference: {
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["StoredMetadata"];
        };
        /** @description One cursor page of mixed audio artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedAudioMixedList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["AudioMixedArtifact"][];
        };
        /** @description One cursor page of separate audio artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedAudioSeparateList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["AudioSeparateArtifact"][];
        };
        /** @description One cursor page of meeting metadata artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedMeetingMetadataList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["MeetingMetadataArtifact"][];
        };
        /** @description One cursor page of participant events artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedParticipantEventsList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["ParticipantEventsArtifact"][];
        };
        /**
         * @description One cursor page of recordings. Recall's definition marks none of the three fields required and gives
         *     `next`/`previous` no URL format. No total count is returned.
         */
        PaginatedRecordingList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["Recording"][];
        };
        /** @description One cursor page of transcript artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedTranscriptList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["TranscriptArtifact"][];
        };
        /** @description One cursor page of mixed video artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedVideoMixedList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["VideoMixedArtifact"][];
        };
        /** @description One cursor page of separate video artifacts. Recall's definition marks none of the three fields required; no total count is returned. */
        PaginatedVideoSeparateList: {
            /** @description Full URL of the next page (carries `cursor=`), or null on the last page. */
            next?: string | null;
            /** @description Full URL of the previous page (carries `cursor=`), or null on the first page. */
            previous?: string | null;
            results?: components["schemas"]["VideoSeparateArtifact"][];
        };
        /** @description A participant events artifact as its own endpoints return it (2025-06 reference pages, participant_events_retrieve). */
        ParticipantEventsArtifact: components["schemas"]["ParticipantEventsShortcut"] & {
            recording: components["schemas"]["RecordingReference"];
        };
        /**
         * @description The participant events' files. Each URL is required and null until the file exists (Recall's
         *     definition, 2025-11; the seed showed them as plain strings). Formats:
         *     https://docs.recall.ai/docs/download-schemas
         */
        ParticipantEventsData: {
            /** @description Download all participant events for the recording. */
            participant_events_download_url: string | null;
            /** @description Download all participants for the recording. */
            participants_download_url: string | null;
            /** @description Download the speaker timeline for the recording. */
            speaker_timeline_download_url: string | null;
        };
        /** @description The `participant_events.deleted` webhook: the participant events object has been deleted. */
        ParticipantEventsDeletedEvent: {
            data: components["schemas"]["WebhookParticipantEventsData"];
            /** @constant */
            event: "participant_events.deleted";
        };
        /** @description The `participant_events.done` webhook: the participant events object has been generated successfully. */
        ParticipantEventsDoneEvent: {
            data: components["schemas"]["WebhookParticipantEventsData"];
            /** @constant */
            event: "participant_events.done";
        };
        /** @description The `participant_events.failed` webhook: the participant events object generation has failed. */
        ParticipantEventsFailedEvent: {
            data: components["schemas"]["WebhookParticipantEventsData"];
            /** @constant */
            event: "participant_events.failed";
        };
        /** @description The `participant_events.processing` webhook: the participant events object is being processed. */
        ParticipantEventsProcessingEvent: {
            data: components["schemas"]["WebhookParticipantEventsData"];
            /** @constant */
            event: "participant_events.processing";
        };
        /** @description Participant join/leave and speaking events of the recording (Recall's `ParticipantEventsArtifactShortcut`). */
        ParticipantEventsShortcut: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["ParticipantEventsData"];
        };
        /**
         * @description Options of the `recallai_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://docs.recall.ai/docs/recallai-transcription
         */
        RecallaiAsyncConfig: {
            filter_profanity?: boolean;
            /** @description Increases the chances that these terms appear in the transcript over some sound-alikes. */
            key_terms?: string[];
            /**
             * @description Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
             *
             *     * `auto` - auto
             *     * `bg` - bg
             *     * `ca` - ca
             *     * `cs` - cs
             *     * `da` - da
             *     * `de` - de
             *     * `el` - el
             *     * `en` - en
             *     * `en_au` - en_au
             *     * `en_uk` - en_uk
             *     * `en_us` - en_us
             *     * `es` - es
             *     * `et` - et
             *     * `fi` - fi
             *     * `fr` - fr
             *     * `hi` - hi
             *     * `hr` - hr
             *     * `hu` - hu
             *     * `id` - id
             *     * `it` - it
             *     * `ja` - ja
             *     * `ko` - ko
             *     * `lt` - lt
             *     * `lv` - lv
             *     * `ms` - ms
             *     * `nl` - nl
             *     * `no` - no
             *     * `pl` - pl
             *     * `pt` - pt
             *     * `ro` - ro
             *     * `ru` - ru
             *     * `sk` - sk
             *     * `sv` - sv
             *     * `th` - th
             *     * `tr` - tr
             *     * `uk` - uk
             *     * `vi` - vi
             *     * `zh` - zh
             */
            language_code?: string;
            /** @description List of text strings to find/replace in the transcript. */
            spelling?: {
                /** @description Find any of these items in the source transcript */
                find?: string[];
                /** @description Replace found matches with this exact string (will not change case) */
                replace?: string;
            }[];
        };
        /** @description Options of the `recallai_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `RecallaiAsyncConfig`. */
        RecallaiAsyncOptions: {
            /** @default false */
            filter_profanity?: boolean;
            /** @description Increases the chances that these terms appear in the transcript over some sound-alikes. */
            key_terms?: string[];
            /**
             * @description Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
             *
             *     * `auto` - auto
             *     * `bg` - bg
             *     * `ca` - ca
             *     * `cs` - cs
             *     * `da` - da
             *     * `de` - de
             *     * `el` - el
             *     * `en` - en
             *     * `en_au` - en_au
             *     * `en_uk` - en_uk
             *     * `en_us` - en_us
             *     * `es` - es
             *     * `et` - et
             *     * `fi` - fi
             *     * `fr` - fr
             *     * `hi` - hi
             *     * `hr` - hr
             *     * `hu` - hu
             *     * `id` - id
             *     * `it` - it
             *     * `ja` - ja
             *     * `ko` - ko
             *     * `lt` - lt
             *     * `lv` - lv
             *     * `ms` - ms
             *     * `nl` - nl
             *     * `no` - no
             *     * `pl` - pl
             *     * `pt` - pt
             *     * `ro` - ro
             *     * `ru` - ru
             *     * `sk` - sk
             *     * `sv` - sv
             *     * `th` - th
             *     * `tr` - tr
             *     * `uk` - uk
             *     * `vi` - vi
             *     * `zh` - zh
             * @default auto
             * @enum {string}
             */
            language_code?: "auto" | "bg" | "ca" | "cs" | "da" | "de" | "el" | "en" | "en_au" | "en_uk" | "en_us" | "es" | "et" | "fi" | "fr" | "hi" | "hr" | "hu" | "id" | "it" | "ja" | "ko" | "lt" | "lv" | "ms" | "nl" | "no" | "pl" | "pt" | "ro" | "ru" | "sk" | "sv" | "th" | "tr" | "uk" | "vi" | "zh";
            /** @description List of text strings to find/replace in the transcript. */
            spelling?: {
                /** @description Find any of these items in the source transcript */
                find: string[];
                /** @description Replace found matches with this exact string (will not change case) */
                replace: string;
            }[];
        };
        /**
         * @description Options of the `recallai_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://docs.recall.ai/docs/recallai-transcription
         */
        RecallaiStreamingConfig: {
            filter_profanity?: boolean;
            /** @description Increases the chances that these terms appear in the transcript over some sound-alikes. */
            key_terms?: string[];
            /**
             * @description Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
             *
             *     * `auto` - auto
             *     * `bg` - bg
             *     * `ca` - ca
             *     * `cs` - cs
             *     * `da` - da
             *     * `de` - de
             *     * `el` - el
             *     * `en` - en
             *     * `en_au` - en_au
             *     * `en_uk` - en_uk
             *     * `en_us` - en_us
             *     * `es` - es
             *     * `et` - et
             *     * `fi` - fi
             *     * `fr` - fr
             *     * `hi` - hi
             *     * `hr` - hr
             *     * `hu` - hu
             *     * `id` - id
             *     * `it` - it
             *     * `ja` - ja
             *     * `ko` - ko
             *     * `lt` - lt
             *     * `lv` - lv
             *     * `ms` - ms
             *     * `nl` - nl
             *     * `no` - no
             *     * `pl` - pl
             *     * `pt` - pt
             *     * `ro` - ro
             *     * `ru` - ru
             *     * `sk` - sk
             *     * `sv` - sv
             *     * `th` - th
             *     * `tr` - tr
             *     * `uk` - uk
             *     * `vi` - vi
             *     * `zh` - zh
             */
            language_code?: string;
            /**
             * @description The mode of the transcription algorithm. If you just want the transcript very quickly after the call is over, use `prioritize_accuracy`. If you need the words on realtime endpoints within seconds of utterance, use `prioritize_low_latency`, with the caveat that most features are unsupported in low latency mode.
             *
             *     * `prioritize_low_latency` - prioritize_low_latency
             *     * `prioritize_accuracy` - prioritize_accuracy
             */
            mode?: string;
            /** @description List of text strings to find/replace in the transcript. */
            spelling?: {
                /** @description Find any of these items in the source transcript */
                find?: string[];
                /** @description Replace found matches with this exact string (will not change case) */
                replace?: string;
            }[];
        };
        /**
         * @description A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
         *     server. Real payloads may carry fields this schema does not list. Follows Recall's definitions
         *     (2025-11 and the newer List Recordings page) where they differ from the seed: `metadata` is required
         *     and its values (and those of `bot`, `desktop_sdk_upload`, `realtime_endpoints[]`) may be null.
         */
        Recording: {
            /** @description The bot that made this recording, or null. */
            bot: $Read<components["schemas"]["ObjectReference"] | null>;
            /** Format: date-time */
            completed_at: $Read<string | null>;
            /** Format: date-time */
            created_at: $Read<string>;
            /** @description The Desktop SDK upload that made this recording, or null. */
            desktop_sdk_upload: $Read<components["schemas"]["ObjectReference"] | null>;
            /**
             * Format: date-time
             * @description When the recording's media expire. A date-time, never null (the seed and Recall's definitions agree).
             */
            expires_at: $Read<string>;
            /**
             * Format: uuid
             * @description A UUID string identifying this recording.
             */
            id: $Read<string>;
            media_shortcuts: $Read<components["schemas"]["MediaShortcuts"]>;
            metadata: components["schemas"]["StoredMetadata"];
            realtime_endpoints: $Read<components["schemas"]["ObjectReference"][]>;
            /** Format: date-time */
            started_at: $Read<string | null>;
            status: $Read<components["schemas"]["RecordingStatus"]>;
        };
        /** @description The `recording.deleted` webhook: the recording has been deleted. */
        RecordingDeletedEvent: {
            data: components["schemas"]["WebhookRecordingData"];
            /** @constant */
            event: "recording.deleted";
        };
        /** @description The `recording.done` webhook: the recording has been completed successfully. */
        RecordingDoneEvent: {
            data: components["schemas"]["WebhookRecordingData"];
            /** @constant */
            event: "recording.done";
        };
        /** @description The `recording.failed` webhook: the recording has failed. */
        RecordingFailedEvent: {
            data: components["schemas"]["WebhookRecordingFailedData"];
            /** @constant */
            event: "recording.failed";
        };
        /**
         * @description A recording status code accepted by the list filter (`deleted` is not accepted).
         * @enum {string}
         */
        RecordingListStatusCode: "processing" | "paused" | "done" | "failed";
        /** @description The `recording.paused` webhook: the recording has been paused. */
        RecordingPausedEvent: {
            data: components["schemas"]["WebhookRecordingData"];
            /** @constant */
            event: "recording.paused";
        };
        /** @description The `recording.processing` webhook: the recording is being processed. */
        RecordingProcessingEvent: {
            data: components["schemas"]["WebhookRecordingData"];
            /** @constant */
            event: "recording.processing";
        };
        /** @description The recording an artifact belongs to. Its `metadata` may itself be null (Recall's `RecordingMinimal`). */
        RecordingReference: {
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["StoredMetadata"] | null;
        };
        /** @description The recording's current status. */
        RecordingStatus: {
            code: components["schemas"]["RecordingStatusCode"];
            /**
             * @description More detail on `code`. An open string: Recall adds sub codes without notice, so do not treat it
             *     as an enum (https://docs.recall.ai/docs/sub-codes).
             */
            sub_code: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description The recording's status code.
         * @enum {string}
         */
        RecordingStatusCode: "processing" | "paused" | "done" | "failed" | "deleted";
        /**
         * @description The fields a client may write on a recording. Recall does not document whether `metadata` is
         *     merged into or replaces the stored map, nor whether `null` deletes a key.
         */
        RecordingUpdate: {
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description Options of the `rev_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
        RevAsyncConfig: {
            /**
             * @description Optional setting for adding data classification labels
             *     If unset the value is assumed to be false
             */
            add_data_labels?: boolean | null;
            /**
             * Format: int32
             * @description Optional count of alternatives to generate
             */
            alternatives_count?: number | null;
            /** @description If set adds one second of silence to the audio at the end */
            apply_duration_padding?: boolean | null;
            /** @description Caption options. */
            captions_config?: Record<string, unknown>;
            /** @description Optional chunk size to be sent to Revspeech for processing */
            chunk_size?: string | null;
            /** @description Optional setting for passing in custom vocabularies. */
            custom_vocabularies?: ({
                phrases?: string[];
            } | string)[] | null;
            /** @description The id of the prebuilt custom vocabulary job */
            custom_vocabulary_id?: string | null;
            /**
             * @description Optional setting for the number of Seconds after job completion
             *     when the job should be auto-deleted
             */
            delete_after?: string | null;
            /** Format: int32 */
            deletion_length_penalty?: number | null;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            detect_language?: boolean;
            /** Format: int32 */
            diarization_type?: number;
            /** Format: int32 */
            domain?: number;
            /** @description Whether transcription should be done with fusion */
            enable_fusion?: boolean | null;
            /**
             * @description Optional setting for redacting certain data labels
             *     If unset the value is assumed to be false
             */
            enable_redaction?: boolean | null;
            /**
             * @description Optional setting for removing profanities
             *     If unset the value is assumed to be false
             */
            filter_profanity?: boolean | null;
            /** @description Whether improved alignment should be used with transcription */
            forced_alignment?: boolean | null;
            /** @description Optional language setting for foreign languages */
            language?: string | null;
            /** @description Optional metadata for the job */
            metadata?: string | null;
            /** @description Whether to predict topics while performing speech rec */
            predict_topics?: boolean | null;
            /**
             * @description Optional setting for removing atmospherics
             *     If unset the value is assumed to be false
             */
            remove_atmospherics?: boolean | null;
            /**
             * @description Optional setting for removing disfluencies
             *     If unset the value is assumed to be false
             */
            remove_disfluencies?: boolean | null;
            /** @description Whether human order should be rushed at a greater cost to the customer */
            rush?: boolean | null;
            /** @description Specific segments of the file to be transcribed by a human */
            segments_to_transcribe?: {
                end?: string;
                start?: string;
            }[] | null;
            /**
             * @description Optional setting for turning on/off diarization.
             *     If not set, we will assume the value is false.
             */
            skip_diarization?: boolean | null;
            /**
             * @description Optional setting for turning on/off postprocessing.
             *     If not set, we will assume the value is false.
             */
            skip_postprocessing?: boolean | null;
            /**
             * @description Optional setting for disabling punctuation.
             *     If unset, the value is assumed to be false.
             */
            skip_punctuation?: boolean | null;
            /**
             * Format: int32
             * @description Optional speaker channels count used to indicate how many individual channels
             *     to transcribe for a given audio
             */
            speaker_channels_count?: number | null;
            /** @description Speaker names for human transcription */
            speaker_names?: {
                display_name?: string;
            }[] | null;
            /**
             * Format: int32
             * @description Optional count of speakers in the audio to improve diarization accuracy
             */
            speakers_count?: number | null;
            /**
             * @description If true, only exact phrases submitted in the Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies option will be used as custom vocabulary,
             *     i.e. phrases will not be split into individual words for processing.
             *     Defaults to true if Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies is set.
             */
            strict_custom_vocabulary?: boolean | null;
            /** @description Summarization options. */
            summarization_config?: {
                /**
                 * Format: int32
                 * @description Summarization model options for Rev.ai API
                 */
                model?: number;
                /** @description User defined prompt. */
                prompt?: string | null;
                /**
                 * Format: int32
                 * @description Summarization formatting options.
                 */
                type?: number;
            };
            /** @description Whether human order is test mode and should return a dummy transcript */
            test_mode?: boolean | null;
            /**
             * Format: int32
             * @description Returns the top n words of a transcript. Defaults to 0
             */
            top_nwords?: number | null;
            /** Format: int32 */
            transcriber?: number;
            /** @description Options for translation as part of Async job request */
            translation_config?: {
                /** @description Target languages */
                target_languages?: {
                    /** @description Target language */
                    language?: string;
                    /**
                     * Format: int32
                     * @description Defines the type of models supported to translated the content
                     */
                    model?: number;
                }[];
            };
            /**
             * @description Instructs Revver to transcribe audio with all details including disfluencies and other verbal interactions
             *     such as laughter
             */
            verbatim?: boolean | null;
        };
        /** @description Options of the `rev_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `RevAsyncConfig`. Recall's definition also requires keys its properties do not name (`rev_async.speaker_names: displayName`, `rev_async.translation_config: targetLanguages`: camelCase spellings of snake_case properties); those requirements are left out. */
        RevAsyncOptions: {
            /**
             * @description Optional setting for adding data classification labels
             *     If unset the value is assumed to be false
             */
            add_data_labels?: boolean | null;
            /**
             * Format: int32
             * @description Optional count of alternatives to generate
             */
            alternatives_count?: number | null;
            /** @description If set adds one second of silence to the audio at the end */
            apply_duration_padding?: boolean | null;
            /** @description Caption options. */
            captions_config?: Record<string, unknown>;
            /** @description Optional chunk size to be sent to Revspeech for processing */
            chunk_size?: string | null;
            /** @description Optional setting for passing in custom vocabularies. */
            custom_vocabularies?: {
                phrases: string[];
            }[] | null;
            /** @description The id of the prebuilt custom vocabulary job */
            custom_vocabulary_id?: string | null;
            /**
             * @description Optional setting for the number of Seconds after job completion
             *     when the job should be auto-deleted
             */
            delete_after?: string | null;
            /** Format: int32 */
            deletion_length_penalty?: number | null;
            /**
             * Format: int32
             * @enum {integer}
             */
            diarization_type?: 0 | 10 | 20;
            /**
             * Format: int32
             * @enum {integer}
             */
            domain?: 0 | 1;
            /** @description Whether transcription should be done with fusion */
            enable_fusion?: boolean | null;
            /**
             * @description Optional setting for redacting certain data labels
             *     If unset the value is assumed to be false
             */
            enable_redaction?: boolean | null;
            /**
             * @description Optional setting for removing profanities
             *     If unset the value is assumed to be false
             */
            filter_profanity?: boolean | null;
            /** @description Whether improved alignment should be used with transcription */
            forced_alignment?: boolean | null;
            /** @description Optional language setting for foreign languages */
            language?: string | null;
            /** @description Optional metadata for the job */
            metadata?: string | null;
            /** @description Whether to predict topics while performing speech rec */
            predict_topics?: boolean | null;
            /**
             * @description Optional setting for removing atmospherics
             *     If unset the value is assumed to be false
             */
            remove_atmospherics?: boolean | null;
            /**
             * @description Optional setting for removing disfluencies
             *     If unset the value is assumed to be false
             */
            remove_disfluencies?: boolean | null;
            /** @description Whether human order should be rushed at a greater cost to the customer */
            rush?: boolean | null;
            /** @description Specific segments of the file to be transcribed by a human */
            segments_to_transcribe?: {
                end: string;
                start: string;
            }[] | null;
            /**
             * @description Optional setting for turning on/off diarization.
             *     If not set, we will assume the value is false.
             */
            skip_diarization?: boolean | null;
            /**
             * @description Optional setting for turning on/off postprocessing.
             *     If not set, we will assume the value is false.
             */
            skip_postprocessing?: boolean | null;
            /**
             * @description Optional setting for disabling punctuation.
             *     If unset, the value is assumed to be false.
             */
            skip_punctuation?: boolean | null;
            /**
             * Format: int32
             * @description Optional speaker channels count used to indicate how many individual channels
             *     to transcribe for a given audio
             */
            speaker_channels_count?: number | null;
            /** @description Speaker names for human transcription */
            speaker_names?: {
                display_name?: string;
            }[] | null;
            /**
             * Format: int32
             * @description Optional count of speakers in the audio to improve diarization accuracy
             */
            speakers_count?: number | null;
            /**
             * @description If true, only exact phrases submitted in the Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies option will be used as custom vocabulary,
             *     i.e. phrases will not be split into individual words for processing.
             *     Defaults to true if Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies is set.
             */
            strict_custom_vocabulary?: boolean | null;
            /** @description Summarization options. */
            summarization_config?: {
                /**
                 * Format: int32
                 * @description Summarization model options for Rev.ai API
                 * @enum {integer}
                 */
                model?: 0 | 1;
                /** @description User defined prompt. */
                prompt?: string | null;
                /**
                 * Format: int32
                 * @description Summarization formatting options.
                 * @enum {integer}
                 */
                type?: 0 | 1;
            };
            /** @description Whether human order is test mode and should return a dummy transcript */
            test_mode?: boolean | null;
            /**
             * Format: int32
             * @description Returns the top n words of a transcript. Defaults to 0
             */
            top_nwords?: number | null;
            /**
             * Format: int32
             * @enum {integer}
             */
            transcriber?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
            /** @description Options for translation as part of Async job request */
            translation_config?: {
                /** @description Target languages */
                target_languages?: {
                    /** @description Target language */
                    language: string;
                    /**
                     * Format: int32
                     * @description Defines the type of models supported to translated the content
                     * @enum {integer}
                     */
                    model?: 0 | 1;
                }[];
            };
            /**
             * @description Instructs Revver to transcribe audio with all details including disfluencies and other verbal interactions
             *     such as laughter
             */
            verbatim?: boolean | null;
        };
        /**
         * @description Options of the `rev_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     Docs: https://docs.rev.ai/api/streaming/requests/
         */
        RevStreamingConfig: {
            allow_interruption?: boolean;
            /** Format: int32 */
            "audio_options._channels"?: number;
            "audio_options._content_type"?: string;
            "audio_options._format"?: string;
            "audio_options._layout"?: string;
            /** Format: int32 */
            "audio_options._rate"?: number;
            custom_vocabulary_id?: string;
            delete_after?: string;
            /** Format: int32 */
            delete_after_seconds?: number;
            detailed_partials?: boolean;
            enable_speaker_switch?: boolean;
            filter_profanity?: boolean;
            language?: string;
            /** Format: int32 */
            max_connection_wait_seconds?: number;
            /** Format: int32 */
            max_segment_duration_seconds?: number;
            metadata?: string;
            obscure_expletives?: boolean;
            /**
             * Format: int32
             * @description The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            priority?: number | string;
            remove_disfluencies?: boolean;
            skip_postprocessing?: boolean;
            /** @description The seed's sample shows an integer here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
            start_ts?: string | number;
            /**
             * Format: int32
             * @description The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
             */
            transcriber?: number | string;
            user_agent?: string;
        };
        /**
         * @description Options of the `speechmatics_async` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     JSON object that contains various groups of job configuration
         *     parameters. Based on the value of `type`, a type-specific object
         *     such as `transcription_config` is required to be present to
         *     specify all configuration settings or parameters needed to
         *     process the job inputs as expected.
         *
         *     If the results of the job are to be forwarded on completion,
         *     `notification_config` can be provided with a list of callbacks
         *     to be made; no assumptions should be made about the order in
         *     which they will occur.
         *
         *     Customer specific job details or metadata can be supplied in
         *     `tracking`, and this information will be available where
         *     possible in the job results and in callbacks.
         */
        SpeechmaticsAsyncConfig: {
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            additional_vocab?: {
                content?: string;
                sounds_like?: string[];
            }[];
            alignment_config?: {
                language?: string;
            };
            audio_events_config?: {
                types?: string[];
            };
            auto_chapters_config?: Record<string, unknown>;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            domain?: string;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            enable_entities?: boolean;
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            language?: string;
            language_identification_config?: {
                default_language?: string;
                expected_languages?: string[];
                /** @description Action to take if all of the predicted languages are below the confidence threshold */
                low_confidence_action?: string;
            };
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            operating_point?: string;
            output_config?: {
                /** @description Parameters that override default values of srt conversion. max_line_length: sets maximum count of characters per subtitle line including white space. max_lines: sets maximum count of lines in a subtitle section. */
                srt_overrides?: {
                    max_line_length?: number;
                    max_lines?: number;
                };
            };
            /** @description In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
            output_locale?: string;
            sentiment_analysis_config?: Record<string, unknown>;
            summarization_config?: {
                content_type?: string;
                summary_length?: string;
                summary_type?: string;
            };
            topic_detection_config?: {
                topics?: string[];
            };
            tracking?: {
                /** @description Customer-defined JSON structure. */
                details?: Record<string, unknown>;
                /** @description External system reference. */
                reference?: string;
                tags?: string[];
                /** @description The title of the job. */
                title?: string;
            };
            transcription_config?: {
                /** @description List of custom words or phrases that should be recognized. Alternative pronunciations can be specified to aid recognition. */
                additional_vocab?: {
                    content?: string;
                    sounds_like?: string[];
                }[];
                /** @description Transcript labels to use when using collating separate input channels. */
                channel_diarization_labels?: string[];
                /**
                 * @description Specify whether speaker or channel labels are added to the transcript.
                 *     The default is `none`.
                 *       - **none**: no speaker or channel labels are added.
                 *       - **speaker**: speaker attribution is performed based on acoustic matching;
                 *                  all input channels are mixed into a single stream for processing.
                 *       - **channel**: multiple input channels are processed individually and collated
                 *                 into a single transcript.
                 */
                diarization?: string;
                /** @description Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or "medical". */
                domain?: string;
                /** @description Include additional 'entity' objects in the transcription results (e.g. dates, numbers) and their original spoken form. These entities are interleaved with other types of results. The concatenation of these words is represented as a single entity with the concatenated written form present in the 'content' field. The entities contain a 'spoken_form' field, which can be used in place of the corresponding 'word' type results, in case a spoken form is preferred to a written form. They also contain a 'written_form', which can be used instead of the entity, if you want a breakdown of the words without spaces. They can still contain non-breaking spaces and other special whitespace characters, as they are considered part of the word for the formatting output. In case of a written_form, the individual word times are estimated and might not be accurate if the order of the words in the written form does not correspond to the order they were actually spoken (such as 'one hundred million dollars' and '$100 million'). */
                enable_entities?: boolean;
                /** @description Language model to process the audio input, normally specified as an ISO language code */
                language?: string;
                /** @description Whether or not to enable flexible endpointing and allow the entity to continue to be spoken. */
                max_delay_mode?: string;
                operating_point?: string;
                /** @description Language locale to be used when generating the transcription output, normally specified as an ISO language code */
                output_locale?: string;
                /** @description Control punctuation settings. */
                punctuation_overrides?: {
                    /** @description The punctuation marks which the client is prepared to accept in transcription output, or the special value 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process. */
                    permitted_marks?: string[];
                    /**
                     * Format: float
                     * @description Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
                     */
                    sensitivity?: number;
                };
                /** @description Configuration for speaker diarization */
                speaker_diarization_config?: {
                    /** @description If true, the algorithm will prefer to stay with the current active speaker if it is a close enough match, even if other speakers may be closer.  This is useful for cases where we can flip incorrectly between similar speakers during a single speaker section." */
                    prefer_current_speaker?: boolean;
                    /**
                     * Format: float
                     * @description Controls how sensitive the algorithm is in terms of keeping similar speakers separate, as opposed to combining them into a single speaker.  Higher values will typically lead to more speakers, as the degree of difference between speakers in order to allow them to remain distinct will be lower.  A lower value for this parameter will conversely guide the algorithm towards being less sensitive in terms of retaining similar speakers, and as such may lead to fewer speakers overall.  The default is 0.5.
                     */
                    speaker_sensitivity?: number;
                };
                /** @description Configuration for applying filtering to the transcription */
                transcript_filtering_config?: {
                    /** @description If true, words that are identified as disfluencies will be removed from the transcript. If false (default), they are tagged in the transcript as 'disfluency'. */
                    remove_disfluencies?: boolean;
                    /** @description A list of replacements to apply to the transcript. Each replacement is a pair of strings, where the first string is the pattern to be replaced and the second string is the replacement text. */
                    replacements?: {
                        from?: string;
                        to?: string;
                    }[];
                };
            };
            translation_config?: {
                target_languages?: string[];
            };
        };
        /**
         * @description Options of the `speechmatics_async` provider as a `createTranscript` request sends them, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `SpeechmaticsAsyncConfig`.
         *
         *     JSON object that contains various groups of job configuration
         *     parameters. Based on the value of `type`, a type-specific object
         *     such as `transcription_config` is required to be present to
         *     specify all configuration settings or parameters needed to
         *     process the job inputs as expected.
         *
         *     If the results of the job are to be forwarded on completion,
         *     `notification_config` can be provided with a list of callbacks
         *     to be made; no assumptions should be made about the order in
         *     which they will occur.
         *
         *     Customer specific job details or metadata can be supplied in
         *     `tracking`, and this information will be available where
         *     possible in the job results and in callbacks.
         */
        SpeechmaticsAsyncOptions: {
            alignment_config?: {
                language: string;
            };
            audio_events_config?: {
                types?: string[];
            };
            auto_chapters_config?: Record<string, unknown>;
            language_identification_config?: {
                default_language?: string;
                expected_languages?: string[];
                /**
                 * @description Action to take if all of the predicted languages are below the confidence threshold
                 * @enum {string}
                 */
                low_confidence_action?: "allow" | "reject" | "use_default_language";
            };
            output_config?: {
                /** @description Parameters that override default values of srt conversion. max_line_length: sets maximum count of characters per subtitle line including white space. max_lines: sets maximum count of lines in a subtitle section. */
                srt_overrides?: {
                    max_line_length?: number;
                    max_lines?: number;
                };
            };
            sentiment_analysis_config?: Record<string, unknown>;
            summarization_config?: {
                /** @enum {string} */
                content_type?: "auto" | "informative" | "conversational";
                /** @enum {string} */
                summary_length?: "brief" | "detailed";
                /** @enum {string} */
                summary_type?: "paragraphs" | "bullets";
            };
            topic_detection_config?: {
                topics?: string[];
            };
            tracking?: {
                /** @description Customer-defined JSON structure. */
                details?: Record<string, unknown>;
                /** @description External system reference. */
                reference?: string;
                tags?: string[];
                /** @description The title of the job. */
                title?: string;
            };
            transcription_config?: {
                /** @description List of custom words or phrases that should be recognized. Alternative pronunciations can be specified to aid recognition. */
                additional_vocab?: {
                    content: string;
                    sounds_like?: string[];
                }[];
                /** @description Transcript labels to use when using collating separate input channels. */
                channel_diarization_labels?: string[];
                /**
                 * @description Specify whether speaker or channel labels are added to the transcript.
                 *     The default is `none`.
                 *       - **none**: no speaker or channel labels are added.
                 *       - **speaker**: speaker attribution is performed based on acoustic matching;
                 *                  all input channels are mixed into a single stream for processing.
                 *       - **channel**: multiple input channels are processed individually and collated
                 *                 into a single transcript.
                 * @enum {string}
                 */
                diarization?: "none" | "speaker" | "channel";
                /** @description Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or "medical". */
                domain?: string;
                /** @description Include additional 'entity' objects in the transcription results (e.g. dates, numbers) and their original spoken form. These entities are interleaved with other types of results. The concatenation of these words is represented as a single entity with the concatenated written form present in the 'content' field. The entities contain a 'spoken_form' field, which can be used in place of the corresponding 'word' type results, in case a spoken form is preferred to a written form. They also contain a 'written_form', which can be used instead of the entity, if you want a breakdown of the words without spaces. They can still contain non-breaking spaces and other special whitespace characters, as they are considered part of the word for the formatting output. In case of a written_form, the individual word times are estimated and might not be accurate if the order of the words in the written form does not correspond to the order they were actually spoken (such as 'one hundred million dollars' and '$100 million'). */
                enable_entities?: boolean;
                /** @description Language model to process the audio input, normally specified as an ISO language code */
                language: string;
                /**
                 * @description Whether or not to enable flexible endpointing and allow the entity to continue to be spoken.
                 * @enum {string}
                 */
                max_delay_mode?: "fixed" | "flexible";
                /** @enum {string} */
                operating_point?: "standard" | "enhanced";
                /** @description Language locale to be used when generating the transcription output, normally specified as an ISO language code */
                output_locale?: string;
                /** @description Control punctuation settings. */
                punctuation_overrides?: {
                    /** @description The punctuation marks which the client is prepared to accept in transcription output, or the special value 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process. */
                    permitted_marks?: string[];
                    /**
                     * Format: float
                     * @description Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
                     */
                    sensitivity?: number;
                };
                /** @description Configuration for speaker diarization */
                speaker_diarization_config?: {
                    /** @description If true, the algorithm will prefer to stay with the current active speaker if it is a close enough match, even if other speakers may be closer.  This is useful for cases where we can flip incorrectly between similar speakers during a single speaker section." */
                    prefer_current_speaker?: boolean;
                    /**
                     * Format: float
                     * @description Controls how sensitive the algorithm is in terms of keeping similar speakers separate, as opposed to combining them into a single speaker.  Higher values will typically lead to more speakers, as the degree of difference between speakers in order to allow them to remain distinct will be lower.  A lower value for this parameter will conversely guide the algorithm towards being less sensitive in terms of retaining similar speakers, and as such may lead to fewer speakers overall.  The default is 0.5.
                     */
                    speaker_sensitivity?: number;
                };
                /** @description Configuration for applying filtering to the transcription */
                transcript_filtering_config?: {
                    /** @description If true, words that are identified as disfluencies will be removed from the transcript. If false (default), they are tagged in the transcript as 'disfluency'. */
                    remove_disfluencies?: boolean;
                    /** @description A list of replacements to apply to the transcript. Each replacement is a pair of strings, where the first string is the pattern to be replaced and the second string is the replacement text. */
                    replacements?: {
                        from: string;
                        to: string;
                    }[];
                };
            };
            translation_config?: {
                target_languages: string[];
            };
        };
        /**
         * @description Options of the `speechmatics_streaming` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
         *
         *     You must specify `language` (e.g `en`)
         *
         *     Docs: https://docs.speechmatics.com/rt-api-ref#transcription-config
         */
        SpeechmaticsStreamingConfig: {
            additional_vocab?: (string | {
                content?: string;
                sounds_like?: string[];
            })[];
            audio_filtering_config?: {
                /** Format: float */
                volume_threshold?: number;
            };
            /** @description This mode will detect when a speaker has stopped talking. The end_of_utterance_silence_trigger is the time in seconds after which the server will assume that the speaker has finished speaking, and will emit an EndOfUtterance message. A value of 0 disables the feature. */
            conversation_config?: {
                /** Format: float */
                end_of_utterance_silence_trigger?: number;
            };
            diarization?: string;
            /** @description Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or "medical". */
            domain?: string;
            enable_entities?: boolean;
            enable_partials?: boolean;
            language?: string;
            max_delay?: number;
            max_delay_mode?: string;
            operating_point?: string;
            output_locale?: string;
            punctuation_overrides?: {
                /** @description The punctuation marks which the client is prepared to accept in transcription output, or the special value 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process. */
                permitted_marks?: string[];
                /**
                 * Format: float
                 * @description Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
                 */
                sensitivity?: number;
            };
            speaker_diarization_config?: {
                max_speakers?: number;
                prefer_current_speaker?: boolean;
                /** Format: float */
                speaker_sensitivity?: number;
            };
            transcript_filtering_config?: {
                remove_disfluencies?: boolean;
                replacements?: {
                    from?: string;
                    to?: string;
                }[];
            };
        };
        /**
         * @description Custom metadata as Recall returns it: string keys; values are strings or null (Recall's definition,
         *     recall-sdk schemas/openapi.json 2025-11, types the values `string, nullable`;
         *     https://docs.recall.ai/docs/custom-metadata). The seed shows string values only.
         * @example {
         *       "user_id": "12345"
         *     }
         */
        StoredMetadata: {
            [key: string]: string | null;
        };
        /** @description A transcript artifact as its own endpoints and `create_transcript` return it (Recall's `TranscriptArtifact`). */
        TranscriptArtifact: components["schemas"]["TranscriptShortcut"] & {
            recording: components["schemas"]["RecordingReference"];
        };
        /**
         * @description The transcript's files. Both URLs are required and null until the file exists (Recall's definition,
         *     2025-11; the seed showed them as plain strings). Formats: https://docs.recall.ai/docs/download-schemas
         */
        TranscriptData: {
            /** @description Pre-signed URL of the transcript; it expires after 6 hours. */
            download_url: string | null;
            /** @description Pre-signed URL of the provider's raw output; it expires after 6 hours. */
            provider_data_download_url: string | null;
        };
        /** @description The `transcript.deleted` webhook: the transcript object has been deleted. */
        TranscriptDeletedEvent: {
            data: components["schemas"]["WebhookTranscriptData"];
            /** @constant */
            event: "transcript.deleted";
        };
        /** @description How the transcript was diarized (Recall's `TranscriptArtifactDiarization`). */
        TranscriptDiarization: {
            use_separate_streams_when_available: boolean;
        };
        /** @description The `transcript.done` webhook: the transcript object has been generated successfully. */
        TranscriptDoneEvent: {
            data: components["schemas"]["WebhookTranscriptData"];
            /** @constant */
            event: "transcript.done";
        };
        /** @description The `transcript.failed` webhook: the transcript object generation has failed. */
        TranscriptFailedEvent: {
            data: components["schemas"]["WebhookTranscriptData"];
            /** @constant */
            event: "transcript.failed";
        };
        /** @description The `transcript.processing` webhook: the transcript object is being processed. */
        TranscriptProcessingEvent: {
            data: components["schemas"]["WebhookTranscriptData"];
            /** @constant */
            event: "transcript.processing";
        };
        /**
         * @description The transcription provider configuration, keyed by provider (Recall's `TranscriptArtifactProvider`).
         *     Recall's newer "List Recordings" definition has 20 keys: the nine async keys are required and null
         *     unless that provider made the transcript; the streaming keys and `meeting_captions`, `zoom_rtms` are
         *     optional. The seed (2025-06) showed 15 keys; its `gladia_v1_async`, `gladia_v1_streaming` and
         *     `assembly_ai_streaming` are gone from the definitions and kept here, deprecated, so older transcripts
         *     still type. Each config follows Recall's definition where it differs from the seed's sample (for
         *     example Deepgram `summarize` is a string, Gladia v2 `custom_vocabulary` a boolean, Rev
         *     `custom_vocabularies` items `{phrases}`). Recall adds providers over time, so unknown keys are accepted.
         */
        TranscriptProvider: {
            assembly_ai_async: components["schemas"]["AssemblyAiAsyncConfig"] | null;
            assembly_ai_async_chunked?: components["schemas"]["AssemblyAiAsyncChunkedConfig"];
            assembly_ai_streaming?: components["schemas"]["AssemblyAiStreamingConfig"];
            assembly_ai_v3_streaming?: components["schemas"]["AssemblyAiV3StreamingConfig"];
            aws_transcribe_async: components["schemas"]["AwsTranscribeAsyncConfig"] | null;
            aws_transcribe_streaming?: components["schemas"]["AwsTranscribeStreamingConfig"];
            deepgram_async: components["schemas"]["DeepgramAsyncConfig"] | null;
            deepgram_streaming?: components["schemas"]["DeepgramStreamingConfig"];
            elevenlabs_async: components["schemas"]["ElevenlabsAsyncConfig"] | null;
            elevenlabs_streaming?: components["schemas"]["ElevenlabsStreamingConfig"];
            gladia_v1_async?: components["schemas"]["GladiaV1AsyncConfig"];
            gladia_v1_streaming?: components["schemas"]["GladiaV1StreamingConfig"];
            gladia_v2_async: components["schemas"]["GladiaV2AsyncConfig"] | null;
            gladia_v2_streaming?: components["schemas"]["GladiaV2StreamingConfig"];
            google_speech_v2_async: components["schemas"]["GoogleSpeechV2AsyncConfig"] | null;
            meeting_captions?: components["schemas"]["MeetingCaptionsConfig"];
            recallai_async: components["schemas"]["RecallaiAsyncConfig"] | null;
            recallai_streaming?: components["schemas"]["RecallaiStreamingConfig"];
            rev_async: components["schemas"]["RevAsyncConfig"] | null;
            rev_streaming?: components["schemas"]["RevStreamingConfig"];
            speechmatics_async: components["schemas"]["SpeechmaticsAsyncConfig"] | null;
            speechmatics_streaming?: components["schemas"]["SpeechmaticsStreamingConfig"];
            zoom_rtms?: components["schemas"]["ZoomRtmsConfig"];
        } & {
            [key: string]: Record<string, unknown> | null;
        };
        /**
         * @description The recording's transcript and the provider configuration that produced it (Recall's
         *     `TranscriptArtifactShortcut`). `diarization` and `provider` are required, `diarization` nullable
         *     (Recall's definition, 2025-11; the seed showed both as optional).
         */
        TranscriptShortcut: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["TranscriptData"];
            diarization: components["schemas"]["TranscriptDiarization"] | null;
            provider: components["schemas"]["TranscriptProvider"];
        };
        /** @description A mixed video artifact as its own endpoints return it (Recall's `VideoMixedArtifact`). */
        VideoMixedArtifact: components["schemas"]["VideoMixedShortcut"] & {
            recording: components["schemas"]["RecordingReference"];
        };
        /** @description The mixed video's file (Recall's `VideoMixedArtifactData`). */
        VideoMixedData: {
            /** @description Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
            download_url: string | null;
        };
        /** @description The `video_mixed.deleted` webhook: the video mixed object has been deleted. */
        VideoMixedDeletedEvent: {
            data: components["schemas"]["WebhookVideoMixedData"];
            /** @constant */
            event: "video_mixed.deleted";
        };
        /** @description The `video_mixed.done` webhook: the video mixed object has been generated successfully. */
        VideoMixedDoneEvent: {
            data: components["schemas"]["WebhookVideoMixedData"];
            /** @constant */
            event: "video_mixed.done";
        };
        /** @description The `video_mixed.failed` webhook: the video mixed object generation has failed. */
        VideoMixedFailedEvent: {
            data: components["schemas"]["WebhookVideoMixedData"];
            /** @constant */
            event: "video_mixed.failed";
        };
        /** @description The `video_mixed.processing` webhook: the video mixed object is being processed. */
        VideoMixedProcessingEvent: {
            data: components["schemas"]["WebhookVideoMixedData"];
            /** @constant */
            event: "video_mixed.processing";
        };
        /** @description The mixed video of the recording, as an MP4 file (Recall's `VideoMixedArtifactShortcut`). */
        VideoMixedShortcut: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["VideoMixedData"];
            /**
             * Format: date-time
             * @description When this media expires. In Recall's guide example (receive-a-recording); not in the definitions.
             */
            expires_at?: string | null;
            /** @enum {string} */
            format: "mp4";
            /**
             * Format: uuid
             * @description The recording this media belongs to. In Recall's guide example (receive-a-recording); not in the definitions.
             */
            recording_id?: string;
        };
        /** @description A separate-stream artifact, one participant's video (Recall's `VideoSeparateArtifact`). */
        VideoSeparateArtifact: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["VideoSeparateData"];
            /** @enum {string} */
            format: "mp4" | "h264";
            recording: components["schemas"]["RecordingReference"];
        };
        /** @description One participant's video file (Recall's `VideoSeparateArtifactData`). */
        VideoSeparateData: {
            /** @description Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
            download_url: string | null;
        };
        /** @description The `video_separate.deleted` webhook: the video separate object has been deleted. */
        VideoSeparateDeletedEvent: {
            data: components["schemas"]["WebhookVideoSeparateData"];
            /** @constant */
            event: "video_separate.deleted";
        };
        /** @description The `video_separate.done` webhook: the video separate object has been generated successfully. */
        VideoSeparateDoneEvent: {
            data: components["schemas"]["WebhookVideoSeparateData"];
            /** @constant */
            event: "video_separate.done";
        };
        /** @description The `video_separate.failed` webhook: the video separate object generation has failed. */
        VideoSeparateFailedEvent: {
            data: components["schemas"]["WebhookVideoSeparateData"];
            /** @constant */
            event: "video_separate.failed";
        };
        /** @description The `video_separate.processing` webhook: the video separate object is being processed. */
        VideoSeparateProcessingEvent: {
            data: components["schemas"]["WebhookVideoSeparateData"];
            /** @constant */
            event: "video_separate.processing";
        };
        /**
         * @description `data` of a `audio_mixed.*` event: the audio mixed artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookAudioMixedData: {
            audio_mixed: components["schemas"]["WebhookObject"];
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
        };
        /**
         * @description `data` of a `audio_separate.*` event: the audio separate artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookAudioSeparateData: {
            audio_separate: components["schemas"]["WebhookObject"];
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
        };
        /** @description The status in a `recording.failed` event: the common status fields and the error that made the recording fail. */
        WebhookFailedStatus: {
            /** @description `failed`. Recall's catalog types it as an open string. */
            code: string;
            /** @description What went wrong. */
            error: {
                /** @description Machine-readable error code, e.g. `INTERNAL_ERROR`. */
                code: string;
                /** @description Human-readable error message. */
                message: string;
            };
            /** @description Machine-readable reason (https://docs.recall.ai/docs/sub-codes). */
            sub_code: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description `data` of a `meeting_metadata.*` event: the meeting metadata artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookMeetingMetadataData: {
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            meeting_metadata: components["schemas"]["WebhookObject"];
            recording: components["schemas"]["WebhookObject"];
        };
        /** @description The recording, bot or artifact an event is about: its id and metadata. Fetch it by id for the full object. */
        WebhookObject: {
            /** @description The object's id (a UUID in every documented example; the catalog types it as a string). */
            id: string;
            /** @description The object's metadata as Recall stores it; the catalog gives no value type. */
            metadata: {
                [key: string]: unknown;
            };
        };
        /**
         * @description `data` of a `participant_events.*` event: the participant events artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookParticipantEventsData: {
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            participant_events: components["schemas"]["WebhookObject"];
            recording: components["schemas"]["WebhookObject"];
        };
        /**
         * @description `data` of a `recording.*` event. `bot` is absent from the catalog's required list and `null` for recordings
         *     no bot made (Desktop SDK uploads), per Recall's recording webhooks page.
         */
        WebhookRecordingData: {
            bot?: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
        };
        /** @description `data` of a `recording.failed` event: as other `recording.*` events, with the error in `data.data.error`. */
        WebhookRecordingFailedData: {
            bot?: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookFailedStatus"];
            recording: components["schemas"]["WebhookObject"];
        };
        /** @description The new status of the object the event is about (`data.data` of every recording and artifact event). */
        WebhookStatus: {
            /** @description The status code, e.g. `done` for a `*.done` event. Recall's catalog types it as an open string. */
            code: string;
            /** @description Machine-readable detail, e.g. why a recording failed. An open string (https://docs.recall.ai/docs/sub-codes). */
            sub_code: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description `data` of a `transcript.*` event: the transcript artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookTranscriptData: {
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
            transcript: components["schemas"]["WebhookObject"];
        };
        /**
         * @description `data` of a `video_mixed.*` event: the video mixed artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookVideoMixedData: {
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
            video_mixed: components["schemas"]["WebhookObject"];
        };
        /**
         * @description `data` of a `video_separate.*` event: the video separate artifact, its recording and its bot (`null` when no bot made the
         *     recording, e.g. a Desktop SDK upload).
         */
        WebhookVideoSeparateData: {
            bot: components["schemas"]["WebhookObject"] | null;
            data: components["schemas"]["WebhookStatus"];
            recording: components["schemas"]["WebhookObject"];
            video_separate: components["schemas"]["WebhookObject"];
        };
        /** @description Options of the `zoom_rtms` transcription provider, as Recall's definition gives them (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too. */
        ZoomRtmsConfig: Record<string, unknown>;
    };
    responses: {
        /**
         * @description Bad gateway: the request was dropped under load; retry. The body may be absent or not JSON, so none is
         *     declared.
         */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request was invalid; the body explains why. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_request",
                 *       "detail": "Invalid request."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description Conflict, including a request with the same `Idempotency-Key` still in flight. Retry with
         *     exponential backoff.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description Blocked by Recall's web application firewall. The body is an HTML page, not JSON. A request body
         *     on a GET (even `null`) triggers it.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /**
         * @description Gateway timeout: the request was dropped under load; retry. The body may be absent or not JSON, so none is
         *     declared.
         */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description No object with this id in this region. The body shape is not documented. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Not found."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description Service unavailable: the request was dropped under load; retry. The body may be absent or not JSON, so none is
         *     declared.
         */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Rate limit exceeded. Wait `Retry-After` seconds (Recall advises adding 1 to 5 s of random jitter).
         *     No `X-RateLimit-*` headers are documented.
         */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description No valid API key for this region (missing, wrong, or from another region). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Invalid token."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
    };
    parameters: {
        /**
         * @description A UUID string identifying this artifact.
         * @example 04530d90-6745-455a-b190-e55d463cbb2a
         */
        ArtifactId: string;
        /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
        ArtifactStatusCodeFilter: components["schemas"]["ArtifactListStatusCode"];
        /** @description Only objects created after this instant. */
        CreatedAtAfter: string;
        /** @description Only objects created before this instant. */
        CreatedAtBefore: string;
        /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
        Cursor: string;
        /**
         * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
         *     this key is still being processed, another one gets 409. A key whose request completed within the
         *     last hour returns the original response without acting again, even if the new payload differs.
         * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
         */
        IdempotencyKey: string;
        /**
         * @description A UUID string identifying this recording.
         * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
         */
        RecordingId: string;
        /** @description Only artifacts of this recording. */
        RecordingIdFilter: string;
        /**
         * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
         *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
         * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
         */
        WebhookId: string;
        /**
         * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
         *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
         *     Verify against the raw body bytes: re-serialized JSON does not match.
         * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
         */
        WebhookSignature: string;
        /**
         * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
         *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
         * @example 1745717797
         */
        WebhookTimestamp: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before retrying, in seconds (https://docs.recall.ai/reference/errors). RFC 9110
         *     also allows an HTTP-date here; Recall documents seconds, so clients should accept both.
         * @example 5
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    audio_mixed_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of mixed audio artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAudioMixedList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_mixed_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mixed audio artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioMixedArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_mixed_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_mixed_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated mixed audio artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioMixedArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_separate_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of separate audio artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAudioSeparateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_separate_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The separate audio artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioSeparateArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_separate_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    audio_separate_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated separate audio artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AudioSeparateArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    meeting_metadata_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of meeting metadata artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMeetingMetadataList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    meeting_metadata_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting metadata artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingMetadataArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    meeting_metadata_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    meeting_metadata_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated meeting metadata artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingMetadataArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    participant_events_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of participant events artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedParticipantEventsList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    participant_events_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The participant events artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantEventsArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    participant_events_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    participant_events_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated participant events artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipantEventsArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recording_list: {
        parameters: {
            query?: {
                /** @description Only recordings made by this bot. */
                bot_id?: string;
                /** @description Only recordings created after this instant. */
                created_at_after?: string;
                /** @description Only recordings created before this instant. */
                created_at_before?: string;
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: string;
                /** @description Only recordings made by this Desktop SDK upload. */
                desktop_sdk_upload_id?: string;
                /** @description Only recordings whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["schemas"]["RecordingListStatusCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of recordings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRecordingList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recording_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recording_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recording_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingUpdate"];
            };
        };
        responses: {
            /** @description The updated recording. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recording"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    recording_create_transcript_create: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this recording.
                 * @example 5a7062f3-bd54-4838-b296-df84f85c7b92
                 */
                id: components["parameters"]["RecordingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTranscriptRequest"];
            };
        };
        responses: {
            /** @description The new transcript artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transcript_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of transcript artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTranscriptList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transcript_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transcript_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    transcript_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated transcript artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TranscriptArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_mixed_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of mixed video artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedVideoMixedList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_mixed_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mixed video artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoMixedArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_mixed_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_mixed_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated mixed video artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoMixedArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_separate_list: {
        parameters: {
            query?: {
                /** @description Only objects created after this instant. */
                created_at_after?: components["parameters"]["CreatedAtAfter"];
                /** @description Only objects created before this instant. */
                created_at_before?: components["parameters"]["CreatedAtBefore"];
                /** @description The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only artifacts of this recording. */
                recording_id?: components["parameters"]["RecordingIdFilter"];
                /** @description Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
                status_code?: components["parameters"]["ArtifactStatusCodeFilter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of separate video artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedVideoSeparateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_separate_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The separate video artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoSeparateArtifact"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_separate_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    video_separate_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description One key per logical operation (https://docs.recall.ai/reference/idempotency). While a request with
                 *     this key is still being processed, another one gets 409. A key whose request completed within the
                 *     last hour returns the original response without acting again, even if the new payload differs.
                 * @example 8e1b4c6e-2f7a-4d0b-9a51-3c2d7e9f0a14
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description A UUID string identifying this artifact.
                 * @example 04530d90-6745-455a-b190-e55d463cbb2a
                 */
                id: components["parameters"]["ArtifactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArtifactUpdate"];
            };
        };
        responses: {
            /** @description The updated separate video artifact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoSeparateArtifact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    webhook_audio_mixed_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioMixedDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_mixed_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioMixedDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_mixed_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioMixedFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_mixed_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioMixedProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_separate_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioSeparateDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_separate_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioSeparateDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_separate_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioSeparateFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_audio_separate_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AudioSeparateProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_meeting_metadata_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingMetadataDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_meeting_metadata_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingMetadataDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_meeting_metadata_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingMetadataFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_meeting_metadata_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingMetadataProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_participant_events_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantEventsDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_participant_events_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantEventsDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_participant_events_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantEventsFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_participant_events_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipantEventsProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_recording_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_recording_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_recording_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_recording_paused: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingPausedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_recording_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordingProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transcript_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transcript_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transcript_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_transcript_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TranscriptProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_mixed_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoMixedDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_mixed_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoMixedDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_mixed_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoMixedFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_mixed_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoMixedProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_separate_deleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoSeparateDeletedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_separate_done: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoSeparateDoneEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_separate_failed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoSeparateFailedEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhook_video_separate_processing: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The message id (Standard Webhooks). The same id comes with every retry of one message: use it to drop duplicates.
                 *     Workspaces set up before Recall moved to Standard Webhooks receive it as `svix-id`.
                 * @example msg_2KWPBgLlAfxdpx2AI54pPJ85f4W
                 */
                "webhook-id": components["parameters"]["WebhookId"];
                /**
                 * @description Space-separated signatures, each `v1,<base64 HMAC-SHA256>` of `<webhook-id>.<webhook-timestamp>.<raw body>`
                 *     keyed with the endpoint's `whsec_<base64>` secret (Standard Webhooks). Older workspaces receive `svix-signature`.
                 *     Verify against the raw body bytes: re-serialized JSON does not match.
                 * @example v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
                 */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description When the message was sent, in whole seconds since the Unix epoch (Standard Webhooks); part of what is signed.
                 *     Verifiers reject timestamps more than 5 minutes from their clock. Older workspaces receive `svix-timestamp`.
                 * @example 1745717797
                 */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoSeparateProcessingEvent"];
            };
        };
        responses: {
            /** @description Acknowledged (any 2xx stops retries). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rejected, e.g. the signature did not verify; Recall retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
