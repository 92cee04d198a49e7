// What a bundled OpenAPI document is to every tool here: plain JSON, its HTTP methods, the walk over its operations,
// and SpecError, the one way to say "this place in the spec is something we cannot use".
import { type Json, type OpenAPIDocument, asObject, isObject } from "./json.js";
import { pointerOf, resolveRef } from "./pointer.js";

export { type Json, type OpenAPIDocument, asObject, isObject };

/** Every method a Path Item may hold (OpenAPI 3.1, 4.8.9). */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A construct of the spec that a tool cannot use, at a JSON pointer of the bundled document. Its message names
 * the pointer and the construct, so the fix can be found without a stack trace.
 */
export class SpecError extends Error {
  constructor(
    readonly pointer: string,
    readonly construct: string,
    detail: string,
  ) {
    super(`${pointer}: ${construct}: ${detail}`);
    this.name = "SpecError";
  }
}

export interface OperationEntry {
  /** `paths` or `webhooks`. */
  readonly section: "paths" | "webhooks";
  /** Path template or webhook name. */
  readonly key: string;
  readonly method: HttpMethod;
  readonly operation: Json;
  /** The Path Item's own parameters, which every operation under it inherits. */
  readonly sharedParameters: readonly unknown[];
  /** Where the operation is, e.g. `#/paths/~1api~1v1~1bot~1/get`. */
  readonly pointer: string;
}

/** Every operation of `sections`, in document order (keys are sorted when bundled), Path Item `$ref`s followed. */
export function operationsOf(document: OpenAPIDocument, sections: readonly ("paths" | "webhooks")[] = ["paths", "webhooks"]): OperationEntry[] {
  const found: OperationEntry[] = [];
  for (const section of sections) {
    for (const [key, raw] of Object.entries(asObject(document[section]))) {
      const item = asObject(resolveRef(document, raw));
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const sharedParameters = Array.isArray(item.parameters) ? item.parameters : [];
        found.push({ section, key, method, operation, sharedParameters, pointer: pointerOf(section, key, method) });
      }
    }
  }
  return found;
}
