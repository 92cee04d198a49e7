// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
/** An artifact status code accepted by the list filters (`deleted` is not accepted). */
export type ArtifactListStatusCode = "processing" | "done" | "failed";

/**
 * The fields a client may write on an artifact: its `metadata` (Recall's `Patched*Artifact` schemas mark
 * every other field read-only). Recall does not document whether `metadata` is merged into or replaces
 * the stored map, nor whether `null` deletes a key.
 */
export interface ArtifactUpdate {
  metadata?: Metadata;
}

/**
 * Options of the `assembly_ai_async_chunked` transcription provider, as Recall's definition gives them
 * (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript
 * was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys)
 * are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted
 * too.
 *
 * Docs: https://www.assemblyai.com/docs/api-reference/transcripts/submit
 */
export interface AssemblyAiAsyncChunkedConfig {
  /** The point in time, in milliseconds, to stop transcribing in your media file */
  audio_end_at?: number;
  /** The point in time, in milliseconds, to begin transcribing in your media file */
  audio_start_from?: number;
  /** Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false */
  auto_chapters?: boolean;
  /** Enable Key Phrases, either true or false */
  auto_highlights?: boolean;
  /** How much to boost specified words */
  boost_param?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  chunk_maximum?: number;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  chunk_minimum?: number;
  /** Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false */
  content_safety?: boolean;
  /** The confidence threshold for the Content Moderation model. Values must be between 25 and 100. */
  content_safety_confidence?: number;
  /** Customize how words are spelled and formatted using to and from values */
  custom_spelling?: {
    /** Words or phrases to replace */
    from?: string[];
    /** Word to replace with */
    to?: string;
  }[];
  /**
   * @deprecated
   * Enable custom topics, either true or false
   */
  custom_topics?: boolean;
  /** Transcribe Filler Words, like "umm", in your media file; can be true or false */
  disfluencies?: boolean;
  /**
   * @deprecated
   * Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription)
   * transcription, can be true or false.
   */
  dual_channel?: boolean;
  /** Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false */
  entity_detection?: boolean;
  /** Filter profanity from the transcribed text, can be true or false */
  filter_profanity?: boolean;
  /** Enable Text Formatting, can be true or false */
  format_text?: boolean;
  /** Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false */
  iab_categories?: boolean;
  /**
   * <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
   * Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
   */
  keyterms_prompt?: string[];
  /**
   * The language of your audio file. Possible values are found in [Supported
   * Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
   * The default value is 'en_us'.
   */
  language_code?: string | string | null;
  /**
   * The confidence threshold for the automatically detected language.
   * An error will be returned if the language confidence is below this threshold.
   * Defaults to 0.
   * Format: float
   */
  language_confidence_threshold?: number;
  /**
   * Enable [Automatic language
   * detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either
   * true or false.
   */
  language_detection?: boolean;
  /**
   * Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription)
   * transcription, can be true or false.
   */
  multichannel?: boolean;
  /**
   * @deprecated
   * This parameter does not currently have any functionality attached to it.
   */
  prompt?: string;
  /** Enable Automatic Punctuation, can be true or false */
  punctuate?: boolean;
  /** Redact PII from the transcribed text using the Redact PII model, can be true or false */
  redact_pii?: boolean;
  /**
   * Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_audio?: boolean;
  /**
   * Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See
   * [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_audio_quality?: string;
  /**
   * The list of PII Redaction policies to enable. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_policies?: string[];
  /**
   * The replacement logic for detected PII, can be "entity_type" or "hash". See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_sub?: string | string | null;
  /** Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false */
  sentiment_analysis?: boolean;
  /** Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false */
  speaker_labels?: boolean;
  /**
   * Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker
   * diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details.
   */
  speakers_expected?: number | null;
  /** The speech model to use for the transcription. When `null`, the "best" model is used. */
  speech_model?: string | string | null;
  /**
   * Reject audio files that contain less than this fraction of speech.
   * Valid values are in the range [0, 1] inclusive.
   * Format: float
   */
  speech_threshold?: number | null;
  /** Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false */
  summarization?: boolean;
  /** The model to summarize the transcript */
  summary_model?: string;
  /** The type of summary */
  summary_type?: string;
  /** The list of custom topics */
  topics?: string[];
  /**
   * @deprecated
   * The list of custom vocabulary to boost transcription probability for
   */
  word_boost?: string[];
}

/**
 * Options of the `assembly_ai_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * The parameters for creating a transcript
 */
export interface AssemblyAiAsyncConfig {
  /** The point in time, in milliseconds, to stop transcribing in your media file */
  audio_end_at?: number;
  /** The point in time, in milliseconds, to begin transcribing in your media file */
  audio_start_from?: number;
  /** Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false */
  auto_chapters?: boolean;
  /** Enable Key Phrases, either true or false */
  auto_highlights?: boolean;
  /** How much to boost specified words */
  boost_param?: string;
  /** Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false */
  content_safety?: boolean;
  /** The confidence threshold for the Content Moderation model. Values must be between 25 and 100. */
  content_safety_confidence?: number;
  /** Customize how words are spelled and formatted using to and from values */
  custom_spelling?: {
    /** Words or phrases to replace */
    from?: string[];
    /** Word to replace with */
    to?: string;
  }[];
  /**
   * @deprecated
   * Enable custom topics, either true or false
   */
  custom_topics?: boolean;
  /** Transcribe Filler Words, like "umm", in your media file; can be true or false */
  disfluencies?: boolean;
  /**
   * @deprecated
   * Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription)
   * transcription, can be true or false.
   */
  dual_channel?: boolean;
  /** Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false */
  entity_detection?: boolean;
  /** Filter profanity from the transcribed text, can be true or false */
  filter_profanity?: boolean;
  /** Enable Text Formatting, can be true or false */
  format_text?: boolean;
  /** Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false */
  iab_categories?: boolean;
  /**
   * <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
   * Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
   */
  keyterms_prompt?: string[];
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  language?: string;
  /**
   * The language of your audio file. Possible values are found in [Supported
   * Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
   * The default value is 'en_us'.
   */
  language_code?: string | string | null;
  /**
   * The confidence threshold for the automatically detected language.
   * An error will be returned if the language confidence is below this threshold.
   * Defaults to 0.
   * Format: float
   */
  language_confidence_threshold?: number;
  /**
   * Enable [Automatic language
   * detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either
   * true or false.
   */
  language_detection?: boolean;
  /**
   * Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription)
   * transcription, can be true or false.
   */
  multichannel?: boolean;
  /**
   * @deprecated
   * This parameter does not currently have any functionality attached to it.
   */
  prompt?: string;
  /** Enable Automatic Punctuation, can be true or false */
  punctuate?: boolean;
  /** Redact PII from the transcribed text using the Redact PII model, can be true or false */
  redact_pii?: boolean;
  /**
   * Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_audio?: boolean;
  /**
   * Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See
   * [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_audio_quality?: string;
  /**
   * The list of PII Redaction policies to enable. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_policies?: string[];
  /**
   * The replacement logic for detected PII, can be "entity_type" or "hash". See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_sub?: string | string | null;
  /** Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false */
  sentiment_analysis?: boolean;
  /** Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false */
  speaker_labels?: boolean;
  /**
   * Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker
   * diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details.
   */
  speakers_expected?: number | null;
  /** The speech model to use for the transcription. When `null`, the "best" model is used. */
  speech_model?: string | string | null;
  /**
   * Reject audio files that contain less than this fraction of speech.
   * Valid values are in the range [0, 1] inclusive.
   * Format: float
   */
  speech_threshold?: number | null;
  /** Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false */
  summarization?: boolean;
  /** The model to summarize the transcript */
  summary_model?: string;
  /** The type of summary */
  summary_type?: string;
  /** The list of custom topics */
  topics?: string[];
  /** The header name to be sent with the transcript completed or failed webhook requests */
  webhook_auth_header_name?: string | null;
  /** The header value to send back with the transcript completed or failed webhook requests for added security */
  webhook_auth_header_value?: string | null;
  /**
   * The URL to which we send webhook requests.
   * We sends two different types of webhook requests.
   * One request when a transcript is completed or failed, and one request when the redacted audio is ready if
   * redact_pii_audio is enabled.
   */
  webhook_url?: string;
  /**
   * @deprecated
   * The list of custom vocabulary to boost transcription probability for
   */
  word_boost?: string[];
}

/**
 * Options of the `assembly_ai_async` provider as a `createTranscript` request sends them, as Recall's definition
 * gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted
 * to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside
 * OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `AssemblyAiAsyncConfig`.
 *
 * The parameters for creating a transcript
 */
export interface AssemblyAiAsyncOptions {
  /** The point in time, in milliseconds, to stop transcribing in your media file */
  audio_end_at?: number;
  /** The point in time, in milliseconds, to begin transcribing in your media file */
  audio_start_from?: number;
  /**
   * Enable [Auto Chapters](https://www.assemblyai.com/docs/models/auto-chapters), can be true or false
   * @default false
   */
  auto_chapters?: boolean;
  /**
   * Enable Key Phrases, either true or false
   * @default false
   */
  auto_highlights?: boolean;
  /** How much to boost specified words */
  boost_param?: "low" | "default" | "high";
  /**
   * Enable [Content Moderation](https://www.assemblyai.com/docs/models/content-moderation), can be true or false
   * @default false
   */
  content_safety?: boolean;
  /**
   * The confidence threshold for the Content Moderation model. Values must be between 25 and 100.
   * @default 50
   */
  content_safety_confidence?: number;
  /** Customize how words are spelled and formatted using to and from values */
  custom_spelling?: {
    /** Words or phrases to replace */
    from: string[];
    /** Word to replace with */
    to: string;
  }[];
  /**
   * @deprecated
   * Enable custom topics, either true or false
   * @default false
   */
  custom_topics?: boolean;
  /**
   * Transcribe Filler Words, like "umm", in your media file; can be true or false
   * @default false
   */
  disfluencies?: boolean;
  /**
   * @deprecated
   * Enable [Dual Channel](https://www.assemblyai.com/docs/models/speech-recognition#dual-channel-transcription)
   * transcription, can be true or false.
   * @default false
   */
  dual_channel?: boolean;
  /**
   * Enable [Entity Detection](https://www.assemblyai.com/docs/models/entity-detection), can be true or false
   * @default false
   */
  entity_detection?: boolean;
  /**
   * Filter profanity from the transcribed text, can be true or false
   * @default false
   */
  filter_profanity?: boolean;
  /**
   * Enable Text Formatting, can be true or false
   * @default true
   */
  format_text?: boolean;
  /**
   * Enable [Topic Detection](https://www.assemblyai.com/docs/models/topic-detection), can be true or false
   * @default false
   */
  iab_categories?: boolean;
  /**
   * <Warning>`keyterms_prompt` is only supported when the `speech_model` is specified as `slam-1`</Warning>
   * Improve accuracy with up to 1000 domain-specific words or phrases (maximum 6 words per phrase).
   */
  keyterms_prompt?: string[];
  /**
   * The language of your audio file. Possible values are found in [Supported
   * Languages](https://www.assemblyai.com/docs/concepts/supported-languages).
   * The default value is 'en_us'.
   * @default en_us
   */
  language_code?:
    | "en"
    | "en_au"
    | "en_uk"
    | "en_us"
    | "es"
    | "fr"
    | "de"
    | "it"
    | "pt"
    | "nl"
    | "af"
    | "sq"
    | "am"
    | "ar"
    | "hy"
    | "as"
    | "az"
    | "ba"
    | "eu"
    | "be"
    | "bn"
    | "bs"
    | "br"
    | "bg"
    | "my"
    | "ca"
    | "zh"
    | "hr"
    | "cs"
    | "da"
    | "et"
    | "fo"
    | "fi"
    | "gl"
    | "ka"
    | "el"
    | "gu"
    | "ht"
    | "ha"
    | "haw"
    | "he"
    | "hi"
    | "hu"
    | "is"
    | "id"
    | "ja"
    | "jw"
    | "kn"
    | "kk"
    | "km"
    | "ko"
    | "lo"
    | "la"
    | "lv"
    | "ln"
    | "lt"
    | "lb"
    | "mk"
    | "mg"
    | "ms"
    | "ml"
    | "mt"
    | "mi"
    | "mr"
    | "mn"
    | "ne"
    | "no"
    | "nn"
    | "oc"
    | "pa"
    | "ps"
    | "fa"
    | "pl"
    | "ro"
    | "ru"
    | "sa"
    | "sr"
    | "sn"
    | "sd"
    | "si"
    | "sk"
    | "sl"
    | "so"
    | "su"
    | "sw"
    | "sv"
    | "tl"
    | "tg"
    | "ta"
    | "tt"
    | "te"
    | "th"
    | "bo"
    | "tr"
    | "tk"
    | "uk"
    | "ur"
    | "uz"
    | "vi"
    | "cy"
    | "yi"
    | "yo" | string | string | null;
  /**
   * The confidence threshold for the automatically detected language.
   * An error will be returned if the language confidence is below this threshold.
   * Defaults to 0.
   * @default 0
   * Format: float
   */
  language_confidence_threshold?: number;
  /**
   * Enable [Automatic language
   * detection](https://www.assemblyai.com/docs/models/speech-recognition#automatic-language-detection), either
   * true or false.
   * @default false
   */
  language_detection?: boolean;
  /**
   * Enable [Multichannel](https://www.assemblyai.com/docs/models/speech-recognition#multichannel-transcription)
   * transcription, can be true or false.
   * @default false
   */
  multichannel?: boolean;
  /**
   * @deprecated
   * This parameter does not currently have any functionality attached to it.
   */
  prompt?: string;
  /**
   * Enable Automatic Punctuation, can be true or false
   * @default true
   */
  punctuate?: boolean;
  /**
   * Redact PII from the transcribed text using the Redact PII model, can be true or false
   * @default false
   */
  redact_pii?: boolean;
  /**
   * Generate a copy of the original media file with spoken PII "beeped" out, can be true or false. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   * @default false
   */
  redact_pii_audio?: boolean;
  /**
   * Controls the filetype of the audio created by redact_pii_audio. Currently supports mp3 (default) and wav. See
   * [PII redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_audio_quality?: "mp3" | "wav";
  /**
   * The list of PII Redaction policies to enable. See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   */
  redact_pii_policies?: (
    | "account_number"
    | "banking_information"
    | "blood_type"
    | "credit_card_cvv"
    | "credit_card_expiration"
    | "credit_card_number"
    | "date"
    | "date_interval"
    | "date_of_birth"
    | "drivers_license"
    | "drug"
    | "duration"
    | "email_address"
    | "event"
    | "filename"
    | "gender_sexuality"
    | "healthcare_number"
    | "injury"
    | "ip_address"
    | "language"
    | "location"
    | "marital_status"
    | "medical_condition"
    | "medical_process"
    | "money_amount"
    | "nationality"
    | "number_sequence"
    | "occupation"
    | "organization"
    | "passport_number"
    | "password"
    | "person_age"
    | "person_name"
    | "phone_number"
    | "physical_attribute"
    | "political_affiliation"
    | "religion"
    | "statistics"
    | "time"
    | "url"
    | "us_social_security_number"
    | "username"
    | "vehicle_id"
    | "zodiac_sign")[];
  /**
   * The replacement logic for detected PII, can be "entity_type" or "hash". See [PII
   * redaction](https://www.assemblyai.com/docs/models/pii-redaction) for more details.
   * @default hash
   */
  redact_pii_sub?: "entity_name" | "hash" | string | null;
  /**
   * Enable [Sentiment Analysis](https://www.assemblyai.com/docs/models/sentiment-analysis), can be true or false
   * @default false
   */
  sentiment_analysis?: boolean;
  /**
   * Enable [Speaker diarization](https://www.assemblyai.com/docs/models/speaker-diarization), can be true or false
   * @default false
   */
  speaker_labels?: boolean;
  /**
   * Tells the speaker label model how many speakers it should attempt to identify, up to 10. See [Speaker
   * diarization](https://www.assemblyai.com/docs/models/speaker-diarization) for more details.
   * @default null
   */
  speakers_expected?: number | null;
  /**
   * The speech model to use for the transcription. When `null`, the "best" model is used.
   * @default best
   */
  speech_model?: "best" | "nano" | "slam-1" | "universal" | string | null;
  /**
   * Reject audio files that contain less than this fraction of speech.
   * Valid values are in the range [0, 1] inclusive.
   * @default 0
   * Format: float
   */
  speech_threshold?: number | null;
  /**
   * Enable [Summarization](https://www.assemblyai.com/docs/models/summarization), can be true or false
   * @default false
   */
  summarization?: boolean;
  /** The model to summarize the transcript */
  summary_model?: "informative" | "conversational" | "catchy";
  /** The type of summary */
  summary_type?: "bullets" | "bullets_verbose" | "gist" | "headline" | "paragraph";
  /** The list of custom topics */
  topics?: string[];
  /**
   * The header name to be sent with the transcript completed or failed webhook requests
   * @default null
   */
  webhook_auth_header_name?: string | null;
  /**
   * The header value to send back with the transcript completed or failed webhook requests for added security
   * @default null
   */
  webhook_auth_header_value?: string | null;
  /**
   * The URL to which we send webhook requests.
   * We sends two different types of webhook requests.
   * One request when a transcript is completed or failed, and one request when the redacted audio is ready if
   * redact_pii_audio is enabled.
   */
  webhook_url?: string;
  /**
   * @deprecated
   * The list of custom vocabulary to boost transcription probability for
   */
  word_boost?: string[];
}

/**
 * @deprecated
 * Options of the `assembly_ai_streaming` provider as the seed (the Update Recording page, 2025-06) shows them.
 * Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export interface AssemblyAiStreamingConfig {
  disable_partial_transcripts?: boolean;
  word_boost?: string[];
}

/**
 * Options of the `assembly_ai_v3_streaming` transcription provider, as Recall's definition gives them
 * (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript
 * was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys)
 * are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted
 * too.
 *
 * Docs: https://www.assemblyai.com/docs/api-reference/streaming-api/streaming-api
 */
export interface AssemblyAiV3StreamingConfig {
  /** The confidence threshold (0.0 to 1.0) to use when determining if the end of a turn has been reached */
  end_of_turn_confidence_threshold?: unknown;
  /** Whether to return formatted final transcripts */
  format_turns?: boolean;
  /** The maximum amount of silence in milliseconds allowed in a turn before end of turn is triggered */
  max_turn_silence?: unknown;
  /** The minimum amount of silence in milliseconds required to detect end of turn when confident */
  min_end_of_turn_silence_when_confident?: unknown;
}

/** A mixed audio artifact as its own endpoints return it (Recall's `AudioMixedArtifact`). */
export interface AudioMixedArtifact extends AudioMixedShortcut {
  recording: RecordingReference;
}

/** The mixed audio's file (Recall's `AudioMixedArtifactData`). */
export interface AudioMixedData {
  /** Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
  download_url: string | null;
}

/** The `audio_mixed.deleted` webhook: the audio mixed object has been deleted. */
export interface AudioMixedDeletedEvent {
  data: WebhookAudioMixedData;
  event: "audio_mixed.deleted";
}

/** The `audio_mixed.done` webhook: the audio mixed object has been generated successfully. */
export interface AudioMixedDoneEvent {
  data: WebhookAudioMixedData;
  event: "audio_mixed.done";
}

/** The `audio_mixed.failed` webhook: the audio mixed object generation has failed. */
export interface AudioMixedFailedEvent {
  data: WebhookAudioMixedData;
  event: "audio_mixed.failed";
}

/** Query parameters of List Audio Mixed. */
export type AudioMixedListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `audio_mixed.processing` webhook: the audio mixed object is being processed. */
export interface AudioMixedProcessingEvent {
  data: WebhookAudioMixedData;
  event: "audio_mixed.processing";
}

/**
 * The mixed audio of the recording (Recall's `AudioMixedArtifactShortcut`, 2025-11 and newer
 * definitions; not in the seed).
 */
export interface AudioMixedShortcut extends MediaObject {
  data: AudioMixedData;
  /** Format of the mixed audio file. */
  format: "mp3" | "raw";
}

/** A separate-stream artifact, one participant's audio (Recall's `AudioSeparateArtifact`). */
export interface AudioSeparateArtifact extends MediaObject {
  data: AudioSeparateData;
  format: "raw" | "ogg";
  recording: RecordingReference;
}

/** One participant's audio file (Recall's `AudioSeparateArtifactData`). */
export interface AudioSeparateData {
  /** Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
  download_url: string | null;
}

/** The `audio_separate.deleted` webhook: the audio separate object has been deleted. */
export interface AudioSeparateDeletedEvent {
  data: WebhookAudioSeparateData;
  event: "audio_separate.deleted";
}

/** The `audio_separate.done` webhook: the audio separate object has been generated successfully. */
export interface AudioSeparateDoneEvent {
  data: WebhookAudioSeparateData;
  event: "audio_separate.done";
}

/** The `audio_separate.failed` webhook: the audio separate object generation has failed. */
export interface AudioSeparateFailedEvent {
  data: WebhookAudioSeparateData;
  event: "audio_separate.failed";
}

/** Query parameters of List Audio Separate. */
export type AudioSeparateListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `audio_separate.processing` webhook: the audio separate object is being processed. */
export interface AudioSeparateProcessingEvent {
  data: WebhookAudioSeparateData;
  event: "audio_separate.processing";
}

/**
 * Options of the `aws_transcribe_async` transcription provider. Recall's newer "List Recordings" definition (the
 * 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export interface AwsTranscribeAsyncConfig {
  [key: string]: unknown;
}

/**
 * Options of the `aws_transcribe_streaming` transcription provider, as Recall's definition gives them
 * (recall-sdk schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript
 * was made with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys)
 * are dropped and unknown properties tolerated; where the seed's sample differs, its field or type is accepted
 * too.
 *
 * You must specify either:
 * - `language_code`(e.g `en-US`) OR
 * - Set `language_identification` to `true` AND specify `language_options`(e.g `en-US,fr-FR,es-US,de-DE,it-IT`).
 *
 * Docs: https://docs.aws.amazon.com/transcribe/latest/APIReference/API_streaming_StartStreamTranscription.html
 */
export interface AwsTranscribeStreamingConfig {
  /**
   * Labels all personally identifiable information (PII) identified in your transcript. If you don't include
   * PiiEntityTypes, all PII is identified.  You can’t set ContentIdentificationType and ContentRedactionType.
   */
  content_identification_type?: string;
  /**
   * Content redaction is performed at the segment level. If you don't include PiiEntityTypes, all PII is redacted.
   * You can’t set ContentRedactionType and ContentIdentificationType.
   */
  content_redaction_type?: string;
  /**
   * Enables partial result stabilization for your transcription. Partial result stabilization can reduce latency
   * in your output, but may impact accuracy.
   */
  enable_partial_results_stabilization?: boolean;
  /**
   * Enables automatic language identification for your transcription. If you include IdentifyLanguage, you can
   * optionally use LanguageOptions to include a list of language codes that you think may be present in your audio
   * stream. Including language options can improve transcription accuracy. You can also use PreferredLanguage to
   * include a preferred language. Doing so can help Amazon Transcribe identify the language faster. You must
   * include either LanguageCode or IdentifyLanguage. Language identification can't be combined with custom
   * language models or redaction.
   */
  identify_language?: boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  identify_multiple_languages?: boolean;
  /**
   * Specify the language code that represents the language spoken. If you're unsure of the language spoken in your
   * audio, consider using IdentifyLanguage to enable automatic language identification.
   */
  language_code?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  language_identification?: boolean;
  /**
   * Specify the name of the custom language model that you want to use when processing your transcription. Note
   * that language model names are case sensitive. The language of the specified language model must match the
   * language code. If the languages don't match, the custom language model isn't applied. There are no errors or
   * warnings associated with a language mismatch. If you use Amazon Transcribe in multiple Regions, the custom
   * language model must be available in Amazon Transcribe in each Region.
   */
  language_model_name?: string;
  /**
   * Specify two or more language codes that represent the languages you think may be present in your media;
   * including more than five is not recommended. If you're unsure what languages are present, do not include this
   * parameter. Including language options can improve the accuracy of language identification. If you include
   * LanguageOptions, you must also include IdentifyLanguage.  You can only include one language dialect per
   * language. For example, you cannot include en-US and en-AU.
   */
  language_options?: string;
  /**
   * Specify the level of stability to use when you enable partial results stabilization
   * (EnablePartialResultsStabilization). Low stability provides the highest accuracy. High stability transcribes
   * faster, but with slightly lower accuracy.
   */
  partial_results_stability?: string;
  /**
   * Specify which types of personally identifiable information (PII) you want to redact in your transcript. You
   * can include as many types as you'd like, or you can select ALL. Values must be comma-separated and can
   * include: ADDRESS, BANK_ACCOUNT_NUMBER, BANK_ROUTING, CREDIT_DEBIT_CVV, CREDIT_DEBIT_EXPIRY
   * CREDIT_DEBIT_NUMBER, EMAIL,NAME, PHONE, PIN, SSN, or ALL. Note that if you include PiiEntityTypes, you must
   * also include ContentIdentificationType or ContentRedactionType. If you include ContentRedactionType or
   * ContentIdentificationType, but do not include PiiEntityTypes, all PII is redacted or identified.
   */
  pii_entity_types?: string;
  /**
   * Specify a preferred language from the subset of languages codes you specified in LanguageOptions. You can only
   * use this parameter if you include IdentifyLanguage and LanguageOptions.
   */
  preferred_language?: string;
  /**
   * The Amazon Web Services Region in which to use Amazon Transcribe. If you don't specify a Region, then the
   * MediaRegion of the meeting is used. However, if Amazon Transcribe is not available in the MediaRegion, then a
   * TranscriptFailed event is sent. Use auto to use Amazon Transcribe in a Region near the meeting’s MediaRegion.
   * For more information, refer to Choosing a transcription Region in the Amazon Chime SDK Developer Guide.
   */
  region?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  show_speaker_label?: boolean;
  /**
   * Specify how you want your vocabulary filter applied to your transcript. To replace words with ***, choose
   * mask. To delete words, choose remove. To flag words without changing them, choose tag.
   */
  vocabulary_filter_method?: string;
  /**
   * Specify the name of the custom vocabulary filter that you want to use when processing your transcription. Note
   * that vocabulary filter names are case sensitive.  If you use Amazon Transcribe in multiple Regions, the
   * vocabulary filter must be available in Amazon Transcribe in each Region. If you include IdentifyLanguage and
   * want to use one or more vocabulary filters with your transcription, use the VocabularyFilterNames parameter
   * instead.
   */
  vocabulary_filter_name?: string;
  /**
   * Specify the names of the custom vocabulary filters that you want to use when processing your transcription.
   * Note that vocabulary filter names are case sensitive. If you use Amazon Transcribe in multiple Regions, the
   * vocabulary filter must be available in Amazon Transcribe in each Region.  If you're not including
   * IdentifyLanguage and want to use a custom vocabulary filter with your transcription, use the
   * VocabularyFilterName parameter instead.
   */
  vocabulary_filter_names?: string;
  /**
   * Specify the name of the custom vocabulary that you want to use when processing your transcription. Note that
   * vocabulary names are case sensitive. If you use Amazon Transcribe multiple Regions, the vocabulary must be
   * available in Amazon Transcribe in each Region. If you include IdentifyLanguage and want to use one or more
   * custom vocabularies with your transcription, use the VocabularyNames parameter instead.
   */
  vocabulary_name?: string;
  /**
   * Specify the names of the custom vocabularies that you want to use when processing your transcription. Note
   * that vocabulary names are case sensitive. If you use Amazon Transcribe in multiple Regions, the vocabulary
   * must be available in Amazon Transcribe in each Region. If you don't include IdentifyLanguage and want to use a
   * custom vocabulary with your transcription, use the VocabularyName parameter instead.
   */
  vocabulary_names?: string;
}

/**
 * The provider to transcribe the recording with: send exactly one key (Recall's
 * `RecordingCreateTranscriptArtifactProvider`, 2025-11, lists these six async providers). Each provider's
 * options
 * are Recall's request definition of them: the vendor's enums and required keys.
 */
export interface CreateTranscriptProvider {
  assembly_ai_async?: AssemblyAiAsyncOptions;
  deepgram_async?: DeepgramAsyncOptions;
  gladia_v2_async?: GladiaV2AsyncOptions;
  recallai_async?: RecallaiAsyncOptions;
  rev_async?: RevAsyncOptions;
  speechmatics_async?: SpeechmaticsAsyncOptions;
}

/**
 * Asks for an async transcript of a finished recording (Recall's `RecordingCreateTranscriptArtifact`,
 * 2025-11). A recording holds at most 10 transcripts; delete one to make room.
 */
export interface CreateTranscriptRequest {
  /** How to diarize the transcript. */
  diarization?: {
    /** @default false */
    use_separate_streams_when_available?: boolean;
  };
  metadata?: Metadata;
  provider: CreateTranscriptProvider;
}

/**
 * Options of the `deepgram_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 */
export interface DeepgramAsyncConfig {
  callback?: string;
  callback_method?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  credential_id?: string;
  custom_intent?: string | string[];
  custom_intent_mode?: string;
  custom_topic?: string | string[];
  custom_topic_mode?: string;
  detect_entities?: boolean;
  detect_language?: boolean | string[];
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  detect_topics?: boolean;
  diarize?: boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
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
  /** The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
  summarize?: string | boolean;
  /** The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
  tag?: string | string[] | boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  tier?: string;
  topics?: boolean;
  utt_split?: number;
  utterances?: boolean;
  version?: string;
}

/**
 * Options of the `deepgram_async` provider as a `createTranscript` request sends them, as Recall's definition
 * gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted
 * to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside
 * OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `DeepgramAsyncConfig`.
 */
export interface DeepgramAsyncOptions {
  custom_intent?: string | string[];
  /** @default extended */
  custom_intent_mode?: "extended" | "strict";
  custom_topic?: string | string[];
  /** @default extended */
  custom_topic_mode?: "extended" | "strict";
  /** @default false */
  detect_entities?: boolean;
  detect_language?: boolean | string[];
  /** @default false */
  diarize?: boolean;
  /** @default false */
  dictation?: boolean;
  encoding?: "linear16" | "flac" | "mulaw" | "amr-nb" | "amr-wb" | "opus" | "speex" | "g729";
  extra?: string | string[];
  /** @default false */
  filler_words?: boolean;
  /** @default false */
  intents?: boolean;
  keyterm?: string[];
  keywords?: string | string[];
  /** @default en */
  language?:
    | "bg"
    | "ca"
    | "zh"
    | "zh-CN"
    | "zh-TW"
    | "zh-HK"
    | "zh-Hans"
    | "zh-Hant"
    | "cs"
    | "da"
    | "da-DK"
    | "nl"
    | "nl-BE"
    | "en"
    | "en-US"
    | "en-AU"
    | "en-GB"
    | "en-NZ"
    | "en-IN"
    | "et"
    | "fi"
    | "fr"
    | "fr-CA"
    | "de"
    | "de-CH"
    | "el"
    | "hi"
    | "hi-Latn"
    | "hu"
    | "id"
    | "it"
    | "ja"
    | "ko"
    | "ko-KR"
    | "lv"
    | "lt"
    | "ms"
    | "multi"
    | "no"
    | "pl"
    | "pt"
    | "pt-BR"
    | "pt-PT"
    | "ro"
    | "ru"
    | "sk"
    | "es"
    | "es-419"
    | "es-LATAM"
    | "sv"
    | "sv-SE"
    | "taq"
    | "th"
    | "th-TH"
    | "tr"
    | "uk"
    | "vi";
  /** @default false */
  measurements?: boolean;
  /** @default false */
  mip_opt_out?: boolean;
  /** @default base-general */
  model?:
    | "nova-3"
    | "nova-3-general"
    | "nova-3-medical"
    | "nova-2"
    | "nova-2-general"
    | "nova-2-meeting"
    | "nova-2-finance"
    | "nova-2-conversationalai"
    | "nova-2-voicemail"
    | "nova-2-video"
    | "nova-2-medical"
    | "nova-2-drivethru"
    | "nova-2-automotive"
    | "nova"
    | "nova-general"
    | "nova-phonecall"
    | "nova-medical"
    | "enhanced"
    | "enhanced-general"
    | "enhanced-meeting"
    | "enhanced-phonecall"
    | "enhanced-finance"
    | "base"
    | "meeting"
    | "phonecall"
    | "finance"
    | "conversationalai"
    | "voicemail"
    | "video" | string;
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
}

/**
 * Options of the `deepgram_streaming` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://developers.deepgram.com/reference/streaming
 */
export interface DeepgramStreamingConfig {
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  alternatives?: number;
  /**
   * Defaults to `false`. Recognize speaker changes. Each word in the transcript will be assigned a speaker number
   * starting at 0
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  diarize?: string | boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  diarize_version?: string;
  /** Identify and extract key entities from content in submitted audio */
  dictation?: string;
  /**
   * Indicates how long Deepgram will wait to detect whether a speaker has finished speaking or pauses for a
   * significant period of time. When set to a value, the streaming endpoint immediately finalizes the
   * transcription for the processed time range and returns the transcript with a speech_final parameter set to
   * true. Can also be set to false to disable endpointing
   *
   * Recall's 2025-11 definition gives no type: the seed's sample shows a number, the description `false` and the
   * definition's default the string "10", so each is accepted.
   */
  endpointing?: number | boolean | string;
  /** Arbitrary key-value pairs that are attached to the API response for usage in downstream processing */
  extra?: unknown;
  /**
   * Filler Words can help transcribe interruptions in your audio, like "uh" and "um"
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  filler_words?: string | boolean;
  /**
   * Specifies whether the streaming endpoint should provide ongoing transcription updates as more audio is
   * received. When set to true, the endpoint sends continuous updates, meaning transcription results may evolve
   * over time
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  interim_results?: string | boolean;
  /**
   * Key term prompting can boost or suppress specialized terminology and brands. Only compatible with Nova-3
   *
   * Recall's 2025-11 definition gives no type; the seed's sample and the `deepgram_async` definition show a list
   * of strings.
   */
  keyterm?: string[];
  /**
   * Keywords can boost or suppress specialized terminology and brands
   *
   * Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async`
   * definition a string or a list of strings.
   */
  keywords?: string | string[];
  /**
   * The [BCP-47 language tag](https://tools.ietf.org/html/bcp47) that hints at the primary spoken language.
   * Depending on the Model you choose only certain languages are available
   */
  language?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  log_data?: boolean;
  /**
   * Opts out requests from the Deepgram Model Improvement Program. Refer to our Docs for pricing impacts before
   * setting this to true. https://dpgr.am/deepgram-mip
   *
   * Recall's 2025-11 definition gives no type: the seed's sample and the `deepgram_async` definition show a
   * boolean, the definition's default the string "false", so both are accepted.
   */
  mip_opt_out?: boolean | string;
  /** AI model to use for the transcription */
  model?: string;
  /** Transcribe each audio channel independently */
  multichannel?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  ner?: boolean;
  /**
   * Convert numbers from written format to numerical format
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  numerals?: string | boolean;
  /**
   * Profanity Filter looks for recognized profanity and converts it to the nearest recognized non-profane word or
   * removes it from the transcript completely
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  profanity_filter?: string | boolean;
  /**
   * Add punctuation and capitalization to the transcript
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  punctuate?: string | boolean;
  /**
   * Redaction removes sensitive information from your transcripts
   *
   * The seed's sample shows an array here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  redact?: string | string[];
  /**
   * Search for terms or phrases in submitted audio and replaces them
   *
   * Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async`
   * definition a string or a list of strings.
   */
  replace?: string | string[];
  /**
   * Search for terms or phrases in submitted audio
   *
   * Recall's 2025-11 definition gives no type; the seed's sample shows a list of strings, the `deepgram_async`
   * definition a string or a list of strings.
   */
  search?: string | string[];
  /**
   * Apply formatting to transcript output. When set to true, additional formatting will be applied to transcripts
   * to improve readability
   *
   * The seed's sample shows a boolean here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  smart_format?: string | boolean;
  /** Label your requests for the purpose of identification during usage reporting */
  tag?: unknown;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  tier?: string;
  /**
   * Indicates how long Deepgram will wait to send an UtteranceEnd message after a word has been transcribed. Use
   * with interim_results
   */
  utterance_end_ms?: unknown;
  /** Indicates that speech has started. You'll begin receiving Speech Started messages upon speech starting */
  vad_events?: string;
  /**
   * Version of an AI model to use
   *
   * Recall's 2025-11 definition gives no type; the seed's sample and the `deepgram_async` definition show a
   * string.
   */
  version?: string;
}

/**
 * Options of the `elevenlabs_async` transcription provider. Recall's newer "List Recordings" definition (the
 * 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export interface ElevenlabsAsyncConfig {
  [key: string]: unknown;
}

/**
 * Options of the `elevenlabs_streaming` transcription provider, as Recall's newer "List Recordings"
 * definition gives them (https://elevenlabs.io/docs/api-reference/speech-to-text). Unknown properties
 * are tolerated.
 */
export interface ElevenlabsStreamingConfig {
  /** ISO 639-1 two-letter language code. When not specified, the model auto-detects the language. */
  language_code?: string;
  /** The model to use for transcription (default `eleven_whisper_v2_realtime`). */
  model_id?: string;
  /** Text from a previous transcription session to provide context for the model. */
  previous_text?: string;
}

/** An error body. Other keys may appear alongside `detail`. */
export interface ErrorDetail {
  /** A machine-readable error code, when Recall sends one. */
  code?: string;
  /** A human-readable explanation. */
  detail: string;
}

/**
 * @deprecated
 * Options of the `gladia_v1_async` provider as the seed (the Update Recording page, 2025-06) shows them.
 * Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export interface GladiaV1AsyncConfig {
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
}

/**
 * @deprecated
 * Options of the `gladia_v1_streaming` provider as the seed (the Update Recording page, 2025-06) shows them.
 * Recall's
 * 2025-11 and newer definitions no longer list this provider; kept so recordings made with it still type.
 */
export interface GladiaV1StreamingConfig {
  audio_enhancer?: boolean;
  endpointing?: number;
  language?: string;
  language_behaviour?: string;
  model_type?: string;
  transcription_hint?: string;
}

/**
 * Options of the `gladia_v2_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 */
export interface GladiaV2AsyncConfig {
  /** **[Alpha]** Enable audio to llm processing for this audio */
  audio_to_llm?: boolean;
  /** **[Alpha]** Audio to llm configuration, if `audio_to_llm` is enabled */
  audio_to_llm_config?: {
    /** The list of prompts applied on the audio transcription */
    prompts?: (string[] | string)[];
  };
  /**
   * Enable callback for this transcription. If true, the `callback_config` property will be used to customize the
   * callback behaviour
   */
  callback?: boolean;
  /** Customize the callback behaviour (url and http method) */
  callback_config?: {
    /** The HTTP method to be used. Allowed values are `POST` or `PUT` (default: `POST`) */
    method?: string;
    /**
     * The URL to be called with the result of the transcription
     * Format: uri
     */
    url?: string;
  };
  /**
   * @deprecated
   * **[Deprecated]** Use `callback`/`callback_config` instead. Callback URL we will do a `POST` request to with
   * the result of the transcription
   * Format: uri
   */
  callback_url?: string;
  /** **[Alpha]** Enable chapterization for this audio */
  chapterization?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Specify the configuration for code switching
   */
  code_switching_config?: {
    /** Specify the languages you want to use when detecting multiple languages */
    languages?: string[];
  };
  /**
   * @deprecated
   * **[Deprecated]** Context to feed the transcription model with for possible better accuracy
   */
  context_prompt?: string;
  /** Custom metadata you can attach to this transcription */
  custom_metadata?: Record<string, unknown>;
  /** **[Alpha]** Enable custom spelling for this audio */
  custom_spelling?: boolean;
  /** **[Alpha]** Custom spelling configuration, if `custom_spelling` is enabled */
  custom_spelling_config?: {
    /** The list of spelling applied on the audio transcription */
    spelling_dictionary?: Record<string, unknown>;
  };
  /**
   * **[Beta]** Can be either boolean to enable custom_vocabulary for this audio or an array with specific
   * vocabulary list to feed the transcription model with
   *
   * The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   */
  custom_vocabulary?: boolean | string;
  /** **[Beta]** Custom vocabulary configuration, if `custom_vocabulary` is enabled */
  custom_vocabulary_config?: {
    /** Default intensity for the custom vocabulary */
    default_intensity?: number;
    /**
     * Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the
     * following properties: value, intensity, pronunciations, language.
     */
    vocabulary?: ({
      /** The global intensity of the feature. */
      intensity?: number;
      /**
       * Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription
       * language.
       */
      language?: string;
      /** The pronunciations used in the transcription. */
      pronunciations?: string[];
      /** The text used to replace in the transcription. */
      value?: string;
    } | string)[];
  };
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Detect the language from the given audio
   */
  detect_language?: boolean;
  /** Enable speaker recognition (diarization) for this audio */
  diarization?: boolean;
  /** Speaker recognition configuration, if `diarization` is enabled */
  diarization_config?: {
    /** **[Alpha]** Use enhanced diarization for this audio */
    enhanced?: boolean;
    /** Maximum number of speakers in the audio */
    max_speakers?: number;
    /** Minimum number of speakers in the audio */
    min_speakers?: number;
    /** Exact number of speakers in the audio */
    number_of_speakers?: number;
  };
  /**
   * **[Alpha]** Allows to change the output display_mode for this audio. The output will be reordered, creating
   * new utterances when speakers overlapped
   */
  display_mode?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead.Detect multiple languages in the given audio
   */
  enable_code_switching?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Set the spoken language for the given audio (ISO 639 standard)
   */
  language?: string;
  /** Specify the language configuration */
  language_config?: {
    /**
     * If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first
     * utterance and then used for the rest of the transcription. If one language is set, this option will be
     * ignored.
     */
    code_switching?: boolean;
    /**
     * If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by
     * the model.
     */
    languages?: string[];
  };
  /** **[Alpha]** Enable moderation for this audio */
  moderation?: boolean;
  /** **[Alpha]** Enable names consistency for this audio */
  name_consistency?: boolean;
  /** **[Alpha]** Enable named entity recognition for this audio */
  named_entity_recognition?: boolean;
  /** **[Alpha]** Use enhanced punctuation for this audio */
  punctuation_enhanced?: boolean;
  /** Enable sentences for this audio */
  sentences?: boolean;
  /** **[Alpha]** Enable sentiment analysis for this audio */
  sentiment_analysis?: boolean;
  /** **[Alpha]** Enable structured data extraction for this audio */
  structured_data_extraction?: boolean;
  /** **[Alpha]** Structured data extraction configuration, if `structured_data_extraction` is enabled */
  structured_data_extraction_config?: {
    /** The list of classes to extract from the audio transcription */
    classes?: string[][];
  };
  /** Enable subtitles generation for this transcription */
  subtitles?: boolean;
  /** Configuration for subtitles generation if `subtitles` is enabled */
  subtitles_config?: {
    formats?: string[];
    /** Maximum number of characters per row in a subtitle */
    maximum_characters_per_row?: number;
    /** Maximum duration of a subtitle in seconds */
    maximum_duration?: number;
    /** Maximum number of rows per caption */
    maximum_rows_per_caption?: number;
    /** Minimum duration of a subtitle in seconds */
    minimum_duration?: number;
    /**
     * Style of the subtitles. Compliance mode refers to :
     * https://loc.gov/preservation/digital/formats//fdd/fdd000569.shtml#:~:text=SRT%20files%20are%20basic%20text,alongside%2C%20example%3A%20%22MyVideo123
     */
    style?: string;
  };
  /** **[Beta]** Enable summarization for this audio */
  summarization?: boolean;
  /** **[Beta]** Summarization configuration, if `summarization` is enabled */
  summarization_config?: {
    /** The type of summarization to apply */
    type?: string;
  };
  /** **[Beta]** Enable translation for this audio */
  translation?: boolean;
  /** **[Beta]** Translation configuration, if `translation` is enabled */
  translation_config?: {
    /** Context information to improve translation accuracy */
    context?: string;
    /**
     * Enables or disables context-aware translation features that allow the model to adapt translations based on
     * provided context.
     */
    context_adaptation?: boolean;
    /** Forces the translation to use informal language forms when available in the target language. */
    informal?: boolean;
    /** Whether to apply lipsync to the translated transcription. */
    lipsync?: boolean;
    /** Align translated utterances with the original ones */
    match_original_utterances?: boolean;
    /** Model you want the translation model to use to translate */
    model?: string;
    target_languages?: string[];
  };
}

/**
 * Options of the `gladia_v2_async` provider as a `createTranscript` request sends them, as Recall's definition
 * gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted
 * to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside
 * OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `GladiaV2AsyncConfig`.
 */
export interface GladiaV2AsyncOptions {
  /**
   * **[Alpha]** Enable audio to llm processing for this audio
   * @default false
   */
  audio_to_llm?: boolean;
  /** **[Alpha]** Audio to llm configuration, if `audio_to_llm` is enabled */
  audio_to_llm_config?: {
    /** The list of prompts applied on the audio transcription */
    prompts: string[][];
  };
  /**
   * Enable callback for this transcription. If true, the `callback_config` property will be used to customize the
   * callback behaviour
   * @default false
   */
  callback?: boolean;
  /** Customize the callback behaviour (url and http method) */
  callback_config?: {
    /**
     * The HTTP method to be used. Allowed values are `POST` or `PUT` (default: `POST`)
     * @default POST
     */
    method?: "POST" | "PUT";
    /**
     * The URL to be called with the result of the transcription
     * Format: uri
     */
    url: string;
  };
  /**
   * @deprecated
   * **[Deprecated]** Use `callback`/`callback_config` instead. Callback URL we will do a `POST` request to with
   * the result of the transcription
   * Format: uri
   */
  callback_url?: string;
  /**
   * **[Alpha]** Enable chapterization for this audio
   * @default false
   */
  chapterization?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Specify the configuration for code switching
   */
  code_switching_config?: {
    /**
     * Specify the languages you want to use when detecting multiple languages
     * @default []
     */
    languages?: (
      | "af"
      | "sq"
      | "am"
      | "ar"
      | "hy"
      | "as"
      | "az"
      | "ba"
      | "eu"
      | "be"
      | "bn"
      | "bs"
      | "br"
      | "bg"
      | "ca"
      | "zh"
      | "hr"
      | "cs"
      | "da"
      | "nl"
      | "en"
      | "et"
      | "fo"
      | "fi"
      | "fr"
      | "gl"
      | "ka"
      | "de"
      | "el"
      | "gu"
      | "ht"
      | "ha"
      | "haw"
      | "he"
      | "hi"
      | "hu"
      | "is"
      | "id"
      | "it"
      | "ja"
      | "jv"
      | "kn"
      | "kk"
      | "km"
      | "ko"
      | "lo"
      | "la"
      | "lv"
      | "ln"
      | "lt"
      | "lb"
      | "mk"
      | "mg"
      | "ms"
      | "ml"
      | "mt"
      | "mi"
      | "mr"
      | "mn"
      | "mymr"
      | "ne"
      | "no"
      | "nn"
      | "oc"
      | "ps"
      | "fa"
      | "pl"
      | "pt"
      | "pa"
      | "ro"
      | "ru"
      | "sa"
      | "sr"
      | "sn"
      | "sd"
      | "si"
      | "sk"
      | "sl"
      | "so"
      | "es"
      | "su"
      | "sw"
      | "sv"
      | "tl"
      | "tg"
      | "ta"
      | "tt"
      | "te"
      | "th"
      | "bo"
      | "tr"
      | "tk"
      | "uk"
      | "ur"
      | "uz"
      | "vi"
      | "cy"
      | "yi"
      | "yo"
      | "jp")[];
  };
  /**
   * @deprecated
   * **[Deprecated]** Context to feed the transcription model with for possible better accuracy
   */
  context_prompt?: string;
  /** Custom metadata you can attach to this transcription */
  custom_metadata?: Record<string, unknown>;
  /**
   * **[Alpha]** Enable custom spelling for this audio
   * @default false
   */
  custom_spelling?: boolean;
  /** **[Alpha]** Custom spelling configuration, if `custom_spelling` is enabled */
  custom_spelling_config?: {
    /** The list of spelling applied on the audio transcription */
    spelling_dictionary: Record<string, unknown>;
  };
  /**
   * **[Beta]** Can be either boolean to enable custom_vocabulary for this audio or an array with specific
   * vocabulary list to feed the transcription model with
   * @default false
   */
  custom_vocabulary?: boolean;
  /** **[Beta]** Custom vocabulary configuration, if `custom_vocabulary` is enabled */
  custom_vocabulary_config?: {
    /** Default intensity for the custom vocabulary */
    default_intensity?: number;
    /**
     * Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the
     * following properties: value, intensity, pronunciations, language.
     */
    vocabulary: ({
      /** The global intensity of the feature. */
      intensity?: number;
      /**
       * Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription
       * language.
       */
      language?: string;
      /** The pronunciations used in the transcription. */
      pronunciations?: string[];
      /** The text used to replace in the transcription. */
      value: string;
    } | string)[];
  };
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Detect the language from the given audio
   * @default true
   */
  detect_language?: boolean;
  /**
   * Enable speaker recognition (diarization) for this audio
   * @default false
   */
  diarization?: boolean;
  /** Speaker recognition configuration, if `diarization` is enabled */
  diarization_config?: {
    /**
     * **[Alpha]** Use enhanced diarization for this audio
     * @default false
     */
    enhanced?: boolean;
    /** Maximum number of speakers in the audio */
    max_speakers?: number;
    /** Minimum number of speakers in the audio */
    min_speakers?: number;
    /** Exact number of speakers in the audio */
    number_of_speakers?: number;
  };
  /**
   * **[Alpha]** Allows to change the output display_mode for this audio. The output will be reordered, creating
   * new utterances when speakers overlapped
   * @default false
   */
  display_mode?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead.Detect multiple languages in the given audio
   * @default false
   */
  enable_code_switching?: boolean;
  /**
   * @deprecated
   * **[Deprecated]** Use `language_config` instead. Set the spoken language for the given audio (ISO 639 standard)
   */
  language?:
    | "af"
    | "sq"
    | "am"
    | "ar"
    | "hy"
    | "as"
    | "az"
    | "ba"
    | "eu"
    | "be"
    | "bn"
    | "bs"
    | "br"
    | "bg"
    | "ca"
    | "zh"
    | "hr"
    | "cs"
    | "da"
    | "nl"
    | "en"
    | "et"
    | "fo"
    | "fi"
    | "fr"
    | "gl"
    | "ka"
    | "de"
    | "el"
    | "gu"
    | "ht"
    | "ha"
    | "haw"
    | "he"
    | "hi"
    | "hu"
    | "is"
    | "id"
    | "it"
    | "ja"
    | "jv"
    | "kn"
    | "kk"
    | "km"
    | "ko"
    | "lo"
    | "la"
    | "lv"
    | "ln"
    | "lt"
    | "lb"
    | "mk"
    | "mg"
    | "ms"
    | "ml"
    | "mt"
    | "mi"
    | "mr"
    | "mn"
    | "mymr"
    | "ne"
    | "no"
    | "nn"
    | "oc"
    | "ps"
    | "fa"
    | "pl"
    | "pt"
    | "pa"
    | "ro"
    | "ru"
    | "sa"
    | "sr"
    | "sn"
    | "sd"
    | "si"
    | "sk"
    | "sl"
    | "so"
    | "es"
    | "su"
    | "sw"
    | "sv"
    | "tl"
    | "tg"
    | "ta"
    | "tt"
    | "te"
    | "th"
    | "bo"
    | "tr"
    | "tk"
    | "uk"
    | "ur"
    | "uz"
    | "vi"
    | "cy"
    | "yi"
    | "yo"
    | "jp";
  /** Specify the language configuration */
  language_config?: {
    /**
     * If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first
     * utterance and then used for the rest of the transcription. If one language is set, this option will be
     * ignored.
     * @default false
     */
    code_switching?: boolean;
    /**
     * If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by
     * the model.
     * @default []
     */
    languages?: (
      | "af"
      | "sq"
      | "am"
      | "ar"
      | "hy"
      | "as"
      | "az"
      | "ba"
      | "eu"
      | "be"
      | "bn"
      | "bs"
      | "br"
      | "bg"
      | "ca"
      | "zh"
      | "hr"
      | "cs"
      | "da"
      | "nl"
      | "en"
      | "et"
      | "fo"
      | "fi"
      | "fr"
      | "gl"
      | "ka"
      | "de"
      | "el"
      | "gu"
      | "ht"
      | "ha"
      | "haw"
      | "he"
      | "hi"
      | "hu"
      | "is"
      | "id"
      | "it"
      | "ja"
      | "jv"
      | "kn"
      | "kk"
      | "km"
      | "ko"
      | "lo"
      | "la"
      | "lv"
      | "ln"
      | "lt"
      | "lb"
      | "mk"
      | "mg"
      | "ms"
      | "ml"
      | "mt"
      | "mi"
      | "mr"
      | "mn"
      | "mymr"
      | "ne"
      | "no"
      | "nn"
      | "oc"
      | "ps"
      | "fa"
      | "pl"
      | "pt"
      | "pa"
      | "ro"
      | "ru"
      | "sa"
      | "sr"
      | "sn"
      | "sd"
      | "si"
      | "sk"
      | "sl"
      | "so"
      | "es"
      | "su"
      | "sw"
      | "sv"
      | "tl"
      | "tg"
      | "ta"
      | "tt"
      | "te"
      | "th"
      | "bo"
      | "tr"
      | "tk"
      | "uk"
      | "ur"
      | "uz"
      | "vi"
      | "cy"
      | "yi"
      | "yo"
      | "jp")[];
  };
  /**
   * **[Alpha]** Enable moderation for this audio
   * @default false
   */
  moderation?: boolean;
  /**
   * **[Alpha]** Enable names consistency for this audio
   * @default false
   */
  name_consistency?: boolean;
  /**
   * **[Alpha]** Enable named entity recognition for this audio
   * @default false
   */
  named_entity_recognition?: boolean;
  /**
   * **[Alpha]** Use enhanced punctuation for this audio
   * @default false
   */
  punctuation_enhanced?: boolean;
  /**
   * Enable sentences for this audio
   * @default false
   */
  sentences?: boolean;
  /**
   * **[Alpha]** Enable sentiment analysis for this audio
   * @default false
   */
  sentiment_analysis?: boolean;
  /**
   * **[Alpha]** Enable structured data extraction for this audio
   * @default false
   */
  structured_data_extraction?: boolean;
  /** **[Alpha]** Structured data extraction configuration, if `structured_data_extraction` is enabled */
  structured_data_extraction_config?: {
    /** The list of classes to extract from the audio transcription */
    classes: string[][];
  };
  /**
   * Enable subtitles generation for this transcription
   * @default false
   */
  subtitles?: boolean;
  /** Configuration for subtitles generation if `subtitles` is enabled */
  subtitles_config?: {
    formats?: ("srt" | "vtt")[];
    /** Maximum number of characters per row in a subtitle */
    maximum_characters_per_row?: number;
    /** Maximum duration of a subtitle in seconds */
    maximum_duration?: number;
    /** Maximum number of rows per caption */
    maximum_rows_per_caption?: number;
    /** Minimum duration of a subtitle in seconds */
    minimum_duration?: number;
    /**
     * Style of the subtitles. Compliance mode refers to :
     * https://loc.gov/preservation/digital/formats//fdd/fdd000569.shtml#:~:text=SRT%20files%20are%20basic%20text,alongside%2C%20example%3A%20%22MyVideo123
     * @default default
     */
    style?: "default" | "compliance";
  };
  /**
   * **[Beta]** Enable summarization for this audio
   * @default false
   */
  summarization?: boolean;
  /** **[Beta]** Summarization configuration, if `summarization` is enabled */
  summarization_config?: {
    /**
     * The type of summarization to apply
     * @default general
     */
    type?: "general" | "bullet_points" | "concise";
  };
  /**
   * **[Beta]** Enable translation for this audio
   * @default false
   */
  translation?: boolean;
  /** **[Beta]** Translation configuration, if `translation` is enabled */
  translation_config?: {
    /** Context information to improve translation accuracy */
    context?: string;
    /**
     * Enables or disables context-aware translation features that allow the model to adapt translations based on
     * provided context.
     * @default true
     */
    context_adaptation?: boolean;
    /**
     * Forces the translation to use informal language forms when available in the target language.
     * @default false
     */
    informal?: boolean;
    /**
     * Whether to apply lipsync to the translated transcription.
     * @default true
     */
    lipsync?: boolean;
    /**
     * Align translated utterances with the original ones
     * @default true
     */
    match_original_utterances?: boolean;
    /**
     * Model you want the translation model to use to translate
     * @default base
     */
    model?: "base" | "enhanced";
    target_languages: (
      | "af"
      | "sq"
      | "am"
      | "ar"
      | "hy"
      | "as"
      | "ast"
      | "az"
      | "ba"
      | "eu"
      | "be"
      | "bn"
      | "bs"
      | "br"
      | "bg"
      | "my"
      | "ca"
      | "ceb"
      | "zh"
      | "hr"
      | "cs"
      | "da"
      | "nl"
      | "en"
      | "et"
      | "fo"
      | "fi"
      | "fr"
      | "fy"
      | "ff"
      | "gd"
      | "gl"
      | "lg"
      | "ka"
      | "de"
      | "el"
      | "gu"
      | "ht"
      | "ha"
      | "haw"
      | "he"
      | "hi"
      | "hu"
      | "is"
      | "ig"
      | "ilo"
      | "id"
      | "ga"
      | "it"
      | "ja"
      | "jp"
      | "jv"
      | "kn"
      | "kk"
      | "km"
      | "ko"
      | "lo"
      | "la"
      | "lv"
      | "ln"
      | "lt"
      | "lb"
      | "mk"
      | "mg"
      | "ms"
      | "ml"
      | "mt"
      | "mi"
      | "mr"
      | "mo"
      | "mn"
      | "mymr"
      | "ne"
      | "no"
      | "nn"
      | "oc"
      | "or"
      | "pa"
      | "ps"
      | "fa"
      | "pl"
      | "pt"
      | "ro"
      | "ru"
      | "sa"
      | "sr"
      | "sn"
      | "sd"
      | "si"
      | "sk"
      | "sl"
      | "so"
      | "es"
      | "su"
      | "sw"
      | "ss"
      | "sv"
      | "tl"
      | "tg"
      | "ta"
      | "tt"
      | "te"
      | "th"
      | "bo"
      | "tn"
      | "tr"
      | "tk"
      | "uk"
      | "ur"
      | "uz"
      | "vi"
      | "cy"
      | "wo"
      | "xh"
      | "yi"
      | "yo"
      | "zu")[];
  };
}

/**
 * Options of the `gladia_v2_streaming` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.gladia.io/api-reference/v2/live/init
 */
export interface GladiaV2StreamingConfig {
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  audio_enhancer?: boolean;
  /** If true, messages will be sent to configured url. */
  callback?: boolean;
  /** Specify the callback configuration */
  callback_config?: {
    /** If true, acknowledgments will be sent to the defined callback. */
    receive_acknowledgments?: boolean;
    /** If true, errors will be sent to the defined callback. */
    receive_errors?: boolean;
    /** If true, final utterance will be sent to the defined callback. */
    receive_final_transcripts?: boolean;
    /** If true, lifecycle events will be sent to the defined callback. */
    receive_lifecycle_events?: boolean;
    /** If true, post-processing events will be sent to the defined callback. */
    receive_post_processing_events?: boolean;
    /** If true, pre-processing events will be sent to the defined callback. */
    receive_pre_processing_events?: boolean;
    /** If true, realtime processing events will be sent to the defined callback. */
    receive_realtime_processing_events?: boolean;
    /** If true, begin and end speech events will be sent to the defined callback. */
    receive_speech_events?: boolean;
    /**
     * URL on which we will do a `POST` request with configured messages
     * Format: uri
     */
    url?: string;
  };
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  code_switching?: boolean;
  /** Custom metadata you can attach to this live transcription */
  custom_metadata?: Record<string, unknown>;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  custom_vocabulary?: boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  custom_vocabulary_config?: {
    default_intensity?: number;
    vocabulary?: {
      intensity?: number;
      language?: string;
      pronunciations?: string[];
      value?: string;
    }[];
  };
  /**
   * The endpointing duration in seconds. Endpointing is the duration of silence which will cause an utterance to
   * be considered as finished
   */
  endpointing?: number;
  /** Specify the language configuration */
  language_config?: {
    /**
     * If true, language will be auto-detected on each utterance. Otherwise, language will be auto-detected on first
     * utterance and then used for the rest of the transcription. If one language is set, this option will be
     * ignored.
     */
    code_switching?: boolean;
    /**
     * If one language is set, it will be used for the transcription. Otherwise, language will be auto-detected by
     * the model.
     */
    languages?: string[];
  };
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  languages?: string[];
  /**
   * The maximum duration in seconds without endpointing. If endpointing is not detected after this duration,
   * current utterance will be considered as finished
   */
  maximum_duration_without_endpointing?: number;
  /** Specify the websocket messages configuration */
  messages_config?: {
    /** If true, acknowledgments will be sent to websocket. */
    receive_acknowledgments?: boolean;
    /** If true, errors will be sent to websocket. */
    receive_errors?: boolean;
    /** If true, final utterance will be sent to websocket. */
    receive_final_transcripts?: boolean;
    /** If true, lifecycle events will be sent to websocket. */
    receive_lifecycle_events?: boolean;
    /** If true, post-processing events will be sent to websocket. */
    receive_post_processing_events?: boolean;
    /** If true, pre-processing events will be sent to websocket. */
    receive_pre_processing_events?: boolean;
    /** If true, realtime processing events will be sent to websocket. */
    receive_realtime_processing_events?: boolean;
    /** If true, begin and end speech events will be sent to websocket. */
    receive_speech_events?: boolean;
  };
  /** The model used to process the audio. "solaria-1" is used by default. */
  model?: string;
  /** Specify the post-processing configuration */
  post_processing?: {
    /** If true, generates chapters for the whole transcription. */
    chapterization?: boolean;
    /** If true, generates summarization for the whole transcription. */
    summarization?: boolean;
    /** Summarization configuration, if `summarization` is enabled */
    summarization_config?: {
      /** The type of summarization to apply */
      type?: string;
    };
  };
  /** Specify the pre-processing configuration */
  pre_processing?: {
    /** If true, apply pre-processing to the audio stream to enhance the quality. */
    audio_enhancer?: boolean;
    /**
     * Sensitivity configuration for Speech Threshold. A value close to 1 will apply stricter thresholds, making it
     * less likely to detect background sounds as speech.
     */
    speech_threshold?: number;
  };
  /** Specify the realtime processing configuration */
  realtime_processing?: {
    /** If true, enable custom spelling for the transcription. */
    custom_spelling?: boolean;
    /** Custom spelling configuration, if `custom_spelling` is enabled */
    custom_spelling_config?: {
      /** The list of spelling applied on the audio transcription */
      spelling_dictionary?: Record<string, unknown>;
    };
    /** If true, enable custom vocabulary for the transcription. */
    custom_vocabulary?: boolean;
    /** Custom vocabulary configuration, if `custom_vocabulary` is enabled */
    custom_vocabulary_config?: {
      /** Default intensity for the custom vocabulary */
      default_intensity?: number;
      /**
       * Specific vocabulary list to feed the transcription model with. Each item can be a string or an object with the
       * following properties: value, intensity, pronunciations, language.
       */
      vocabulary?: ({
        /** The global intensity of the feature. */
        intensity?: number;
        /**
         * Specify the language in which it will be pronounced when sound comparison occurs. Default to transcription
         * language.
         */
        language?: string;
        /** The pronunciations used in the transcription. */
        pronunciations?: string[];
        /** The text used to replace in the transcription. */
        value?: string;
      } | string)[];
    };
    /** If true, enable named entity recognition for the transcription. */
    named_entity_recognition?: boolean;
    /** If true, enable sentiment analysis for the transcription. */
    sentiment_analysis?: boolean;
    /** If true, enable translation for the transcription */
    translation?: boolean;
    /** Translation configuration, if `translation` is enabled */
    translation_config?: {
      /** Context information to improve translation accuracy */
      context?: string;
      /**
       * Enables or disables context-aware translation features that allow the model to adapt translations based on
       * provided context.
       */
      context_adaptation?: boolean;
      /** Forces the translation to use informal language forms when available in the target language. */
      informal?: boolean;
      /** Whether to apply lipsync to the translated transcription. */
      lipsync?: boolean;
      /** Align translated utterances with the original ones */
      match_original_utterances?: boolean;
      /** Model you want the translation model to use to translate */
      model?: string;
      target_languages?: string[];
    };
  };
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  region?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  sentiment_analysis?: boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  speech_threshold?: number;
}

/**
 * Options of the `google_speech_v2_async` transcription provider. Recall's newer "List Recordings" definition
 * (the 20-key
 * provider) details them from the vendor's own API; this spec does not type them yet, so the options
 * are an open object.
 */
export interface GoogleSpeechV2AsyncConfig {
  [key: string]: unknown;
}

/**
 * The fields every artifact carries, in `media_shortcuts` and from its own endpoints (Recall's
 * `*ArtifactShortcut` schemas). Real payloads may carry fields this schema does not list.
 */
export interface MediaObject {
  /** Format: date-time */
  created_at: string;
  /** Format: uuid */
  id: string;
  metadata: StoredMetadata;
  status: MediaStatus;
}

/**
 * Shortcuts to the recording's artifacts, each null until it exists
 * (https://docs.recall.ai/docs/media-shortcuts).
 * `audio_mixed` is in Recall's definitions (2025-11 and newer), not in the seed.
 */
export interface MediaShortcuts {
  audio_mixed: AudioMixedShortcut | null;
  meeting_metadata: MeetingMetadataShortcut | null;
  participant_events: ParticipantEventsShortcut | null;
  transcript: TranscriptShortcut | null;
  video_mixed: VideoMixedShortcut | null;
}

/** A media object's current status. */
export interface MediaStatus {
  code: MediaStatusCode;
  /**
   * More detail on `code`. An open string: Recall adds sub codes without notice, so do not treat it
   * as an enum (https://docs.recall.ai/docs/sub-codes).
   */
  sub_code: string | null;
  /** Format: date-time */
  updated_at: string;
}

/** A media object's status code (media objects are never paused). */
export type MediaStatusCode = "processing" | "done" | "failed" | "deleted";

/**
 * Options of the `meeting_captions` provider (the meeting platform's own captions). Recall's 2025-11
 * definition gives no options; its newer "List Recordings" definition gives `language_code`. Unknown
 * properties are tolerated.
 */
export interface MeetingCaptionsConfig {
  /**
   * Language for captions (Recall lists cs, de, en, es, fil, fr, he, hi, it, ja, ko, nl, pl, pt, pt-BR, ro,
   * ru, sv, th, tr, uk, vi, zh). If not specified, the selection is meeting platform-specific.
   */
  language_code?: string | null;
}

/**
 * A meeting metadata artifact as its own endpoints return it (2025-06 reference pages,
 * meeting_metadata_retrieve).
 */
export interface MeetingMetadataArtifact extends MeetingMetadataShortcut {
  recording: RecordingReference;
}

/**
 * The meeting's metadata. `title` and `zoom` are required and nullable (Recall's definition, 2025-11;
 * the seed showed them as plain values). Recall's guide (meeting-metadata) also shows
 * `zoom_meeting_uuid` for Zoom and `huddle_id`, `channel_id` for Slack huddles; other platforms may add keys.
 */
export interface MeetingMetadataData {
  channel_id?: string;
  huddle_id?: string;
  title: string | null;
  zoom: MeetingMetadataZoom | null;
  zoom_meeting_uuid?: string;
}

/** The `meeting_metadata.deleted` webhook: the meeting metadata object has been deleted. */
export interface MeetingMetadataDeletedEvent {
  data: WebhookMeetingMetadataData;
  event: "meeting_metadata.deleted";
}

/** The `meeting_metadata.done` webhook: the meeting metadata object has been generated successfully. */
export interface MeetingMetadataDoneEvent {
  data: WebhookMeetingMetadataData;
  event: "meeting_metadata.done";
}

/** The `meeting_metadata.failed` webhook: the meeting metadata object generation has failed. */
export interface MeetingMetadataFailedEvent {
  data: WebhookMeetingMetadataData;
  event: "meeting_metadata.failed";
}

/** Query parameters of List Meeting Metadata. */
export type MeetingMetadataListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `meeting_metadata.processing` webhook: the meeting metadata object is being processed. */
export interface MeetingMetadataProcessingEvent {
  data: WebhookMeetingMetadataData;
  event: "meeting_metadata.processing";
}

/** Metadata of the meeting the recording was made in (Recall's `MeetingMetadataArtifactShortcut`). */
export interface MeetingMetadataShortcut extends MediaObject {
  data: MeetingMetadataData;
}

/** Zoom-specific meeting metadata (Recall's `MeetingMetadataArtifactDataZoom`). */
export interface MeetingMetadataZoom {
  meeting_uuid: string | null;
}

/**
 * Custom metadata: a map of string keys to string values (https://docs.recall.ai/docs/custom-metadata).
 * @example {
 *   "user_id": "12345"
 * }
 */
export interface Metadata {
  [key: string]: string;
}

/**
 * A reference to a related object (bot, Desktop SDK upload, realtime endpoint) with that object's
 * metadata, whose values are strings or null (Recall's `BotMinimal`, `DesktopSdkUploadMinimal`,
 * `RealtimeEndpointMinimal`).
 */
export interface ObjectReference {
  /** Format: uuid */
  id: string;
  metadata: StoredMetadata;
}

/**
 * One cursor page of mixed audio artifacts. Recall's definition marks none of the three fields required; no
 * total count is returned.
 */
export interface PaginatedAudioMixedList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: AudioMixedArtifact[];
}

/**
 * One cursor page of separate audio artifacts. Recall's definition marks none of the three fields required; no
 * total count is returned.
 */
export interface PaginatedAudioSeparateList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: AudioSeparateArtifact[];
}

/**
 * One cursor page of meeting metadata artifacts. Recall's definition marks none of the three fields required; no
 * total count is returned.
 */
export interface PaginatedMeetingMetadataList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: MeetingMetadataArtifact[];
}

/**
 * One cursor page of participant events artifacts. Recall's definition marks none of the three fields required;
 * no total count is returned.
 */
export interface PaginatedParticipantEventsList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: ParticipantEventsArtifact[];
}

/**
 * One cursor page of recordings. Recall's definition marks none of the three fields required and gives
 * `next`/`previous` no URL format. No total count is returned.
 */
export interface PaginatedRecordingList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: Recording[];
}

/**
 * One cursor page of transcript artifacts. Recall's definition marks none of the three fields required; no total
 * count is returned.
 */
export interface PaginatedTranscriptList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: TranscriptArtifact[];
}

/**
 * One cursor page of mixed video artifacts. Recall's definition marks none of the three fields required; no
 * total count is returned.
 */
export interface PaginatedVideoMixedList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: VideoMixedArtifact[];
}

/**
 * One cursor page of separate video artifacts. Recall's definition marks none of the three fields required; no
 * total count is returned.
 */
export interface PaginatedVideoSeparateList {
  /** Full URL of the next page (carries `cursor=`), or null on the last page. */
  next?: string | null;
  /** Full URL of the previous page (carries `cursor=`), or null on the first page. */
  previous?: string | null;
  results?: VideoSeparateArtifact[];
}

/**
 * A participant events artifact as its own endpoints return it (2025-06 reference pages,
 * participant_events_retrieve).
 */
export interface ParticipantEventsArtifact extends ParticipantEventsShortcut {
  recording: RecordingReference;
}

/**
 * The participant events' files. Each URL is required and null until the file exists (Recall's
 * definition, 2025-11; the seed showed them as plain strings). Formats:
 * https://docs.recall.ai/docs/download-schemas
 */
export interface ParticipantEventsData {
  /** Download all participant events for the recording. */
  participant_events_download_url: string | null;
  /** Download all participants for the recording. */
  participants_download_url: string | null;
  /** Download the speaker timeline for the recording. */
  speaker_timeline_download_url: string | null;
}

/** The `participant_events.deleted` webhook: the participant events object has been deleted. */
export interface ParticipantEventsDeletedEvent {
  data: WebhookParticipantEventsData;
  event: "participant_events.deleted";
}

/** The `participant_events.done` webhook: the participant events object has been generated successfully. */
export interface ParticipantEventsDoneEvent {
  data: WebhookParticipantEventsData;
  event: "participant_events.done";
}

/** The `participant_events.failed` webhook: the participant events object generation has failed. */
export interface ParticipantEventsFailedEvent {
  data: WebhookParticipantEventsData;
  event: "participant_events.failed";
}

/** Query parameters of List Participant Events. */
export type ParticipantEventsListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `participant_events.processing` webhook: the participant events object is being processed. */
export interface ParticipantEventsProcessingEvent {
  data: WebhookParticipantEventsData;
  event: "participant_events.processing";
}

/** Participant join/leave and speaking events of the recording (Recall's `ParticipantEventsArtifactShortcut`). */
export interface ParticipantEventsShortcut extends MediaObject {
  data: ParticipantEventsData;
}

/**
 * Options of the `recallai_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.recall.ai/docs/recallai-transcription
 */
export interface RecallaiAsyncConfig {
  filter_profanity?: boolean;
  /** Increases the chances that these terms appear in the transcript over some sound-alikes. */
  key_terms?: string[];
  /**
   * Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
   *
   * * `auto` - auto
   * * `bg` - bg
   * * `ca` - ca
   * * `cs` - cs
   * * `da` - da
   * * `de` - de
   * * `el` - el
   * * `en` - en
   * * `en_au` - en_au
   * * `en_uk` - en_uk
   * * `en_us` - en_us
   * * `es` - es
   * * `et` - et
   * * `fi` - fi
   * * `fr` - fr
   * * `hi` - hi
   * * `hr` - hr
   * * `hu` - hu
   * * `id` - id
   * * `it` - it
   * * `ja` - ja
   * * `ko` - ko
   * * `lt` - lt
   * * `lv` - lv
   * * `ms` - ms
   * * `nl` - nl
   * * `no` - no
   * * `pl` - pl
   * * `pt` - pt
   * * `ro` - ro
   * * `ru` - ru
   * * `sk` - sk
   * * `sv` - sv
   * * `th` - th
   * * `tr` - tr
   * * `uk` - uk
   * * `vi` - vi
   * * `zh` - zh
   */
  language_code?: string;
  /** List of text strings to find/replace in the transcript. */
  spelling?: {
    /** Find any of these items in the source transcript */
    find?: string[];
    /** Replace found matches with this exact string (will not change case) */
    replace?: string;
  }[];
}

/**
 * Options of the `recallai_async` provider as a `createTranscript` request sends them, as Recall's definition
 * gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted
 * to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside
 * OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `RecallaiAsyncConfig`.
 */
export interface RecallaiAsyncOptions {
  /** @default false */
  filter_profanity?: boolean;
  /** Increases the chances that these terms appear in the transcript over some sound-alikes. */
  key_terms?: string[];
  /**
   * Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
   *
   * * `auto` - auto
   * * `bg` - bg
   * * `ca` - ca
   * * `cs` - cs
   * * `da` - da
   * * `de` - de
   * * `el` - el
   * * `en` - en
   * * `en_au` - en_au
   * * `en_uk` - en_uk
   * * `en_us` - en_us
   * * `es` - es
   * * `et` - et
   * * `fi` - fi
   * * `fr` - fr
   * * `hi` - hi
   * * `hr` - hr
   * * `hu` - hu
   * * `id` - id
   * * `it` - it
   * * `ja` - ja
   * * `ko` - ko
   * * `lt` - lt
   * * `lv` - lv
   * * `ms` - ms
   * * `nl` - nl
   * * `no` - no
   * * `pl` - pl
   * * `pt` - pt
   * * `ro` - ro
   * * `ru` - ru
   * * `sk` - sk
   * * `sv` - sv
   * * `th` - th
   * * `tr` - tr
   * * `uk` - uk
   * * `vi` - vi
   * * `zh` - zh
   * @default auto
   */
  language_code?:
    | "auto"
    | "bg"
    | "ca"
    | "cs"
    | "da"
    | "de"
    | "el"
    | "en"
    | "en_au"
    | "en_uk"
    | "en_us"
    | "es"
    | "et"
    | "fi"
    | "fr"
    | "hi"
    | "hr"
    | "hu"
    | "id"
    | "it"
    | "ja"
    | "ko"
    | "lt"
    | "lv"
    | "ms"
    | "nl"
    | "no"
    | "pl"
    | "pt"
    | "ro"
    | "ru"
    | "sk"
    | "sv"
    | "th"
    | "tr"
    | "uk"
    | "vi"
    | "zh";
  /** List of text strings to find/replace in the transcript. */
  spelling?: {
    /** Find any of these items in the source transcript */
    find: string[];
    /** Replace found matches with this exact string (will not change case) */
    replace: string;
  }[];
}

/**
 * Options of the `recallai_streaming` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.recall.ai/docs/recallai-transcription
 */
export interface RecallaiStreamingConfig {
  filter_profanity?: boolean;
  /** Increases the chances that these terms appear in the transcript over some sound-alikes. */
  key_terms?: string[];
  /**
   * Must be `en` in low latency mode. Docs: https://docs.recall.ai/docs/recallai-transcription
   *
   * * `auto` - auto
   * * `bg` - bg
   * * `ca` - ca
   * * `cs` - cs
   * * `da` - da
   * * `de` - de
   * * `el` - el
   * * `en` - en
   * * `en_au` - en_au
   * * `en_uk` - en_uk
   * * `en_us` - en_us
   * * `es` - es
   * * `et` - et
   * * `fi` - fi
   * * `fr` - fr
   * * `hi` - hi
   * * `hr` - hr
   * * `hu` - hu
   * * `id` - id
   * * `it` - it
   * * `ja` - ja
   * * `ko` - ko
   * * `lt` - lt
   * * `lv` - lv
   * * `ms` - ms
   * * `nl` - nl
   * * `no` - no
   * * `pl` - pl
   * * `pt` - pt
   * * `ro` - ro
   * * `ru` - ru
   * * `sk` - sk
   * * `sv` - sv
   * * `th` - th
   * * `tr` - tr
   * * `uk` - uk
   * * `vi` - vi
   * * `zh` - zh
   */
  language_code?: string;
  /**
   * The mode of the transcription algorithm. If you just want the transcript very quickly after the call is over,
   * use `prioritize_accuracy`. If you need the words on realtime endpoints within seconds of utterance, use
   * `prioritize_low_latency`, with the caveat that most features are unsupported in low latency mode.
   *
   * * `prioritize_low_latency` - prioritize_low_latency
   * * `prioritize_accuracy` - prioritize_accuracy
   */
  mode?: string;
  /** List of text strings to find/replace in the transcript. */
  spelling?: {
    /** Find any of these items in the source transcript */
    find?: string[];
    /** Replace found matches with this exact string (will not change case) */
    replace?: string;
  }[];
}

/**
 * A recording made by a bot or a Desktop SDK upload. Every field except `metadata` is owned by the
 * server. Real payloads may carry fields this schema does not list. Follows Recall's definitions
 * (2025-11 and the newer List Recordings page) where they differ from the seed: `metadata` is required
 * and its values (and those of `bot`, `desktop_sdk_upload`, `realtime_endpoints[]`) may be null.
 */
export interface Recording {
  /** The bot that made this recording, or null. */
  bot: ObjectReference | null;
  /** Format: date-time */
  completed_at: string | null;
  /** Format: date-time */
  created_at: string;
  /** The Desktop SDK upload that made this recording, or null. */
  desktop_sdk_upload: ObjectReference | null;
  /**
   * When the recording's media expire. A date-time, never null (the seed and Recall's definitions agree).
   * Format: date-time
   */
  expires_at: string;
  /**
   * A UUID string identifying this recording.
   * Format: uuid
   */
  id: string;
  media_shortcuts: MediaShortcuts;
  metadata: StoredMetadata;
  realtime_endpoints: ObjectReference[];
  /** Format: date-time */
  started_at: string | null;
  status: RecordingStatus;
}

/** The `recording.deleted` webhook: the recording has been deleted. */
export interface RecordingDeletedEvent {
  data: WebhookRecordingData;
  event: "recording.deleted";
}

/** The `recording.done` webhook: the recording has been completed successfully. */
export interface RecordingDoneEvent {
  data: WebhookRecordingData;
  event: "recording.done";
}

/** The `recording.failed` webhook: the recording has failed. */
export interface RecordingFailedEvent {
  data: WebhookRecordingFailedData;
  event: "recording.failed";
}

/** A recording status code accepted by the list filter (`deleted` is not accepted). */
export type RecordingListStatusCode = "processing" | "paused" | "done" | "failed";

/** The `recording.paused` webhook: the recording has been paused. */
export interface RecordingPausedEvent {
  data: WebhookRecordingData;
  event: "recording.paused";
}

/** The `recording.processing` webhook: the recording is being processed. */
export interface RecordingProcessingEvent {
  data: WebhookRecordingData;
  event: "recording.processing";
}

/** The recording an artifact belongs to. Its `metadata` may itself be null (Recall's `RecordingMinimal`). */
export interface RecordingReference {
  /** Format: uuid */
  id: string;
  metadata: StoredMetadata | null;
}

/** The recording's current status. */
export interface RecordingStatus {
  code: RecordingStatusCode;
  /**
   * More detail on `code`. An open string: Recall adds sub codes without notice, so do not treat it
   * as an enum (https://docs.recall.ai/docs/sub-codes).
   */
  sub_code: string | null;
  /** Format: date-time */
  updated_at: string;
}

/** The recording's status code. */
export type RecordingStatusCode = "processing" | "paused" | "done" | "failed" | "deleted";

/**
 * The fields a client may write on a recording. Recall does not document whether `metadata` is
 * merged into or replaces the stored map, nor whether `null` deletes a key.
 */
export interface RecordingUpdate {
  metadata?: Metadata;
}

/** Query parameters of List Recordings. */
export type RecordingsListQuery = {
  /** Only recordings made by this bot. */
  bot_id?: string;
  /** Only recordings created after this instant. */
  created_at_after?: string;
  /** Only recordings created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only recordings made by this Desktop SDK upload. */
  desktop_sdk_upload_id?: string;
  /** Only recordings whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: RecordingListStatusCode;
};

/**
 * Options of the `rev_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 */
export interface RevAsyncConfig {
  /**
   * Optional setting for adding data classification labels
   * If unset the value is assumed to be false
   */
  add_data_labels?: boolean | null;
  /**
   * Optional count of alternatives to generate
   * Format: int32
   */
  alternatives_count?: number | null;
  /** If set adds one second of silence to the audio at the end */
  apply_duration_padding?: boolean | null;
  /** Caption options. */
  captions_config?: Record<string, unknown>;
  /** Optional chunk size to be sent to Revspeech for processing */
  chunk_size?: string | null;
  /** Optional setting for passing in custom vocabularies. */
  custom_vocabularies?: ({
    phrases?: string[];
  } | string)[] | null;
  /** The id of the prebuilt custom vocabulary job */
  custom_vocabulary_id?: string | null;
  /**
   * Optional setting for the number of Seconds after job completion
   * when the job should be auto-deleted
   */
  delete_after?: string | null;
  /** Format: int32 */
  deletion_length_penalty?: number | null;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  detect_language?: boolean;
  /** Format: int32 */
  diarization_type?: number;
  /** Format: int32 */
  domain?: number;
  /** Whether transcription should be done with fusion */
  enable_fusion?: boolean | null;
  /**
   * Optional setting for redacting certain data labels
   * If unset the value is assumed to be false
   */
  enable_redaction?: boolean | null;
  /**
   * Optional setting for removing profanities
   * If unset the value is assumed to be false
   */
  filter_profanity?: boolean | null;
  /** Whether improved alignment should be used with transcription */
  forced_alignment?: boolean | null;
  /** Optional language setting for foreign languages */
  language?: string | null;
  /** Optional metadata for the job */
  metadata?: string | null;
  /** Whether to predict topics while performing speech rec */
  predict_topics?: boolean | null;
  /**
   * Optional setting for removing atmospherics
   * If unset the value is assumed to be false
   */
  remove_atmospherics?: boolean | null;
  /**
   * Optional setting for removing disfluencies
   * If unset the value is assumed to be false
   */
  remove_disfluencies?: boolean | null;
  /** Whether human order should be rushed at a greater cost to the customer */
  rush?: boolean | null;
  /** Specific segments of the file to be transcribed by a human */
  segments_to_transcribe?: {
    end?: string;
    start?: string;
  }[] | null;
  /**
   * Optional setting for turning on/off diarization.
   * If not set, we will assume the value is false.
   */
  skip_diarization?: boolean | null;
  /**
   * Optional setting for turning on/off postprocessing.
   * If not set, we will assume the value is false.
   */
  skip_postprocessing?: boolean | null;
  /**
   * Optional setting for disabling punctuation.
   * If unset, the value is assumed to be false.
   */
  skip_punctuation?: boolean | null;
  /**
   * Optional speaker channels count used to indicate how many individual channels
   * to transcribe for a given audio
   * Format: int32
   */
  speaker_channels_count?: number | null;
  /** Speaker names for human transcription */
  speaker_names?: {
    display_name?: string;
  }[] | null;
  /**
   * Optional count of speakers in the audio to improve diarization accuracy
   * Format: int32
   */
  speakers_count?: number | null;
  /**
   * If true, only exact phrases submitted in the Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies option will
   * be used as custom vocabulary,
   * i.e. phrases will not be split into individual words for processing.
   * Defaults to true if Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies is set.
   */
  strict_custom_vocabulary?: boolean | null;
  /** Summarization options. */
  summarization_config?: {
    /**
     * Summarization model options for Rev.ai API
     * Format: int32
     */
    model?: number;
    /** User defined prompt. */
    prompt?: string | null;
    /**
     * Summarization formatting options.
     * Format: int32
     */
    type?: number;
  };
  /** Whether human order is test mode and should return a dummy transcript */
  test_mode?: boolean | null;
  /**
   * Returns the top n words of a transcript. Defaults to 0
   * Format: int32
   */
  top_nwords?: number | null;
  /** Format: int32 */
  transcriber?: number;
  /** Options for translation as part of Async job request */
  translation_config?: {
    /** Target languages */
    target_languages?: {
      /** Target language */
      language?: string;
      /**
       * Defines the type of models supported to translated the content
       * Format: int32
       */
      model?: number;
    }[];
  };
  /**
   * Instructs Revver to transcribe audio with all details including disfluencies and other verbal interactions
   * such as laughter
   */
  verbatim?: boolean | null;
}

/**
 * Options of the `rev_async` provider as a `createTranscript` request sends them, as Recall's definition gives
 * them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`; converted to
 * OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats outside
 * OpenAPI's own dropped. The options Recall echoes in a transcript are the looser `RevAsyncConfig`. Recall's
 * definition also requires keys its properties do not name (`rev_async.speaker_names: displayName`,
 * `rev_async.translation_config: targetLanguages`: camelCase spellings of snake_case properties); those
 * requirements are left out.
 */
export interface RevAsyncOptions {
  /**
   * Optional setting for adding data classification labels
   * If unset the value is assumed to be false
   */
  add_data_labels?: boolean | null;
  /**
   * Optional count of alternatives to generate
   * Format: int32
   */
  alternatives_count?: number | null;
  /** If set adds one second of silence to the audio at the end */
  apply_duration_padding?: boolean | null;
  /** Caption options. */
  captions_config?: Record<string, unknown>;
  /** Optional chunk size to be sent to Revspeech for processing */
  chunk_size?: string | null;
  /** Optional setting for passing in custom vocabularies. */
  custom_vocabularies?: {
    phrases: string[];
  }[] | null;
  /** The id of the prebuilt custom vocabulary job */
  custom_vocabulary_id?: string | null;
  /**
   * Optional setting for the number of Seconds after job completion
   * when the job should be auto-deleted
   */
  delete_after?: string | null;
  /** Format: int32 */
  deletion_length_penalty?: number | null;
  /** Format: int32 */
  diarization_type?: 0 | 10 | 20;
  /** Format: int32 */
  domain?: 0 | 1;
  /** Whether transcription should be done with fusion */
  enable_fusion?: boolean | null;
  /**
   * Optional setting for redacting certain data labels
   * If unset the value is assumed to be false
   */
  enable_redaction?: boolean | null;
  /**
   * Optional setting for removing profanities
   * If unset the value is assumed to be false
   */
  filter_profanity?: boolean | null;
  /** Whether improved alignment should be used with transcription */
  forced_alignment?: boolean | null;
  /** Optional language setting for foreign languages */
  language?: string | null;
  /** Optional metadata for the job */
  metadata?: string | null;
  /** Whether to predict topics while performing speech rec */
  predict_topics?: boolean | null;
  /**
   * Optional setting for removing atmospherics
   * If unset the value is assumed to be false
   */
  remove_atmospherics?: boolean | null;
  /**
   * Optional setting for removing disfluencies
   * If unset the value is assumed to be false
   */
  remove_disfluencies?: boolean | null;
  /** Whether human order should be rushed at a greater cost to the customer */
  rush?: boolean | null;
  /** Specific segments of the file to be transcribed by a human */
  segments_to_transcribe?: {
    end: string;
    start: string;
  }[] | null;
  /**
   * Optional setting for turning on/off diarization.
   * If not set, we will assume the value is false.
   */
  skip_diarization?: boolean | null;
  /**
   * Optional setting for turning on/off postprocessing.
   * If not set, we will assume the value is false.
   */
  skip_postprocessing?: boolean | null;
  /**
   * Optional setting for disabling punctuation.
   * If unset, the value is assumed to be false.
   */
  skip_punctuation?: boolean | null;
  /**
   * Optional speaker channels count used to indicate how many individual channels
   * to transcribe for a given audio
   * Format: int32
   */
  speaker_channels_count?: number | null;
  /** Speaker names for human transcription */
  speaker_names?: {
    display_name?: string;
  }[] | null;
  /**
   * Optional count of speakers in the audio to improve diarization accuracy
   * Format: int32
   */
  speakers_count?: number | null;
  /**
   * If true, only exact phrases submitted in the Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies option will
   * be used as custom vocabulary,
   * i.e. phrases will not be split into individual words for processing.
   * Defaults to true if Rev.Ai.Api.Models.SubmitJobOptions.CustomVocabularies is set.
   */
  strict_custom_vocabulary?: boolean | null;
  /** Summarization options. */
  summarization_config?: {
    /**
     * Summarization model options for Rev.ai API
     * Format: int32
     */
    model?: 0 | 1;
    /** User defined prompt. */
    prompt?: string | null;
    /**
     * Summarization formatting options.
     * Format: int32
     */
    type?: 0 | 1;
  };
  /** Whether human order is test mode and should return a dummy transcript */
  test_mode?: boolean | null;
  /**
   * Returns the top n words of a transcript. Defaults to 0
   * Format: int32
   */
  top_nwords?: number | null;
  /** Format: int32 */
  transcriber?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
  /** Options for translation as part of Async job request */
  translation_config?: {
    /** Target languages */
    target_languages?: {
      /** Target language */
      language: string;
      /**
       * Defines the type of models supported to translated the content
       * Format: int32
       */
      model?: 0 | 1;
    }[];
  };
  /**
   * Instructs Revver to transcribe audio with all details including disfluencies and other verbal interactions
   * such as laughter
   */
  verbatim?: boolean | null;
}

/**
 * Options of the `rev_streaming` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * Docs: https://docs.rev.ai/api/streaming/requests/
 */
export interface RevStreamingConfig {
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
   * The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   * Format: int32
   */
  priority?: number | string;
  remove_disfluencies?: boolean;
  skip_postprocessing?: boolean;
  /** The seed's sample shows an integer here; Recall's 2025-11 definition types it otherwise, so both are accepted. */
  start_ts?: string | number;
  /**
   * The seed's sample shows a string here; Recall's 2025-11 definition types it otherwise, so both are accepted.
   * Format: int32
   */
  transcriber?: number | string;
  user_agent?: string;
}

/**
 * Options of the `speechmatics_async` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * JSON object that contains various groups of job configuration
 * parameters. Based on the value of `type`, a type-specific object
 * such as `transcription_config` is required to be present to
 * specify all configuration settings or parameters needed to
 * process the job inputs as expected.
 *
 * If the results of the job are to be forwarded on completion,
 * `notification_config` can be provided with a list of callbacks
 * to be made; no assumptions should be made about the order in
 * which they will occur.
 *
 * Customer specific job details or metadata can be supplied in
 * `tracking`, and this information will be available where
 * possible in the job results and in callbacks.
 */
export interface SpeechmaticsAsyncConfig {
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
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
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  domain?: string;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  enable_entities?: boolean;
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  language?: string;
  language_identification_config?: {
    default_language?: string;
    expected_languages?: string[];
    /** Action to take if all of the predicted languages are below the confidence threshold */
    low_confidence_action?: string;
  };
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
  operating_point?: string;
  output_config?: {
    /**
     * Parameters that override default values of srt conversion. max_line_length: sets maximum count of characters
     * per subtitle line including white space. max_lines: sets maximum count of lines in a subtitle section.
     */
    srt_overrides?: {
      max_line_length?: number;
      max_lines?: number;
    };
  };
  /** In the seed's sample (2025-06); not in Recall's 2025-11 definition. */
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
    /** Customer-defined JSON structure. */
    details?: Record<string, unknown>;
    /** External system reference. */
    reference?: string;
    tags?: string[];
    /** The title of the job. */
    title?: string;
  };
  transcription_config?: {
    /**
     * List of custom words or phrases that should be recognized. Alternative pronunciations can be specified to aid
     * recognition.
     */
    additional_vocab?: {
      content?: string;
      sounds_like?: string[];
    }[];
    /** Transcript labels to use when using collating separate input channels. */
    channel_diarization_labels?: string[];
    /**
     * Specify whether speaker or channel labels are added to the transcript.
     * The default is `none`.
     *   - **none**: no speaker or channel labels are added.
     *   - **speaker**: speaker attribution is performed based on acoustic matching;
     *              all input channels are mixed into a single stream for processing.
     *   - **channel**: multiple input channels are processed individually and collated
     *             into a single transcript.
     */
    diarization?: string;
    /**
     * Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or
     * "medical".
     */
    domain?: string;
    /**
     * Include additional 'entity' objects in the transcription results (e.g. dates, numbers) and their original
     * spoken form. These entities are interleaved with other types of results. The concatenation of these words is
     * represented as a single entity with the concatenated written form present in the 'content' field. The entities
     * contain a 'spoken_form' field, which can be used in place of the corresponding 'word' type results, in case a
     * spoken form is preferred to a written form. They also contain a 'written_form', which can be used instead of
     * the entity, if you want a breakdown of the words without spaces. They can still contain non-breaking spaces
     * and other special whitespace characters, as they are considered part of the word for the formatting output. In
     * case of a written_form, the individual word times are estimated and might not be accurate if the order of the
     * words in the written form does not correspond to the order they were actually spoken (such as 'one hundred
     * million dollars' and '$100 million').
     */
    enable_entities?: boolean;
    /** Language model to process the audio input, normally specified as an ISO language code */
    language?: string;
    /** Whether or not to enable flexible endpointing and allow the entity to continue to be spoken. */
    max_delay_mode?: string;
    operating_point?: string;
    /**
     * Language locale to be used when generating the transcription output, normally specified as an ISO language
     * code
     */
    output_locale?: string;
    /** Control punctuation settings. */
    punctuation_overrides?: {
      /**
       * The punctuation marks which the client is prepared to accept in transcription output, or the special value
       * 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process.
       */
      permitted_marks?: string[];
      /**
       * Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
       * Format: float
       */
      sensitivity?: number;
    };
    /** Configuration for speaker diarization */
    speaker_diarization_config?: {
      /**
       * If true, the algorithm will prefer to stay with the current active speaker if it is a close enough match, even
       * if other speakers may be closer.  This is useful for cases where we can flip incorrectly between similar
       * speakers during a single speaker section."
       */
      prefer_current_speaker?: boolean;
      /**
       * Controls how sensitive the algorithm is in terms of keeping similar speakers separate, as opposed to combining
       * them into a single speaker.  Higher values will typically lead to more speakers, as the degree of difference
       * between speakers in order to allow them to remain distinct will be lower.  A lower value for this parameter
       * will conversely guide the algorithm towards being less sensitive in terms of retaining similar speakers, and
       * as such may lead to fewer speakers overall.  The default is 0.5.
       * Format: float
       */
      speaker_sensitivity?: number;
    };
    /** Configuration for applying filtering to the transcription */
    transcript_filtering_config?: {
      /**
       * If true, words that are identified as disfluencies will be removed from the transcript. If false (default),
       * they are tagged in the transcript as 'disfluency'.
       */
      remove_disfluencies?: boolean;
      /**
       * A list of replacements to apply to the transcript. Each replacement is a pair of strings, where the first
       * string is the pattern to be replaced and the second string is the replacement text.
       */
      replacements?: {
        from?: string;
        to?: string;
      }[];
    };
  };
  translation_config?: {
    target_languages?: string[];
  };
}

/**
 * Options of the `speechmatics_async` provider as a `createTranscript` request sends them, as Recall's
 * definition gives them (recall-sdk schemas/openapi.json, 2025-11, `RecordingCreateTranscriptArtifactProvider`;
 * converted to OpenAPI 3.1): the vendor's enums, bounds and required keys kept, `x-` keys, examples and formats
 * outside OpenAPI's own dropped. The options Recall echoes in a transcript are the looser
 * `SpeechmaticsAsyncConfig`.
 *
 * JSON object that contains various groups of job configuration
 * parameters. Based on the value of `type`, a type-specific object
 * such as `transcription_config` is required to be present to
 * specify all configuration settings or parameters needed to
 * process the job inputs as expected.
 *
 * If the results of the job are to be forwarded on completion,
 * `notification_config` can be provided with a list of callbacks
 * to be made; no assumptions should be made about the order in
 * which they will occur.
 *
 * Customer specific job details or metadata can be supplied in
 * `tracking`, and this information will be available where
 * possible in the job results and in callbacks.
 */
export interface SpeechmaticsAsyncOptions {
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
    /** Action to take if all of the predicted languages are below the confidence threshold */
    low_confidence_action?: "allow" | "reject" | "use_default_language";
  };
  output_config?: {
    /**
     * Parameters that override default values of srt conversion. max_line_length: sets maximum count of characters
     * per subtitle line including white space. max_lines: sets maximum count of lines in a subtitle section.
     */
    srt_overrides?: {
      max_line_length?: number;
      max_lines?: number;
    };
  };
  sentiment_analysis_config?: Record<string, unknown>;
  summarization_config?: {
    content_type?: "auto" | "informative" | "conversational";
    summary_length?: "brief" | "detailed";
    summary_type?: "paragraphs" | "bullets";
  };
  topic_detection_config?: {
    topics?: string[];
  };
  tracking?: {
    /** Customer-defined JSON structure. */
    details?: Record<string, unknown>;
    /** External system reference. */
    reference?: string;
    tags?: string[];
    /** The title of the job. */
    title?: string;
  };
  transcription_config?: {
    /**
     * List of custom words or phrases that should be recognized. Alternative pronunciations can be specified to aid
     * recognition.
     */
    additional_vocab?: {
      content: string;
      sounds_like?: string[];
    }[];
    /** Transcript labels to use when using collating separate input channels. */
    channel_diarization_labels?: string[];
    /**
     * Specify whether speaker or channel labels are added to the transcript.
     * The default is `none`.
     *   - **none**: no speaker or channel labels are added.
     *   - **speaker**: speaker attribution is performed based on acoustic matching;
     *              all input channels are mixed into a single stream for processing.
     *   - **channel**: multiple input channels are processed individually and collated
     *             into a single transcript.
     */
    diarization?: "none" | "speaker" | "channel";
    /**
     * Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or
     * "medical".
     */
    domain?: string;
    /**
     * Include additional 'entity' objects in the transcription results (e.g. dates, numbers) and their original
     * spoken form. These entities are interleaved with other types of results. The concatenation of these words is
     * represented as a single entity with the concatenated written form present in the 'content' field. The entities
     * contain a 'spoken_form' field, which can be used in place of the corresponding 'word' type results, in case a
     * spoken form is preferred to a written form. They also contain a 'written_form', which can be used instead of
     * the entity, if you want a breakdown of the words without spaces. They can still contain non-breaking spaces
     * and other special whitespace characters, as they are considered part of the word for the formatting output. In
     * case of a written_form, the individual word times are estimated and might not be accurate if the order of the
     * words in the written form does not correspond to the order they were actually spoken (such as 'one hundred
     * million dollars' and '$100 million').
     */
    enable_entities?: boolean;
    /** Language model to process the audio input, normally specified as an ISO language code */
    language: string;
    /** Whether or not to enable flexible endpointing and allow the entity to continue to be spoken. */
    max_delay_mode?: "fixed" | "flexible";
    operating_point?: "standard" | "enhanced";
    /**
     * Language locale to be used when generating the transcription output, normally specified as an ISO language
     * code
     */
    output_locale?: string;
    /** Control punctuation settings. */
    punctuation_overrides?: {
      /**
       * The punctuation marks which the client is prepared to accept in transcription output, or the special value
       * 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process.
       */
      permitted_marks?: string[];
      /**
       * Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
       * Format: float
       */
      sensitivity?: number;
    };
    /** Configuration for speaker diarization */
    speaker_diarization_config?: {
      /**
       * If true, the algorithm will prefer to stay with the current active speaker if it is a close enough match, even
       * if other speakers may be closer.  This is useful for cases where we can flip incorrectly between similar
       * speakers during a single speaker section."
       */
      prefer_current_speaker?: boolean;
      /**
       * Controls how sensitive the algorithm is in terms of keeping similar speakers separate, as opposed to combining
       * them into a single speaker.  Higher values will typically lead to more speakers, as the degree of difference
       * between speakers in order to allow them to remain distinct will be lower.  A lower value for this parameter
       * will conversely guide the algorithm towards being less sensitive in terms of retaining similar speakers, and
       * as such may lead to fewer speakers overall.  The default is 0.5.
       * Format: float
       */
      speaker_sensitivity?: number;
    };
    /** Configuration for applying filtering to the transcription */
    transcript_filtering_config?: {
      /**
       * If true, words that are identified as disfluencies will be removed from the transcript. If false (default),
       * they are tagged in the transcript as 'disfluency'.
       */
      remove_disfluencies?: boolean;
      /**
       * A list of replacements to apply to the transcript. Each replacement is a pair of strings, where the first
       * string is the pattern to be replaced and the second string is the replacement text.
       */
      replacements?: {
        from: string;
        to: string;
      }[];
    };
  };
  translation_config?: {
    target_languages: string[];
  };
}

/**
 * Options of the `speechmatics_streaming` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 *
 * You must specify `language` (e.g `en`)
 *
 * Docs: https://docs.speechmatics.com/rt-api-ref#transcription-config
 */
export interface SpeechmaticsStreamingConfig {
  additional_vocab?: (string | {
    content?: string;
    sounds_like?: string[];
  })[];
  audio_filtering_config?: {
    /** Format: float */
    volume_threshold?: number;
  };
  /**
   * This mode will detect when a speaker has stopped talking. The end_of_utterance_silence_trigger is the time in
   * seconds after which the server will assume that the speaker has finished speaking, and will emit an
   * EndOfUtterance message. A value of 0 disables the feature.
   */
  conversation_config?: {
    /** Format: float */
    end_of_utterance_silence_trigger?: number;
  };
  diarization?: string;
  /**
   * Request a specialized model based on 'language' but optimized for a particular field, e.g. "finance" or
   * "medical".
   */
  domain?: string;
  enable_entities?: boolean;
  enable_partials?: boolean;
  language?: string;
  max_delay?: number;
  max_delay_mode?: string;
  operating_point?: string;
  output_locale?: string;
  punctuation_overrides?: {
    /**
     * The punctuation marks which the client is prepared to accept in transcription output, or the special value
     * 'all' (the default). Unsupported marks are ignored. This value is used to guide the transcription process.
     */
    permitted_marks?: string[];
    /**
     * Ranges between zero and one. Higher values will produce more punctuation. The default is 0.5.
     * Format: float
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
}

/**
 * Custom metadata as Recall returns it: string keys; values are strings or null (Recall's definition,
 * recall-sdk schemas/openapi.json 2025-11, types the values `string, nullable`;
 * https://docs.recall.ai/docs/custom-metadata). The seed shows string values only.
 * @example {
 *   "user_id": "12345"
 * }
 */
export interface StoredMetadata {
  [key: string]: string | null;
}

/** A transcript artifact as its own endpoints and `create_transcript` return it (Recall's `TranscriptArtifact`). */
export interface TranscriptArtifact extends TranscriptShortcut {
  recording: RecordingReference;
}

/**
 * The transcript's files. Both URLs are required and null until the file exists (Recall's definition,
 * 2025-11; the seed showed them as plain strings). Formats: https://docs.recall.ai/docs/download-schemas
 */
export interface TranscriptData {
  /** Pre-signed URL of the transcript; it expires after 6 hours. */
  download_url: string | null;
  /** Pre-signed URL of the provider's raw output; it expires after 6 hours. */
  provider_data_download_url: string | null;
}

/** The `transcript.deleted` webhook: the transcript object has been deleted. */
export interface TranscriptDeletedEvent {
  data: WebhookTranscriptData;
  event: "transcript.deleted";
}

/** How the transcript was diarized (Recall's `TranscriptArtifactDiarization`). */
export interface TranscriptDiarization {
  use_separate_streams_when_available: boolean;
}

/** The `transcript.done` webhook: the transcript object has been generated successfully. */
export interface TranscriptDoneEvent {
  data: WebhookTranscriptData;
  event: "transcript.done";
}

/** The `transcript.failed` webhook: the transcript object generation has failed. */
export interface TranscriptFailedEvent {
  data: WebhookTranscriptData;
  event: "transcript.failed";
}

/** The `transcript.processing` webhook: the transcript object is being processed. */
export interface TranscriptProcessingEvent {
  data: WebhookTranscriptData;
  event: "transcript.processing";
}

/**
 * The transcription provider configuration, keyed by provider (Recall's `TranscriptArtifactProvider`).
 * Recall's newer "List Recordings" definition has 20 keys: the nine async keys are required and null
 * unless that provider made the transcript; the streaming keys and `meeting_captions`, `zoom_rtms` are
 * optional. The seed (2025-06) showed 15 keys; its `gladia_v1_async`, `gladia_v1_streaming` and
 * `assembly_ai_streaming` are gone from the definitions and kept here, deprecated, so older transcripts
 * still type. Each config follows Recall's definition where it differs from the seed's sample (for
 * example Deepgram `summarize` is a string, Gladia v2 `custom_vocabulary` a boolean, Rev
 * `custom_vocabularies` items `{phrases}`). Recall adds providers over time, so unknown keys are accepted.
 */
export type TranscriptProvider = {
  assembly_ai_async: AssemblyAiAsyncConfig | null;
  assembly_ai_async_chunked?: AssemblyAiAsyncChunkedConfig;
  assembly_ai_streaming?: AssemblyAiStreamingConfig;
  assembly_ai_v3_streaming?: AssemblyAiV3StreamingConfig;
  aws_transcribe_async: AwsTranscribeAsyncConfig | null;
  aws_transcribe_streaming?: AwsTranscribeStreamingConfig;
  deepgram_async: DeepgramAsyncConfig | null;
  deepgram_streaming?: DeepgramStreamingConfig;
  elevenlabs_async: ElevenlabsAsyncConfig | null;
  elevenlabs_streaming?: ElevenlabsStreamingConfig;
  gladia_v1_async?: GladiaV1AsyncConfig;
  gladia_v1_streaming?: GladiaV1StreamingConfig;
  gladia_v2_async: GladiaV2AsyncConfig | null;
  gladia_v2_streaming?: GladiaV2StreamingConfig;
  google_speech_v2_async: GoogleSpeechV2AsyncConfig | null;
  meeting_captions?: MeetingCaptionsConfig;
  recallai_async: RecallaiAsyncConfig | null;
  recallai_streaming?: RecallaiStreamingConfig;
  rev_async: RevAsyncConfig | null;
  rev_streaming?: RevStreamingConfig;
  speechmatics_async: SpeechmaticsAsyncConfig | null;
  speechmatics_streaming?: SpeechmaticsStreamingConfig;
  zoom_rtms?: ZoomRtmsConfig;
} & {
  [key: string]: Record<string, unknown> | null;
};

/**
 * The recording's transcript and the provider configuration that produced it (Recall's
 * `TranscriptArtifactShortcut`). `diarization` and `provider` are required, `diarization` nullable
 * (Recall's definition, 2025-11; the seed showed both as optional).
 */
export interface TranscriptShortcut extends MediaObject {
  data: TranscriptData;
  diarization: TranscriptDiarization | null;
  provider: TranscriptProvider;
}

/** Query parameters of List Transcripts. */
export type TranscriptsListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** A mixed video artifact as its own endpoints return it (Recall's `VideoMixedArtifact`). */
export interface VideoMixedArtifact extends VideoMixedShortcut {
  recording: RecordingReference;
}

/** The mixed video's file (Recall's `VideoMixedArtifactData`). */
export interface VideoMixedData {
  /** Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
  download_url: string | null;
}

/** The `video_mixed.deleted` webhook: the video mixed object has been deleted. */
export interface VideoMixedDeletedEvent {
  data: WebhookVideoMixedData;
  event: "video_mixed.deleted";
}

/** The `video_mixed.done` webhook: the video mixed object has been generated successfully. */
export interface VideoMixedDoneEvent {
  data: WebhookVideoMixedData;
  event: "video_mixed.done";
}

/** The `video_mixed.failed` webhook: the video mixed object generation has failed. */
export interface VideoMixedFailedEvent {
  data: WebhookVideoMixedData;
  event: "video_mixed.failed";
}

/** Query parameters of List Video Mixed. */
export type VideoMixedListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `video_mixed.processing` webhook: the video mixed object is being processed. */
export interface VideoMixedProcessingEvent {
  data: WebhookVideoMixedData;
  event: "video_mixed.processing";
}

/** The mixed video of the recording, as an MP4 file (Recall's `VideoMixedArtifactShortcut`). */
export interface VideoMixedShortcut extends MediaObject {
  data: VideoMixedData;
  /**
   * When this media expires. In Recall's guide example (receive-a-recording); not in the definitions.
   * Format: date-time
   */
  expires_at?: string | null;
  format: "mp4";
  /**
   * The recording this media belongs to. In Recall's guide example (receive-a-recording); not in the definitions.
   * Format: uuid
   */
  recording_id?: string;
}

/** A separate-stream artifact, one participant's video (Recall's `VideoSeparateArtifact`). */
export interface VideoSeparateArtifact extends MediaObject {
  data: VideoSeparateData;
  format: "mp4" | "h264";
  recording: RecordingReference;
}

/** One participant's video file (Recall's `VideoSeparateArtifactData`). */
export interface VideoSeparateData {
  /** Pre-signed URL of the file, null until it exists; it expires after 6 hours (Recall's definition, 2025-11). */
  download_url: string | null;
}

/** The `video_separate.deleted` webhook: the video separate object has been deleted. */
export interface VideoSeparateDeletedEvent {
  data: WebhookVideoSeparateData;
  event: "video_separate.deleted";
}

/** The `video_separate.done` webhook: the video separate object has been generated successfully. */
export interface VideoSeparateDoneEvent {
  data: WebhookVideoSeparateData;
  event: "video_separate.done";
}

/** The `video_separate.failed` webhook: the video separate object generation has failed. */
export interface VideoSeparateFailedEvent {
  data: WebhookVideoSeparateData;
  event: "video_separate.failed";
}

/** Query parameters of List Video Separate. */
export type VideoSeparateListQuery = {
  /** Only objects created after this instant. */
  created_at_after?: string;
  /** Only objects created before this instant. */
  created_at_before?: string;
  /** The pagination cursor value, as carried by the `next` or `previous` URL of a page. */
  cursor?: string;
  /** Only artifacts of this recording. */
  recording_id?: string;
  /** Only artifacts whose `status.code` is this value (`deleted` is not accepted). */
  status_code?: ArtifactListStatusCode;
};

/** The `video_separate.processing` webhook: the video separate object is being processed. */
export interface VideoSeparateProcessingEvent {
  data: WebhookVideoSeparateData;
  event: "video_separate.processing";
}

/**
 * `data` of a `audio_mixed.*` event: the audio mixed artifact, its recording and its bot (`null` when no bot
 * made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookAudioMixedData {
  audio_mixed: WebhookObject;
  bot: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
}

/**
 * `data` of a `audio_separate.*` event: the audio separate artifact, its recording and its bot (`null` when no
 * bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookAudioSeparateData {
  audio_separate: WebhookObject;
  bot: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
}

/** The status in a `recording.failed` event: the common status fields and the error that made the recording fail. */
export interface WebhookFailedStatus {
  /** `failed`. Recall's catalog types it as an open string. */
  code: string;
  /** What went wrong. */
  error: {
    /** Machine-readable error code, e.g. `INTERNAL_ERROR`. */
    code: string;
    /** Human-readable error message. */
    message: string;
  };
  /** Machine-readable reason (https://docs.recall.ai/docs/sub-codes). */
  sub_code: string | null;
  /** Format: date-time */
  updated_at: string;
}

/**
 * `data` of a `meeting_metadata.*` event: the meeting metadata artifact, its recording and its bot (`null` when
 * no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookMeetingMetadataData {
  bot: WebhookObject | null;
  data: WebhookStatus;
  meeting_metadata: WebhookObject;
  recording: WebhookObject;
}

/** The recording, bot or artifact an event is about: its id and metadata. Fetch it by id for the full object. */
export interface WebhookObject {
  /** The object's id (a UUID in every documented example; the catalog types it as a string). */
  id: string;
  /** The object's metadata as Recall stores it; the catalog gives no value type. */
  metadata: {
    [key: string]: unknown;
  };
}

/**
 * `data` of a `participant_events.*` event: the participant events artifact, its recording and its bot (`null`
 * when no bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookParticipantEventsData {
  bot: WebhookObject | null;
  data: WebhookStatus;
  participant_events: WebhookObject;
  recording: WebhookObject;
}

/**
 * `data` of a `recording.*` event. `bot` is absent from the catalog's required list and `null` for recordings
 * no bot made (Desktop SDK uploads), per Recall's recording webhooks page.
 */
export interface WebhookRecordingData {
  bot?: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
}

/** `data` of a `recording.failed` event: as other `recording.*` events, with the error in `data.data.error`. */
export interface WebhookRecordingFailedData {
  bot?: WebhookObject | null;
  data: WebhookFailedStatus;
  recording: WebhookObject;
}

/** The new status of the object the event is about (`data.data` of every recording and artifact event). */
export interface WebhookStatus {
  /** The status code, e.g. `done` for a `*.done` event. Recall's catalog types it as an open string. */
  code: string;
  /** Machine-readable detail, e.g. why a recording failed. An open string (https://docs.recall.ai/docs/sub-codes). */
  sub_code: string | null;
  /** Format: date-time */
  updated_at: string;
}

/**
 * `data` of a `transcript.*` event: the transcript artifact, its recording and its bot (`null` when no bot made
 * the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookTranscriptData {
  bot: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
  transcript: WebhookObject;
}

/**
 * `data` of a `video_mixed.*` event: the video mixed artifact, its recording and its bot (`null` when no bot
 * made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookVideoMixedData {
  bot: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
  video_mixed: WebhookObject;
}

/**
 * `data` of a `video_separate.*` event: the video separate artifact, its recording and its bot (`null` when no
 * bot made the
 * recording, e.g. a Desktop SDK upload).
 */
export interface WebhookVideoSeparateData {
  bot: WebhookObject | null;
  data: WebhookStatus;
  recording: WebhookObject;
  video_separate: WebhookObject;
}

/**
 * Options of the `zoom_rtms` transcription provider, as Recall's definition gives them (recall-sdk
 * schemas/openapi.json, 2025-11; converted to OpenAPI 3.1). Recall echoes the options a transcript was made
 * with, so the vendor's input constraints (enums, bounds, required keys, unknown formats, `x-` keys) are dropped
 * and unknown properties tolerated; where the seed's sample differs, its field or type is accepted too.
 */
export type ZoomRtmsConfig = Record<string, unknown>;
