// The one naming rule from an operation to its SDK method, documented in docs/architecture.md ("How methods are named").
//
//   resource: the path's first segment after `/api/v<N>/` (else the operation's first tag), in camelCase;
//     a one-word singular gets an `s` (`recording` -> `recordings`), a multi-word one is kept
//     (`video_mixed` -> `videoMixed`, `participant_events` -> `participantEvents`).
//   method: the operationId minus that resource's prefix, then the longest known Django REST action at its end
//     (`partial_update` -> `update`, `update` -> `replace`, `destroy` -> `delete`, ...). What is left before the
//     action is an action on the item (`recording_create_transcript_create` -> `createTranscript`): a POST (`create`)
//     is named after it alone, any other method gets its verb in front (`calendar_events_bot_destroy` -> `deleteBot`).
//   An operation's `x-sdk-method: { resource, name }` overrides either part.

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

/** True for a name usable bare as a JavaScript identifier or property key. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

export interface OperationRef {
  readonly operationId: string;
  readonly path: string;
  readonly tags?: readonly unknown[];
}

export interface MethodName {
  /** Property of the client that groups the resource's methods, e.g. `recordings`. */
  readonly resource: string;
  /** Method on that resource, e.g. `update`. */
  readonly method: string;
}

export function methodNameOf(operation: OperationRef, override?: unknown): MethodName {
  const fromRule = ruleName(operation);
  if (override === undefined) {
    if (fromRule instanceof Error) throw fromRule;
    return fromRule;
  }
  const { operationId } = operation;
  if (typeof override !== "object" || override === null) throw new Error(`x-sdk-method of ${operationId} must be an object`);
  const { resource, name } = override as { resource?: unknown; name?: unknown };
  for (const [key, value] of [["resource", resource], ["name", name]] as const) {
    if (value !== undefined && (typeof value !== "string" || !isIdentifier(value))) {
      throw new Error(`x-sdk-method.${key} of ${operationId} must be a JavaScript identifier`);
    }
  }
  const pick = (given: unknown, part: keyof MethodName): string => {
    if (typeof given === "string") return given;
    if (fromRule instanceof Error) throw fromRule;
    return fromRule[part];
  };
  return { resource: pick(resource, "resource"), method: pick(name, "method") };
}

function ruleName({ operationId, path, tags }: OperationRef): MethodName | Error {
  const candidates = [resourceSegment(path), typeof tags?.[0] === "string" ? tags[0] : undefined].filter((name): name is string => !!name);
  for (const candidate of candidates) {
    const prefix = `${snakeCase(candidate)}_`;
    if (!operationId.startsWith(prefix) || operationId.length === prefix.length) continue;
    const method = actionName(operationId.slice(prefix.length));
    if (method) return { resource: resourceName(candidate), method };
  }
  return new Error(
    `operationId "${operationId}" of ${path} is not <resource>_[<item action>_]<${ACTION_SUFFIXES.join("|")}> ` +
      `with <resource> its path's first segment or its tag (${candidates.join(", ") || "none"}); add x-sdk-method: { resource, name }`,
  );
}

/** `/api/v1/video_mixed/{id}/` -> `video_mixed`: the first literal segment after any `api` and version segments. */
function resourceSegment(path: string): string | undefined {
  return path.split("/").find((segment) => segment && segment !== "api" && !/^v\d+$/.test(segment) && !segment.startsWith("{"));
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
  return words.length === 1 && !name.endsWith("s") ? `${name}s` : name;
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
