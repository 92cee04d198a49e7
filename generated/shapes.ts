// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { ShapeSchema } from "../src/core/index.js";

/** What a request may send as `ArtifactListStatusCode`. */
export const ArtifactListStatusCodeShape: ShapeSchema = {
  type: "string",
  enum: ["processing", "done", "failed"],
};
/** What a request may send as `Metadata`. */
export const MetadataShape: ShapeSchema = {
  type: "object",
  additionalProperties: {
    type: "string",
  },
};
/** What a request may send as `ArtifactUpdate`. */
export const ArtifactUpdateShape: ShapeSchema = {
  type: "object",
  properties: {
    metadata: MetadataShape,
  },
  additionalProperties: false,
};
/** What a request may send as `AssemblyAiAsyncOptions`. */
export const AssemblyAiAsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    audio_end_at: {
      type: "integer",
    },
    audio_start_from: {
      type: "integer",
    },
    auto_chapters: {
      type: "boolean",
    },
    auto_highlights: {
      type: "boolean",
    },
    boost_param: {
      type: "string",
      enum: ["low", "default", "high"],
    },
    content_safety: {
      type: "boolean",
    },
    content_safety_confidence: {
      type: "integer",
    },
    custom_spelling: {
      type: "array",
      items: {
        type: "object",
        properties: {
          from: {
            type: "array",
            items: {
              type: "string",
            },
          },
          to: {
            type: "string",
          },
        },
        required: ["from", "to"],
        additionalProperties: false,
      },
    },
    custom_topics: {
      type: "boolean",
    },
    disfluencies: {
      type: "boolean",
    },
    dual_channel: {
      type: "boolean",
    },
    entity_detection: {
      type: "boolean",
    },
    filter_profanity: {
      type: "boolean",
    },
    format_text: {
      type: "boolean",
    },
    iab_categories: {
      type: "boolean",
    },
    keyterms_prompt: {
      type: "array",
      items: {
        type: "string",
      },
    },
    language_code: {},
    language_confidence_threshold: {
      type: "number",
    },
    language_detection: {
      type: "boolean",
    },
    multichannel: {
      type: "boolean",
    },
    prompt: {
      type: "string",
    },
    punctuate: {
      type: "boolean",
    },
    redact_pii: {
      type: "boolean",
    },
    redact_pii_audio: {
      type: "boolean",
    },
    redact_pii_audio_quality: {
      type: "string",
      enum: ["mp3", "wav"],
    },
    redact_pii_policies: {
      type: "array",
      items: {
        type: "string",
        enum: [
          "account_number", "banking_information", "blood_type", "credit_card_cvv", "credit_card_expiration",
          "credit_card_number", "date", "date_interval", "date_of_birth", "drivers_license", "drug",
          "duration", "email_address", "event", "filename", "gender_sexuality", "healthcare_number", "injury",
          "ip_address", "language", "location", "marital_status", "medical_condition", "medical_process",
          "money_amount", "nationality", "number_sequence", "occupation", "organization", "passport_number",
          "password", "person_age", "person_name", "phone_number", "physical_attribute",
          "political_affiliation", "religion", "statistics", "time", "url", "us_social_security_number",
          "username", "vehicle_id", "zodiac_sign",
        ],
      },
    },
    redact_pii_sub: {},
    sentiment_analysis: {
      type: "boolean",
    },
    speaker_labels: {
      type: "boolean",
    },
    speakers_expected: {
      type: ["integer", "null"],
    },
    speech_model: {},
    speech_threshold: {
      type: ["number", "null"],
    },
    summarization: {
      type: "boolean",
    },
    summary_model: {
      type: "string",
      enum: ["informative", "conversational", "catchy"],
    },
    summary_type: {
      type: "string",
      enum: ["bullets", "bullets_verbose", "gist", "headline", "paragraph"],
    },
    topics: {
      type: "array",
      items: {
        type: "string",
      },
    },
    webhook_auth_header_name: {
      type: ["string", "null"],
    },
    webhook_auth_header_value: {
      type: ["string", "null"],
    },
    webhook_url: {
      type: "string",
    },
    word_boost: {
      type: "array",
      items: {
        type: "string",
      },
    },
  },
  additionalProperties: false,
};
/** What a request may send as `DeepgramAsyncOptions`. */
export const DeepgramAsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    custom_intent: {},
    custom_intent_mode: {
      type: "string",
      enum: ["extended", "strict"],
    },
    custom_topic: {},
    custom_topic_mode: {
      type: "string",
      enum: ["extended", "strict"],
    },
    detect_entities: {
      type: "boolean",
    },
    detect_language: {},
    diarize: {
      type: "boolean",
    },
    dictation: {
      type: "boolean",
    },
    encoding: {
      type: "string",
      enum: ["linear16", "flac", "mulaw", "amr-nb", "amr-wb", "opus", "speex", "g729"],
    },
    extra: {},
    filler_words: {
      type: "boolean",
    },
    intents: {
      type: "boolean",
    },
    keyterm: {
      type: "array",
      items: {
        type: "string",
      },
    },
    keywords: {},
    language: {
      type: "string",
      enum: [
        "bg", "ca", "zh", "zh-CN", "zh-TW", "zh-HK", "zh-Hans", "zh-Hant", "cs", "da", "da-DK", "nl",
        "nl-BE", "en", "en-US", "en-AU", "en-GB", "en-NZ", "en-IN", "et", "fi", "fr", "fr-CA", "de",
        "de-CH", "el", "hi", "hi-Latn", "hu", "id", "it", "ja", "ko", "ko-KR", "lv", "lt", "ms", "multi",
        "no", "pl", "pt", "pt-BR", "pt-PT", "ro", "ru", "sk", "es", "es-419", "es-LATAM", "sv", "sv-SE",
        "taq", "th", "th-TH", "tr", "uk", "vi",
      ],
    },
    measurements: {
      type: "boolean",
    },
    mip_opt_out: {
      type: "boolean",
    },
    model: {},
    multichannel: {
      type: "boolean",
    },
    numerals: {
      type: "boolean",
    },
    paragraphs: {
      type: "boolean",
    },
    profanity_filter: {
      type: "boolean",
    },
    punctuate: {
      type: "boolean",
    },
    redact: {},
    replace: {},
    search: {},
    sentiment: {
      type: "boolean",
    },
    smart_format: {
      type: "boolean",
    },
    summarize: {
      type: "string",
      enum: ["v1", "v2", "true", "false"],
    },
    tag: {},
    topics: {
      type: "boolean",
    },
    utt_split: {
      type: "number",
    },
    utterances: {
      type: "boolean",
    },
    version: {},
  },
};
/** What a request may send as `GladiaV2AsyncOptions`. */
export const GladiaV2AsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    audio_to_llm: {
      type: "boolean",
    },
    audio_to_llm_config: {
      type: "object",
      properties: {
        prompts: {
          type: "array",
          items: {
            type: "array",
            items: {
              type: "string",
            },
          },
        },
      },
      required: ["prompts"],
    },
    callback: {
      type: "boolean",
    },
    callback_config: {
      type: "object",
      properties: {
        method: {
          type: "string",
          enum: ["POST", "PUT"],
        },
        url: {
          type: "string",
        },
      },
      required: ["url"],
    },
    callback_url: {
      type: "string",
    },
    chapterization: {
      type: "boolean",
    },
    code_switching_config: {
      type: "object",
      properties: {
        languages: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "af", "sq", "am", "ar", "hy", "as", "az", "ba", "eu", "be", "bn", "bs", "br", "bg", "ca", "zh",
              "hr", "cs", "da", "nl", "en", "et", "fo", "fi", "fr", "gl", "ka", "de", "el", "gu", "ht", "ha",
              "haw", "he", "hi", "hu", "is", "id", "it", "ja", "jv", "kn", "kk", "km", "ko", "lo", "la", "lv",
              "ln", "lt", "lb", "mk", "mg", "ms", "ml", "mt", "mi", "mr", "mn", "mymr", "ne", "no", "nn", "oc",
              "ps", "fa", "pl", "pt", "pa", "ro", "ru", "sa", "sr", "sn", "sd", "si", "sk", "sl", "so", "es",
              "su", "sw", "sv", "tl", "tg", "ta", "tt", "te", "th", "bo", "tr", "tk", "uk", "ur", "uz", "vi",
              "cy", "yi", "yo", "jp",
            ],
          },
        },
      },
    },
    context_prompt: {
      type: "string",
    },
    custom_metadata: {
      type: "object",
    },
    custom_spelling: {
      type: "boolean",
    },
    custom_spelling_config: {
      type: "object",
      properties: {
        spelling_dictionary: {
          type: "object",
        },
      },
      required: ["spelling_dictionary"],
    },
    custom_vocabulary: {
      type: "boolean",
    },
    custom_vocabulary_config: {
      type: "object",
      properties: {
        default_intensity: {
          type: "number",
        },
        vocabulary: {
          type: "array",
          items: {},
        },
      },
      required: ["vocabulary"],
    },
    detect_language: {
      type: "boolean",
    },
    diarization: {
      type: "boolean",
    },
    diarization_config: {
      type: "object",
      properties: {
        enhanced: {
          type: "boolean",
        },
        max_speakers: {
          type: "integer",
        },
        min_speakers: {
          type: "integer",
        },
        number_of_speakers: {
          type: "integer",
        },
      },
    },
    display_mode: {
      type: "boolean",
    },
    enable_code_switching: {
      type: "boolean",
    },
    language: {
      type: "string",
      enum: [
        "af", "sq", "am", "ar", "hy", "as", "az", "ba", "eu", "be", "bn", "bs", "br", "bg", "ca", "zh",
        "hr", "cs", "da", "nl", "en", "et", "fo", "fi", "fr", "gl", "ka", "de", "el", "gu", "ht", "ha",
        "haw", "he", "hi", "hu", "is", "id", "it", "ja", "jv", "kn", "kk", "km", "ko", "lo", "la", "lv",
        "ln", "lt", "lb", "mk", "mg", "ms", "ml", "mt", "mi", "mr", "mn", "mymr", "ne", "no", "nn", "oc",
        "ps", "fa", "pl", "pt", "pa", "ro", "ru", "sa", "sr", "sn", "sd", "si", "sk", "sl", "so", "es",
        "su", "sw", "sv", "tl", "tg", "ta", "tt", "te", "th", "bo", "tr", "tk", "uk", "ur", "uz", "vi",
        "cy", "yi", "yo", "jp",
      ],
    },
    language_config: {
      type: "object",
      properties: {
        code_switching: {
          type: "boolean",
        },
        languages: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "af", "sq", "am", "ar", "hy", "as", "az", "ba", "eu", "be", "bn", "bs", "br", "bg", "ca", "zh",
              "hr", "cs", "da", "nl", "en", "et", "fo", "fi", "fr", "gl", "ka", "de", "el", "gu", "ht", "ha",
              "haw", "he", "hi", "hu", "is", "id", "it", "ja", "jv", "kn", "kk", "km", "ko", "lo", "la", "lv",
              "ln", "lt", "lb", "mk", "mg", "ms", "ml", "mt", "mi", "mr", "mn", "mymr", "ne", "no", "nn", "oc",
              "ps", "fa", "pl", "pt", "pa", "ro", "ru", "sa", "sr", "sn", "sd", "si", "sk", "sl", "so", "es",
              "su", "sw", "sv", "tl", "tg", "ta", "tt", "te", "th", "bo", "tr", "tk", "uk", "ur", "uz", "vi",
              "cy", "yi", "yo", "jp",
            ],
          },
        },
      },
    },
    moderation: {
      type: "boolean",
    },
    name_consistency: {
      type: "boolean",
    },
    named_entity_recognition: {
      type: "boolean",
    },
    punctuation_enhanced: {
      type: "boolean",
    },
    sentences: {
      type: "boolean",
    },
    sentiment_analysis: {
      type: "boolean",
    },
    structured_data_extraction: {
      type: "boolean",
    },
    structured_data_extraction_config: {
      type: "object",
      properties: {
        classes: {
          type: "array",
          items: {
            type: "array",
            items: {
              type: "string",
            },
          },
        },
      },
      required: ["classes"],
    },
    subtitles: {
      type: "boolean",
    },
    subtitles_config: {
      type: "object",
      properties: {
        formats: {
          type: "array",
          items: {
            type: "string",
            enum: ["srt", "vtt"],
          },
        },
        maximum_characters_per_row: {
          type: "integer",
        },
        maximum_duration: {
          type: "number",
        },
        maximum_rows_per_caption: {
          type: "integer",
        },
        minimum_duration: {
          type: "number",
        },
        style: {
          type: "string",
          enum: ["default", "compliance"],
        },
      },
    },
    summarization: {
      type: "boolean",
    },
    summarization_config: {
      type: "object",
      properties: {
        type: {
          type: "string",
          enum: ["general", "bullet_points", "concise"],
        },
      },
    },
    translation: {
      type: "boolean",
    },
    translation_config: {
      type: "object",
      properties: {
        context: {
          type: "string",
        },
        context_adaptation: {
          type: "boolean",
        },
        informal: {
          type: "boolean",
        },
        lipsync: {
          type: "boolean",
        },
        match_original_utterances: {
          type: "boolean",
        },
        model: {
          type: "string",
          enum: ["base", "enhanced"],
        },
        target_languages: {
          type: "array",
          items: {
            type: "string",
            enum: [
              "af", "sq", "am", "ar", "hy", "as", "ast", "az", "ba", "eu", "be", "bn", "bs", "br", "bg", "my",
              "ca", "ceb", "zh", "hr", "cs", "da", "nl", "en", "et", "fo", "fi", "fr", "fy", "ff", "gd", "gl",
              "lg", "ka", "de", "el", "gu", "ht", "ha", "haw", "he", "hi", "hu", "is", "ig", "ilo", "id", "ga",
              "it", "ja", "jp", "jv", "kn", "kk", "km", "ko", "lo", "la", "lv", "ln", "lt", "lb", "mk", "mg",
              "ms", "ml", "mt", "mi", "mr", "mo", "mn", "mymr", "ne", "no", "nn", "oc", "or", "pa", "ps", "fa",
              "pl", "pt", "ro", "ru", "sa", "sr", "sn", "sd", "si", "sk", "sl", "so", "es", "su", "sw", "ss",
              "sv", "tl", "tg", "ta", "tt", "te", "th", "bo", "tn", "tr", "tk", "uk", "ur", "uz", "vi", "cy",
              "wo", "xh", "yi", "yo", "zu",
            ],
          },
        },
      },
      required: ["target_languages"],
    },
  },
};
/** What a request may send as `RecallaiAsyncOptions`. */
export const RecallaiAsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    filter_profanity: {
      type: "boolean",
    },
    key_terms: {
      type: "array",
      items: {
        type: "string",
      },
    },
    language_code: {
      type: "string",
      enum: [
        "auto", "bg", "ca", "cs", "da", "de", "el", "en", "en_au", "en_uk", "en_us", "es", "et", "fi", "fr",
        "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "ru",
        "sk", "sv", "th", "tr", "uk", "vi", "zh",
      ],
    },
    spelling: {
      type: "array",
      items: {
        type: "object",
        properties: {
          find: {
            type: "array",
            items: {
              type: "string",
            },
          },
          replace: {
            type: "string",
          },
        },
        required: ["find", "replace"],
      },
    },
  },
};
/** What a request may send as `RevAsyncOptions`. */
export const RevAsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    add_data_labels: {
      type: ["boolean", "null"],
    },
    alternatives_count: {
      type: ["integer", "null"],
    },
    apply_duration_padding: {
      type: ["boolean", "null"],
    },
    captions_config: {
      type: "object",
      additionalProperties: false,
    },
    chunk_size: {
      type: ["string", "null"],
    },
    custom_vocabularies: {
      type: ["array", "null"],
      items: {
        type: "object",
        properties: {
          phrases: {
            type: "array",
            items: {
              type: "string",
            },
          },
        },
        required: ["phrases"],
        additionalProperties: false,
      },
    },
    custom_vocabulary_id: {
      type: ["string", "null"],
    },
    delete_after: {
      type: ["string", "null"],
    },
    deletion_length_penalty: {
      type: ["integer", "null"],
    },
    diarization_type: {
      type: "integer",
      enum: [0, 10, 20],
    },
    domain: {
      type: "integer",
      enum: [0, 1],
    },
    enable_fusion: {
      type: ["boolean", "null"],
    },
    enable_redaction: {
      type: ["boolean", "null"],
    },
    filter_profanity: {
      type: ["boolean", "null"],
    },
    forced_alignment: {
      type: ["boolean", "null"],
    },
    language: {
      type: ["string", "null"],
    },
    metadata: {
      type: ["string", "null"],
    },
    predict_topics: {
      type: ["boolean", "null"],
    },
    remove_atmospherics: {
      type: ["boolean", "null"],
    },
    remove_disfluencies: {
      type: ["boolean", "null"],
    },
    rush: {
      type: ["boolean", "null"],
    },
    segments_to_transcribe: {
      type: ["array", "null"],
      items: {
        type: "object",
        properties: {
          end: {
            type: "string",
          },
          start: {
            type: "string",
          },
        },
        required: ["end", "start"],
        additionalProperties: false,
      },
    },
    skip_diarization: {
      type: ["boolean", "null"],
    },
    skip_postprocessing: {
      type: ["boolean", "null"],
    },
    skip_punctuation: {
      type: ["boolean", "null"],
    },
    speaker_channels_count: {
      type: ["integer", "null"],
    },
    speaker_names: {
      type: ["array", "null"],
      items: {
        type: "object",
        properties: {
          display_name: {
            type: "string",
          },
        },
        additionalProperties: false,
      },
    },
    speakers_count: {
      type: ["integer", "null"],
    },
    strict_custom_vocabulary: {
      type: ["boolean", "null"],
    },
    summarization_config: {
      type: "object",
      properties: {
        model: {
          type: "integer",
          enum: [0, 1],
        },
        prompt: {
          type: ["string", "null"],
        },
        type: {
          type: "integer",
          enum: [0, 1],
        },
      },
      additionalProperties: false,
    },
    test_mode: {
      type: ["boolean", "null"],
    },
    top_nwords: {
      type: ["integer", "null"],
    },
    transcriber: {
      type: "integer",
      enum: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    },
    translation_config: {
      type: "object",
      properties: {
        target_languages: {
          type: "array",
          items: {
            type: "object",
            properties: {
              language: {
                type: "string",
              },
              model: {
                type: "integer",
                enum: [0, 1],
              },
            },
            required: ["language"],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    verbatim: {
      type: ["boolean", "null"],
    },
  },
  additionalProperties: false,
};
/** What a request may send as `SpeechmaticsAsyncOptions`. */
export const SpeechmaticsAsyncOptionsShape: ShapeSchema = {
  type: "object",
  properties: {
    alignment_config: {
      properties: {
        language: {
          type: "string",
        },
      },
      required: ["language"],
    },
    audio_events_config: {
      type: "object",
      properties: {
        types: {
          type: "array",
          items: {
            type: "string",
          },
        },
      },
    },
    auto_chapters_config: {
      type: "object",
    },
    language_identification_config: {
      properties: {
        default_language: {
          type: "string",
        },
        expected_languages: {
          type: "array",
          items: {
            type: "string",
          },
        },
        low_confidence_action: {
          type: "string",
          enum: ["allow", "reject", "use_default_language"],
        },
      },
    },
    output_config: {
      type: "object",
      properties: {
        srt_overrides: {
          type: "object",
          properties: {
            max_line_length: {
              type: "integer",
            },
            max_lines: {
              type: "integer",
            },
          },
        },
      },
    },
    sentiment_analysis_config: {
      type: "object",
    },
    summarization_config: {
      properties: {
        content_type: {
          type: "string",
          enum: ["auto", "informative", "conversational"],
        },
        summary_length: {
          type: "string",
          enum: ["brief", "detailed"],
        },
        summary_type: {
          type: "string",
          enum: ["paragraphs", "bullets"],
        },
      },
    },
    topic_detection_config: {
      properties: {
        topics: {
          type: "array",
          items: {
            type: "string",
          },
        },
      },
    },
    tracking: {
      properties: {
        details: {
          type: "object",
        },
        reference: {
          type: "string",
        },
        tags: {
          type: "array",
          items: {
            type: "string",
          },
        },
        title: {
          type: "string",
        },
      },
    },
    transcription_config: {
      properties: {
        additional_vocab: {
          type: "array",
          items: {
            type: "object",
            properties: {
              content: {
                type: "string",
              },
              sounds_like: {
                type: "array",
                items: {
                  type: "string",
                },
              },
            },
            required: ["content"],
          },
        },
        channel_diarization_labels: {
          type: "array",
          items: {
            type: "string",
          },
        },
        diarization: {
          type: "string",
          enum: ["none", "speaker", "channel"],
        },
        domain: {
          type: "string",
        },
        enable_entities: {
          type: "boolean",
        },
        language: {
          type: "string",
        },
        max_delay_mode: {
          type: "string",
          enum: ["fixed", "flexible"],
        },
        operating_point: {
          type: "string",
          enum: ["standard", "enhanced"],
        },
        output_locale: {
          type: "string",
        },
        punctuation_overrides: {
          properties: {
            permitted_marks: {
              type: "array",
              items: {
                type: "string",
              },
            },
            sensitivity: {
              type: "number",
            },
          },
        },
        speaker_diarization_config: {
          properties: {
            prefer_current_speaker: {
              type: "boolean",
            },
            speaker_sensitivity: {
              type: "number",
            },
          },
        },
        transcript_filtering_config: {
          properties: {
            remove_disfluencies: {
              type: "boolean",
            },
            replacements: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  from: {
                    type: "string",
                  },
                  to: {
                    type: "string",
                  },
                },
                required: ["from", "to"],
                additionalProperties: false,
              },
            },
          },
        },
      },
      required: ["language"],
    },
    translation_config: {
      properties: {
        target_languages: {
          type: "array",
          items: {
            type: "string",
          },
        },
      },
      required: ["target_languages"],
    },
  },
};
/** What a request may send as `CreateTranscriptProvider`. */
export const CreateTranscriptProviderShape: ShapeSchema = {
  type: "object",
  properties: {
    assembly_ai_async: AssemblyAiAsyncOptionsShape,
    deepgram_async: DeepgramAsyncOptionsShape,
    gladia_v2_async: GladiaV2AsyncOptionsShape,
    recallai_async: RecallaiAsyncOptionsShape,
    rev_async: RevAsyncOptionsShape,
    speechmatics_async: SpeechmaticsAsyncOptionsShape,
  },
};
/** What a request may send as `CreateTranscriptRequest`. */
export const CreateTranscriptRequestShape: ShapeSchema = {
  type: "object",
  properties: {
    diarization: {
      type: "object",
      properties: {
        use_separate_streams_when_available: {
          type: "boolean",
        },
      },
    },
    metadata: MetadataShape,
    provider: CreateTranscriptProviderShape,
  },
  required: ["provider"],
  additionalProperties: false,
};
/** What a request may send as `RecordingListStatusCode`. */
export const RecordingListStatusCodeShape: ShapeSchema = {
  type: "string",
  enum: ["processing", "paused", "done", "failed"],
};
/** What a request may send as `RecordingUpdate`. */
export const RecordingUpdateShape: ShapeSchema = {
  type: "object",
  properties: {
    metadata: MetadataShape,
  },
  additionalProperties: false,
};
