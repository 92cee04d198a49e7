// The contract between generated/ and the runtime: what the generator emits per operation, as data.

/** A tiny JSON Schema subset the runtime checks before anything is sent. */
export interface ShapeSchema {
  readonly type?: "string" | "number" | "integer" | "boolean" | "object" | "array" | "null" | readonly ("string" | "number" | "integer" | "boolean" | "object" | "array" | "null")[];
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, ShapeSchema>>;
  readonly required?: readonly string[];
  /** `false` rejects unknown keys; a schema checks each value. Absent means anything goes. */
  readonly additionalProperties?: boolean | ShapeSchema;
  readonly items?: ShapeSchema;
}

/** One entry of the spec's `x-throttles`: at most `limit` calls per `per` seconds for each value of `scope`. */
export interface RateLimit {
  readonly limit: number;
  /** Window length in seconds. */
  readonly per: number;
  /** Recall's `scope_key`: what the budget is counted per, e.g. `workspace_id` or `bot_id`. */
  readonly scope: string;
  /**
   * The path parameter whose value is the scope's object (the bot's `id` in `/bot/{id}/`): one budget per value.
   * Absent for the workspace, and where the call cannot see the scope: then one budget per API key, never over-sending.
   */
  readonly param?: string;
}

export interface ParameterInfo {
  readonly name: string;
  readonly required: boolean;
  readonly schema: ShapeSchema;
  /** For an object-valued query parameter: each key is sent as `${prefix}${key}=value` (Recall's `metadata__KEY`). */
  readonly keyPrefix?: string;
}

export interface PaginationInfo {
  readonly style: "cursor";
  /** Property of the page holding the items. */
  readonly items: string;
  /** Property of the page holding the next page's full URL, or null on the last page. */
  readonly next: string;
}

/** One Ajv standalone validator of generated/validators.ts: true when the body fits, else `errors` says where not. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: readonly ValidationFailure[] | null;
}

/** The part of an Ajv error the runtime words its issues from. */
export interface ValidationFailure {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** An operation's success-body checks: the spec as written (`open`), and with every object closed (`closed`). */
export interface ResponseValidators {
  readonly open: ValidateFunction;
  readonly closed: ValidateFunction;
}

export interface OperationInfo {
  readonly operationId: string;
  /** The SDK method, e.g. `recordings.retrieve`: how every log line and error names the operation. */
  readonly name: string;
  readonly method: "get" | "put" | "post" | "patch" | "delete";
  /** Path template as in the spec, e.g. `/api/v1/recording/{id}/`. */
  readonly path: string;
  readonly pathParams: readonly ParameterInfo[];
  readonly queryParams: readonly ParameterInfo[];
  /** Schema of the JSON request body, when the operation takes one. */
  readonly body?: { readonly required: boolean; readonly schema: ShapeSchema };
  /** True when the operation accepts an `Idempotency-Key` header. */
  readonly idempotent: boolean;
  /** Every budget the call must fit in (the spec's `x-throttles`). */
  readonly rateLimits?: readonly RateLimit[];
  readonly pagination?: PaginationInfo;
  /**
   * Loads the checks of the JSON success body (generated/validators.ts, only when response validation runs), when
   * the operation has one.
   */
  readonly responseValidators?: () => Promise<ResponseValidators>;
}
