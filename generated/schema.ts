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
         *     `cursor=`) until it is `null`. No page-size parameter and no total count are documented.
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
        /** @description A Speechmatics custom vocabulary word and how it may sound. */
        AdditionalVocab: {
            content?: string;
            sounds_like?: string[];
        };
        /** @description AssemblyAI async transcription in chunks (provider key `assembly_ai_async_chunked`). */
        AssemblyAiAsyncChunkedConfig: {
            boost_param?: string;
            chunk_maximum?: number;
            chunk_minimum?: number;
            content_safety?: boolean;
            content_safety_confidence?: number;
            custom_spelling?: components["schemas"]["AssemblyAiCustomSpelling"][];
            disfluencies?: boolean;
            filter_profanity?: boolean;
            format_text?: boolean;
            keyterms_prompt?: string[];
            language_code?: string;
            language_confidence_threshold?: number;
            language_detection?: boolean;
            punctuate?: boolean;
            redact_pii?: boolean;
            redact_pii_policies?: string[];
            redact_pii_sub?: string;
            speaker_labels?: boolean;
            speakers_expected?: number;
            speech_model?: string;
            speech_threshold?: number;
            word_boost?: string[];
        };
        /** @description AssemblyAI async transcription options (provider key `assembly_ai_async`). */
        AssemblyAiAsyncConfig: {
            audio_end_at?: number;
            audio_start_from?: number;
            auto_chapters?: boolean;
            auto_highlights?: boolean;
            boost_param?: string;
            content_safety?: boolean;
            content_safety_confidence?: number;
            custom_spelling?: components["schemas"]["AssemblyAiCustomSpelling"][];
            custom_topics?: boolean;
            disfluencies?: boolean;
            dual_channel?: boolean;
            entity_detection?: boolean;
            filter_profanity?: boolean;
            format_text?: boolean;
            iab_categories?: boolean;
            keyterms_prompt?: string[];
            language?: string;
            language_code?: string;
            language_confidence_threshold?: number;
            language_detection?: boolean;
            punctuate?: boolean;
            redact_pii?: boolean;
            redact_pii_audio?: boolean;
            redact_pii_audio_quality?: string;
            redact_pii_policies?: string[];
            redact_pii_sub?: string;
            sentiment_analysis?: boolean;
            speaker_labels?: boolean;
            speakers_expected?: number;
            speech_model?: string;
            speech_threshold?: number;
            summarization?: boolean;
            summary_model?: string;
            summary_type?: string;
            topics?: string[];
            word_boost?: string[];
        };
        /** @description An AssemblyAI custom spelling rule: the words in `from` are written as `to`. */
        AssemblyAiCustomSpelling: {
            from?: string[];
            to?: string;
        };
        /** @description AssemblyAI streaming transcription options (provider key `assembly_ai_streaming`). */
        AssemblyAiStreamingConfig: {
            disable_partial_transcripts?: boolean;
            word_boost?: string[];
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
        /** @description Gladia audio-to-LLM prompts. */
        AudioToLlmConfig: {
            prompts?: string[];
        };
        /** @description AWS Transcribe streaming transcription options (provider key `aws_transcribe_streaming`). */
        AwsTranscribeStreamingConfig: {
            content_redaction_type?: string;
            identify_multiple_languages?: boolean;
            language_code?: string;
            language_identification?: boolean;
            language_model_name?: string;
            language_options?: string;
            partial_results_stability?: string;
            pii_entity_types?: string;
            preferred_language?: string;
            show_speaker_label?: boolean;
            vocabulary_filter_method?: string;
            vocabulary_filter_names?: string;
            vocabulary_name?: string;
            vocabulary_names?: string;
        };
        /** @description Gladia code switching: the languages the speakers may switch between. */
        CodeSwitchingConfig: {
            languages?: string[];
        };
        /** @description Gladia custom vocabulary: words to favour, with a default boost intensity. */
        CustomVocabularyConfig: {
            default_intensity?: number;
            vocabulary?: components["schemas"]["CustomVocabularyEntry"][];
        };
        /** @description One Gladia custom vocabulary entry. */
        CustomVocabularyEntry: {
            intensity?: number;
            language?: string;
            pronunciations?: string[];
            value?: string;
        };
        /** @description Deepgram async transcription options (provider key `deepgram_async`). */
        DeepgramAsyncConfig: {
            credential_id?: string;
            detect_language?: boolean;
            detect_topics?: boolean;
            diarize?: boolean;
            diarize_version?: string;
            filler_words?: boolean;
            keyterm?: string[];
            keywords?: string[];
            language?: string;
            mip_opt_out?: boolean;
            model?: string;
            numerals?: boolean;
            profanity_filter?: boolean;
            punctuate?: boolean;
            redact?: string[];
            replace?: string[];
            search?: string[];
            smart_format?: boolean;
            summarize?: boolean;
            tag?: boolean;
            tier?: string;
            version?: string;
        };
        /** @description Deepgram streaming transcription options (provider key `deepgram_streaming`). */
        DeepgramStreamingConfig: {
            alternatives?: number;
            diarize?: boolean;
            diarize_version?: string;
            endpointing?: number;
            filler_words?: boolean;
            interim_results?: boolean;
            keyterm?: string[];
            keywords?: string[];
            language?: string;
            log_data?: boolean;
            mip_opt_out?: boolean;
            model?: string;
            ner?: boolean;
            numerals?: boolean;
            profanity_filter?: boolean;
            punctuate?: boolean;
            redact?: string[];
            replace?: string[];
            search?: string[];
            smart_format?: boolean;
            tier?: string;
            version?: string;
        };
        /** @description An error body. Other keys may appear alongside `detail`. */
        ErrorDetail: {
            /** @description A machine-readable error code, when Recall sends one. */
            code?: string;
            /** @description A human-readable explanation. */
            detail: string;
        };
        /** @description Gladia speaker diarization options. */
        GladiaDiarizationConfig: {
            max_speakers?: number;
            min_speakers?: number;
            number_of_speakers?: number;
        };
        /** @description Gladia v1 async transcription options (provider key `gladia_v1_async`). */
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
        /** @description Gladia v1 streaming transcription options (provider key `gladia_v1_streaming`). */
        GladiaV1StreamingConfig: {
            audio_enhancer?: boolean;
            endpointing?: number;
            language?: string;
            language_behaviour?: string;
            model_type?: string;
            transcription_hint?: string;
        };
        /** @description Gladia v2 async transcription options (provider key `gladia_v2_async`). */
        GladiaV2AsyncConfig: {
            audio_to_llm?: boolean;
            audio_to_llm_config?: components["schemas"]["AudioToLlmConfig"];
            chapterization?: boolean;
            code_switching_config?: components["schemas"]["CodeSwitchingConfig"];
            context_prompt?: string;
            custom_spelling?: boolean;
            custom_vocabulary?: string;
            custom_vocabulary_config?: components["schemas"]["CustomVocabularyConfig"];
            detect_language?: boolean;
            diarization?: boolean;
            diarization_config?: components["schemas"]["GladiaDiarizationConfig"];
            display_mode?: boolean;
            enable_code_switching?: boolean;
            language?: string;
            moderation?: boolean;
            name_consistency?: boolean;
            named_entity_recognition?: boolean;
            punctuation_enhanced?: boolean;
            sentences?: boolean;
            sentiment_analysis?: boolean;
            structured_data_extraction?: boolean;
            subtitles?: boolean;
            subtitles_config?: components["schemas"]["SubtitlesConfig"];
            summarization?: boolean;
            summarization_config?: components["schemas"]["SummarizationConfig"];
            translation?: boolean;
            translation_config?: components["schemas"]["TranslationConfig"];
        };
        /** @description Gladia v2 streaming transcription options (provider key `gladia_v2_streaming`). */
        GladiaV2StreamingConfig: {
            audio_enhancer?: boolean;
            code_switching?: boolean;
            custom_vocabulary?: boolean;
            custom_vocabulary_config?: components["schemas"]["CustomVocabularyConfig"];
            endpointing?: number;
            languages?: string[];
            maximum_duration_without_endpointing?: number;
            model?: string;
            region?: string;
            sentiment_analysis?: boolean;
            speech_threshold?: number;
        };
        /** @description Speechmatics language identification options. */
        LanguageIdentificationConfig: {
            default_language?: string;
            expected_languages?: string[];
            low_confidence_action?: string;
        };
        /** @description The fields every media object in `media_shortcuts` carries. */
        MediaObject: {
            /** Format: date-time */
            created_at: string;
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["Metadata"];
            status: components["schemas"]["MediaStatus"];
        };
        /**
         * @description Shortcuts to the recording's media, each null until it exists. Populated once the recording
         *     completes (https://docs.recall.ai/docs/media-shortcuts).
         */
        MediaShortcuts: {
            meeting_metadata: components["schemas"]["MeetingMetadata"] | null;
            participant_events: components["schemas"]["ParticipantEvents"] | null;
            transcript: components["schemas"]["Transcript"] | null;
            video_mixed: components["schemas"]["VideoMixed"] | null;
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
         * @description Transcription from the meeting platform's own captions (provider key `meeting_captions`). The
         *     reference documents no options.
         */
        MeetingCaptionsConfig: {
            [key: string]: unknown;
        };
        /** @description Metadata of the meeting the recording was made in. */
        MeetingMetadata: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["MeetingMetadataData"];
        };
        /**
         * @description Differs by platform and stays open: the reference shows `{title, zoom: {meeting_uuid}}`; the
         *     guide shows `{title, zoom_meeting_uuid}` for Zoom and `{huddle_id, channel_id}` for Slack.
         */
        MeetingMetadataData: {
            channel_id?: string;
            huddle_id?: string;
            title?: string;
            zoom?: {
                meeting_uuid?: string;
            };
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
        /**
         * @description Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata).
         * @example {
         *       "user_id": "12345"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /** @description A reference to a related object, with that object's metadata. */
        ObjectReference: {
            /** Format: uuid */
            id: string;
            metadata: components["schemas"]["Metadata"];
        };
        /** @description One cursor page of recordings. No total count is returned. */
        PaginatedRecordingList: {
            /**
             * Format: uri
             * @description Full URL of the next page (carries `cursor=`), or null on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Full URL of the previous page (carries `cursor=`), or null on the first page.
             */
            previous: string | null;
            results: components["schemas"]["Recording"][];
        };
        /** @description Participant join/leave and speaking events of the recording. */
        ParticipantEvents: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["ParticipantEventsData"];
        };
        ParticipantEventsData: {
            participant_events_download_url?: string;
            participants_download_url?: string;
            speaker_timeline_download_url?: string;
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
        /** @description Speechmatics punctuation options. */
        PunctuationOverrides: {
            permitted_marks?: string[];
            sensitivity?: number;
        };
        /**
         * @description A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
         *     server. Real payloads may carry fields this schema does not list.
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
             * @description When the recording's media expire. The reference types it as a date-time; with the default
             *     "forever" retention it is probably null (not documented), so null is allowed.
             */
            expires_at: $Read<string | null>;
            /**
             * Format: uuid
             * @description A UUID string identifying this recording.
             */
            id: $Read<string>;
            media_shortcuts: $Read<components["schemas"]["MediaShortcuts"]>;
            metadata?: components["schemas"]["Metadata"];
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
        /** @description Rev async transcription options (provider key `rev_async`). */
        RevAsyncConfig: {
            custom_vocabularies?: string[];
            custom_vocabulary_id?: string;
            detect_language?: boolean;
            filter_profanity?: boolean;
            language?: string;
            remove_atmospherics?: boolean;
            remove_disfluencies?: boolean;
            skip_diarization?: boolean;
            skip_postprocessing?: boolean;
            skip_punctuation?: boolean;
        };
        /** @description Rev streaming transcription options (provider key `rev_streaming`). */
        RevStreamingConfig: {
            custom_vocabulary_id?: string;
            delete_after_seconds?: number;
            detailed_partials?: boolean;
            enable_speaker_switch?: boolean;
            filter_profanity?: boolean;
            language?: string;
            max_segment_duration_seconds?: number;
            metadata?: string;
            priority?: string;
            remove_disfluencies?: boolean;
            skip_postprocessing?: boolean;
            start_ts?: number;
            transcriber?: string;
        };
        /** @description Speechmatics speaker diarization options. */
        SpeakerDiarizationConfig: {
            max_speakers?: number;
        };
        /** @description Speechmatics async transcription options (provider key `speechmatics_async`). */
        SpeechmaticsAsyncConfig: {
            additional_vocab?: components["schemas"]["AdditionalVocab"][];
            domain?: string;
            enable_entities?: boolean;
            language?: string;
            language_identification_config?: components["schemas"]["LanguageIdentificationConfig"];
            operating_point?: string;
            output_locale?: string;
        };
        /** @description Speechmatics streaming transcription options (provider key `speechmatics_streaming`). */
        SpeechmaticsStreamingConfig: {
            additional_vocab?: components["schemas"]["AdditionalVocab"][];
            diarization?: string;
            enable_entities?: boolean;
            enable_partials?: boolean;
            language?: string;
            max_delay?: number;
            max_delay_mode?: string;
            operating_point?: string;
            output_locale?: string;
            punctuation_overrides?: components["schemas"]["PunctuationOverrides"];
            speaker_diarization_config?: components["schemas"]["SpeakerDiarizationConfig"];
        };
        /** @description Gladia subtitle generation options. */
        SubtitlesConfig: {
            formats?: string[];
        };
        /** @description Gladia summarization options. */
        SummarizationConfig: {
            type?: string;
        };
        /** @description The recording's transcript and the provider configuration that produced it. */
        Transcript: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["TranscriptData"];
            diarization?: components["schemas"]["TranscriptDiarization"];
            provider?: components["schemas"]["TranscriptProvider"];
        };
        TranscriptData: {
            /** @description Pre-signed URL of the transcript; it expires after 6 hours. */
            download_url: string;
            /** @description Pre-signed URL of the provider's raw output; it expires after 6 hours. */
            provider_data_download_url?: string;
        };
        /** @description The `transcript.deleted` webhook: the transcript object has been deleted. */
        TranscriptDeletedEvent: {
            data: components["schemas"]["WebhookTranscriptData"];
            /** @constant */
            event: "transcript.deleted";
        };
        TranscriptDiarization: {
            use_separate_streams_when_available?: boolean;
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
         * @description The transcription provider configuration, keyed by provider. A request sends one key. Recall adds
         *     providers over time (current docs also name `recallai_async`, `elevenlabs_async`,
         *     `aws_transcribe_async`, `google_speech_v2_async`, `recallai_streaming`, `elevenlabs_streaming`,
         *     `assembly_ai_v3_streaming`), so unknown keys are accepted as configuration objects.
         */
        TranscriptProvider: {
            assembly_ai_async?: components["schemas"]["AssemblyAiAsyncConfig"];
            assembly_ai_async_chunked?: components["schemas"]["AssemblyAiAsyncChunkedConfig"];
            assembly_ai_streaming?: components["schemas"]["AssemblyAiStreamingConfig"];
            aws_transcribe_streaming?: components["schemas"]["AwsTranscribeStreamingConfig"];
            deepgram_async?: components["schemas"]["DeepgramAsyncConfig"];
            deepgram_streaming?: components["schemas"]["DeepgramStreamingConfig"];
            gladia_v1_async?: components["schemas"]["GladiaV1AsyncConfig"];
            gladia_v1_streaming?: components["schemas"]["GladiaV1StreamingConfig"];
            gladia_v2_async?: components["schemas"]["GladiaV2AsyncConfig"];
            gladia_v2_streaming?: components["schemas"]["GladiaV2StreamingConfig"];
            meeting_captions?: components["schemas"]["MeetingCaptionsConfig"];
            rev_async?: components["schemas"]["RevAsyncConfig"];
            rev_streaming?: components["schemas"]["RevStreamingConfig"];
            speechmatics_async?: components["schemas"]["SpeechmaticsAsyncConfig"];
            speechmatics_streaming?: components["schemas"]["SpeechmaticsStreamingConfig"];
        } & {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        /** @description Gladia translation options. */
        TranslationConfig: {
            model?: string;
            target_languages?: string[];
        };
        /** @description The mixed video of the recording, as an MP4 file. */
        VideoMixed: components["schemas"]["MediaObject"] & {
            data: components["schemas"]["VideoMixedData"];
            /**
             * Format: date-time
             * @description When this media expires. Seen in real payloads; not in the reference.
             */
            expires_at?: string | null;
            /** @enum {string} */
            format: "mp4";
            /**
             * Format: uuid
             * @description The recording this media belongs to. Seen in real payloads; not in the reference.
             */
            recording_id?: string;
        };
        VideoMixedData: {
            /** @description Pre-signed URL of the MP4 file; it expires after 6 hours. */
            download_url: string;
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
        /** @description No recording with this id in this region. The body shape is not documented. */
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
                /**
                 * @description Metadata filters. Each key `K` of this object is sent as its own query parameter
                 *     `metadata__K=VALUE`; a recording matches only if every pair matches (AND).
                 * @example {
                 *       "user_id": "12345"
                 *     }
                 */
                metadata?: {
                    [key: string]: string;
                };
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
