// The one naming rule from operationId to SDK method, documented in README ("How methods are named").
//
//   operationId `<resource>_<action>`: the resource is the first segment, pluralised (`recording` -> `recordings`);
//   the action maps through ACTIONS (Django REST names to SDK verbs), else becomes camelCase
//   (`recording_create_transcript_create` -> `recordings.createTranscriptCreate`).
//   An operation's `x-sdk-method: { resource, name }` overrides both.

const ACTIONS: Readonly<Record<string, string>> = {
  list: "list",
  retrieve: "retrieve",
  create: "create",
  partial_update: "update",
  update: "replace",
  destroy: "delete",
};

export interface MethodName {
  /** Property of the client that groups the resource's methods, e.g. `recordings`. */
  readonly resource: string;
  /** Method on that resource, e.g. `update`. */
  readonly method: string;
}

export function methodNameOf(operationId: string, override?: unknown): MethodName {
  const split = operationId.indexOf("_");
  if (split <= 0 || split === operationId.length - 1) {
    throw new Error(`operationId "${operationId}" does not follow <resource>_<action>; add x-sdk-method: { resource, name }`);
  }
  const singular = operationId.slice(0, split);
  const action = operationId.slice(split + 1);
  const fromRule: MethodName = {
    resource: camelCase(singular.endsWith("s") ? singular : `${singular}s`),
    method: ACTIONS[action] ?? camelCase(action),
  };
  if (override === undefined) return fromRule;
  if (typeof override !== "object" || override === null) throw new Error(`x-sdk-method of ${operationId} must be an object`);
  const { resource, name } = override as { resource?: unknown; name?: unknown };
  for (const [key, value] of [["resource", resource], ["name", name]] as const) {
    if (value !== undefined && (typeof value !== "string" || !/^[A-Za-z_$][\w$]*$/.test(value))) {
      throw new Error(`x-sdk-method.${key} of ${operationId} must be a JavaScript identifier`);
    }
  }
  return {
    resource: typeof resource === "string" ? resource : fromRule.resource,
    method: typeof name === "string" ? name : fromRule.method,
  };
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
