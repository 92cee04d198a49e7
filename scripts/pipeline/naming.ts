// The one naming rule from an operation to its SDK method and to the identifiers generated/ names it by,
// documented in docs/architecture.md ("How methods are named"). Any operationId, or none, gets a name; two operations that
// would get the same name stop the generation (model.ts names both, by JSON pointer).
//
//   1. Recall's operationIds (Django REST Framework's, via drf-spectacular): <resource>_[<item action>_]<action>.
//      resource: the path's first segment after `/api/v<N>/` (else the operation's first tag), in camelCase;
//        less a format suffix (`/categories.json` -> `categories`); a one-word singular is made plural as an English
//        noun (`recording` -> `recordings`, `search` -> `searches`, `category` -> `categories`; a one-letter
//        abbreviation is kept), a multi-word one is kept (`video_mixed` -> `videoMixed`).
//      method: the operationId minus that resource's prefix, then the longest known action at its end
//        (`partial_update` -> `update`, `update` -> `replace`, `destroy` -> `delete`, ...). What is left before the
//        action is an action on the item (`recording_create_transcript_create` -> `createTranscript`): a POST (`create`)
//        is named after it alone, any other method gets its verb in front (`calendar_events_bot_destroy` -> `deleteBot`).
//   2. `<group>/<name>` (GitHub's `repos/get-content`): resource `repos`, method `getContent`, both in camelCase.
//   3. Any other operationId: the resource as in 1, the method the operationId in camelCase, less a leading resource
//      word (`listRecordings` on /recording/ -> `recordings.listRecordings`, `recording_frobnicate` -> `frobnicate`).
//   4. No operationId: the resource as in 1, the method the HTTP method then the path's other segments, a parameter
//      as `By<Name>` (`GET /users/{id}/repos` -> `users.getByIdRepos`).
//   An operation's `x-sdk-method: { resource, name }` overrides either part.
//   The identifier (generated/operations.ts's export, the validators' prefix) is the operationId when it is a
//   JavaScript identifier, else its words joined by `_` (`meta/root` -> `meta_root`); with no operationId, the HTTP
//   method and the path's words (`get_users_id_repos`). Types take its PascalCase (`MetaRoot`).

const ACTIONS: Readonly<Record<string, string>> = {
  list: "list",
  retrieve: "retrieve",
  create: "create",
  partial_update: "update",
  update: "replace",
  destroy: "delete",
};
/** Longest first, so `partial_update` wins over `update`. */
const ACTION_SUFFIXES = Object.keys(ACTIONS).sort((a, b) => b.length - a.length);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// Words an `export const` cannot be named (ECMAScript reserved words, strict mode's and TypeScript's type names).
const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "import in instanceof new null return super switch this throw true try typeof var void while with yield let static " +
    "implements interface package private protected public await arguments eval any boolean never number object string symbol undefined unknown")
    .split(" "),
);

/** True for a name usable bare as a JavaScript identifier or property key. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

export interface OperationRef {
  /** Absent when the spec gives none: the name then comes from `httpMethod` and `path`. */
  readonly operationId?: string | undefined;
  readonly httpMethod?: string | undefined;
  readonly path: string;
  readonly tags?: readonly unknown[];
}

/** The identifier an operation's exports are named by (rule above); never a reserved word. */
export function operationIdentifier({ operationId, httpMethod, path }: OperationRef): string {
  if (operationId !== undefined && isIdentifier(operationId) && !RESERVED.has(operationId)) return operationId;
  const source = operationId ?? `${httpMethod ?? ""} ${path}`;
  const joined = source.split(/[^A-Za-z0-9_$]+/).filter(Boolean).join("_");
  const name = /^[0-9]/.test(joined) || joined === "" || RESERVED.has(joined) ? `_${joined}` : joined;
  return name;
}

export interface MethodName {
  /** Property of the client that groups the resource's methods, e.g. `recordings`. */
  readonly resource: string;
  /** Method on that resource, e.g. `update`. */
  readonly method: string;
}

export function methodNameOf(operation: OperationRef, override?: unknown): MethodName {
  const fromRule = ruleName(operation);
  if (override === undefined) return fromRule;
  const operationId = operationIdentifier(operation);
  if (typeof override !== "object" || override === null) throw new Error(`x-sdk-method of ${operationId} must be an object`);
  const { resource, name } = override as { resource?: unknown; name?: unknown };
  for (const [key, value] of [["resource", resource], ["name", name]] as const) {
    if (value !== undefined && (typeof value !== "string" || !isIdentifier(value))) {
      throw new Error(`x-sdk-method.${key} of ${operationId} must be a JavaScript identifier`);
    }
  }
  const pick = (given: unknown, part: keyof MethodName): string => (typeof given === "string" ? given : fromRule[part]);
  return { resource: pick(resource, "resource"), method: pick(name, "method") };
}

function ruleName({ operationId, httpMethod, path, tags }: OperationRef): MethodName {
  const candidates = [resourceSegment(path), typeof tags?.[0] === "string" ? tags[0] : undefined].filter((name): name is string => !!name);
  if (operationId !== undefined) {
    for (const candidate of candidates) {
      const prefix = `${snakeCase(candidate)}_`;
      if (!operationId.startsWith(prefix) || operationId.length === prefix.length) continue;
      const method = actionName(operationId.slice(prefix.length));
      if (method) return { resource: resourceName(candidate), method };
    }
    const slash = operationId.lastIndexOf("/");
    if (slash > 0 && slash < operationId.length - 1) {
      return { resource: safeCamel(operationId.slice(0, slash)), method: safeCamel(operationId.slice(slash + 1)) };
    }
  }
  const candidate = candidates[0] ?? "root";
  const resource = resourceName(candidate);
  if (operationId !== undefined) {
    const words = wordsOf(operationId);
    const rest = words.length > 1 && words[0]?.toLowerCase() === snakeCase(candidate) ? words.slice(1) : words;
    return { resource, method: safeCamel(rest.join("_")) };
  }
  const segments = path.split("/").filter(Boolean);
  const afterResource = segments.slice(segments.findIndex((segment) => withoutFormat(segment) === candidate) + 1);
  const parts = afterResource.map(withoutFormat).map((segment) => (segment.startsWith("{") ? `by_${segment.slice(1, -1)}` : segment));
  return { resource, method: safeCamel([httpMethod ?? "call", ...parts].join("_")) };
}

/** Words of any spelling: split at non-alphanumerics and at lower-to-upper case changes (`getContent` -> get, Content). */
function wordsOf(text: string): string[] {
  return text.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
}

/** camelCase of any words, with `_` in front when the result would start with a digit or be empty. */
function safeCamel(text: string): string {
  const name = camelCase(wordsOf(text).join("_"));
  return /^[A-Za-z_$]/.test(name) ? name : `_${name}`;
}

/**
 * `/api/v1/video_mixed/{id}/` -> `video_mixed`: the first literal segment after any `api` and version segments, less a
 * format suffix (Rails-style `/categories.json` is the same resource as `/categories/{id}.json`).
 */
function resourceSegment(path: string): string | undefined {
  const segment = path.split("/").find((part) => part && part !== "api" && !/^v\d+$/.test(part) && !part.startsWith("{"));
  return segment === undefined ? undefined : withoutFormat(segment);
}

function withoutFormat(segment: string): string {
  return segment.replace(/(?<=.)\.(?:json|xml|ya?ml|csv|txt|html?)$/i, "");
}

function actionName(rest: string): string | undefined {
  const action = ACTION_SUFFIXES.find((suffix) => rest === suffix || rest.endsWith(`_${suffix}`));
  if (action === undefined) return undefined;
  const verb = ACTIONS[action] as string;
  if (rest === action) return verb;
  const itemAction = camelCase(rest.slice(0, -action.length - 1));
  return action === "create" ? itemAction : `${verb}${capitalize(itemAction)}`;
}

function resourceName(segment: string): string {
  const words = segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = camelCase(segment);
  // One word is a collection's noun: made plural by the English rules that apply to nouns (`search` -> `searches`,
  // `category` -> `categories`); a one-letter abbreviation (Discourse's `/c/`, `/t/`, `/u/`) is kept as it is.
  if (words.length !== 1 || name.endsWith("s") || name.length === 1) return name;
  if (/(?:ch|sh|x|z)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

function snakeCase(text: string): string {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean).join("_").toLowerCase();
}

export function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : capitalize(word.toLowerCase()))).join("");
}

export function pascalCase(text: string): string {
  return capitalize(camelCase(text));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** PascalCase of any spelling (`meta_root` -> `MetaRoot`, `code-scanning-alert` -> `CodeScanningAlert`): type names. */
export function typeNameOf(text: string): string {
  const name = wordsOf(text)
    .map((word) => capitalize(word.toLowerCase() === word || word.toUpperCase() === word ? word.toLowerCase() : word))
    .join("");
  return /^[A-Za-z_$]/.test(name) ? name : `_${name}`;
}

/** A component schema's type name: its own name when that is an identifier, else typeNameOf it. */
export function schemaTypeName(schema: string): string {
  return isIdentifier(schema) && !RESERVED.has(schema) ? schema : typeNameOf(schema);
}
