// Generated from spec/openapi.yaml. Do not edit: run npm run generate.
import type { ShapeSchema } from "../src/core/index.js";

/** What a request may send as `ArtifactListStatusCode`. */
export const ArtifactListStatusCode: ShapeSchema = {
  type: "string",
  enum: ["processing", "done", "failed"],
};
/** What a request may send as `Metadata`. */
export const Metadata: ShapeSchema = {
  type: "object",
  additionalProperties: {
    type: "string",
  },
};
/** What a request may send as `ArtifactUpdate`. */
export const ArtifactUpdate: ShapeSchema = {
  type: "object",
  properties: {
    metadata: Metadata,
  },
  additionalProperties: false,
};
/** What a request may send as `AssemblyAiAsyncConfig`. */
export const AssemblyAiAsyncConfig: ShapeSchema = {
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
    language: {
      type: "string",
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
    },
    redact_pii_policies: {
      type: "array",
      items: {
        type: "string",
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
    },
    summary_type: {
      type: "string",
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
};
/** What a request may send as `DeepgramAsyncConfig`. */
export const DeepgramAsyncConfig: ShapeSchema = {
  type: "object",
  properties: {
    callback: {
      type: "string",
    },
    callback_method: {
      type: "string",
    },
    credential_id: {
      type: "string",
    },
    custom_intent: {},
    custom_intent_mode: {
      type: "string",
    },
    custom_topic: {},
    custom_topic_mode: {
      type: "string",
    },
    detect_entities: {
      type: "boolean",
    },
    detect_language: {},
    detect_topics: {
      type: "boolean",
    },
    diarize: {
      type: "boolean",
    },
    diarize_version: {
      type: "string",
    },
    dictation: {
      type: "boolean",
    },
    encoding: {
      type: "string",
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
      type: ["string", "boolean"],
    },
    tag: {},
    tier: {
      type: "string",
    },
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
/** What a request may send as `GladiaV2AsyncConfig`. */
export const GladiaV2AsyncConfig: ShapeSchema = {
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
            type: ["array", "string"],
            items: {
              type: "string",
            },
          },
        },
      },
    },
    callback: {
      type: "boolean",
    },
    callback_config: {
      type: "object",
      properties: {
        method: {
          type: "string",
        },
        url: {
          type: "string",
        },
      },
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
    },
    custom_vocabulary: {
      type: ["boolean", "string"],
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
        },
        target_languages: {
          type: "array",
          items: {
            type: "string",
          },
        },
      },
    },
  },
};
/** What a request may send as `RecallaiAsyncConfig`. */
export const RecallaiAsyncConfig: ShapeSchema = {
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
      },
    },
  },
};
/** What a request may send as `RevAsyncConfig`. */
export const RevAsyncConfig: ShapeSchema = {
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
    },
    chunk_size: {
      type: ["string", "null"],
    },
    custom_vocabularies: {
      type: ["array", "null"],
      items: {
        type: ["object", "string"],
        properties: {
          phrases: {
            type: "array",
            items: {
              type: "string",
            },
          },
        },
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
    detect_language: {
      type: "boolean",
    },
    diarization_type: {
      type: "integer",
    },
    domain: {
      type: "integer",
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
        },
        prompt: {
          type: ["string", "null"],
        },
        type: {
          type: "integer",
        },
      },
    },
    test_mode: {
      type: ["boolean", "null"],
    },
    top_nwords: {
      type: ["integer", "null"],
    },
    transcriber: {
      type: "integer",
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
              },
            },
          },
        },
      },
    },
    verbatim: {
      type: ["boolean", "null"],
    },
  },
};
/** What a request may send as `SpeechmaticsAsyncConfig`. */
export const SpeechmaticsAsyncConfig: ShapeSchema = {
  type: "object",
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
      },
    },
    alignment_config: {
      type: "object",
      properties: {
        language: {
          type: "string",
        },
      },
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
    domain: {
      type: "string",
    },
    enable_entities: {
      type: "boolean",
    },
    language: {
      type: "string",
    },
    language_identification_config: {
      type: "object",
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
        },
      },
    },
    operating_point: {
      type: "string",
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
    output_locale: {
      type: "string",
    },
    sentiment_analysis_config: {
      type: "object",
    },
    summarization_config: {
      type: "object",
      properties: {
        content_type: {
          type: "string",
        },
        summary_length: {
          type: "string",
        },
        summary_type: {
          type: "string",
        },
      },
    },
    topic_detection_config: {
      type: "object",
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
      type: "object",
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
      type: "object",
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
        },
        operating_point: {
          type: "string",
        },
        output_locale: {
          type: "string",
        },
        punctuation_overrides: {
          type: "object",
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
          type: "object",
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
          type: "object",
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
              },
            },
          },
        },
      },
    },
    translation_config: {
      type: "object",
      properties: {
        target_languages: {
          type: "array",
          items: {
            type: "string",
          },
        },
      },
    },
  },
};
/** What a request may send as `CreateTranscriptProvider`. */
export const CreateTranscriptProvider: ShapeSchema = {
  type: "object",
  properties: {
    assembly_ai_async: AssemblyAiAsyncConfig,
    deepgram_async: DeepgramAsyncConfig,
    gladia_v2_async: GladiaV2AsyncConfig,
    recallai_async: RecallaiAsyncConfig,
    rev_async: RevAsyncConfig,
    speechmatics_async: SpeechmaticsAsyncConfig,
  },
};
/** What a request may send as `CreateTranscriptRequest`. */
export const CreateTranscriptRequest: ShapeSchema = {
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
    metadata: Metadata,
    provider: CreateTranscriptProvider,
  },
  required: ["provider"],
  additionalProperties: false,
};
/** What a request may send as `RecordingListStatusCode`. */
export const RecordingListStatusCode: ShapeSchema = {
  type: "string",
  enum: ["processing", "paused", "done", "failed"],
};
/** What a request may send as `RecordingUpdate`. */
export const RecordingUpdate: ShapeSchema = {
  type: "object",
  properties: {
    metadata: Metadata,
  },
  additionalProperties: false,
};
