// Reads a bundled OpenAPI document (every $ref internal): its operations with their client method names,
// which operations use each component schema, and values at JSON pointers that may pass through $refs.
import { methodNameOf } from "../pipeline/naming.js";
import type { OpenAPIDocument } from "../pipeline/bundle-spec.js";

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export interface OperationRef {
  /** `paths` or `webhooks`. */
  readonly section: string;
  /** Path template or webhook name. */
  readonly key: string;
  readonly method: string;
  readonly operation: Record<string, unknown>;
}

export function operationsOf(document: OpenAPIDocument): OperationRef[] {
  const found: OperationRef[] = [];
  for (const section of ["paths", "webhooks"]) {
    for (const [key, item] of Object.entries(asObject(document[section]))) {
      const resolved = asObject(resolveRef(document, item));
      for (const method of HTTP_METHODS) {
        const operation = resolved[method];
        if (isObject(operation)) found.push({ section, key, method, operation });
      }
    }
  }
  return found;
}

/** `recordings.update`, or the operationId when it does not follow the naming rule, or `METHOD path`. */
export function methodLabel(operation: Record<string, unknown>, path: string, fallback: string): string {
  const id = operation.operationId;
  if (typeof id !== "string") return fallback;
  try {
    const tags = Array.isArray(operation.tags) ? (operation.tags as unknown[]) : undefined;
    const name = methodNameOf({ operationId: id, path, ...(tags ? { tags } : {}) }, operation["x-sdk-method"]);
    return `${name.resource}.${name.method}`;
  } catch {
    return id;
  }
}

/** `recordings.update  (PATCH /api/v1/recording/{id}/)`; a webhook has no client method: `webhook recording.done`. */
export function operationTitle(ref: OperationRef): string {
  if (ref.section === "webhooks") return `webhook ${ref.key}`;
  const where = `${ref.method.toUpperCase()} ${ref.key}`;
  return `${methodLabel(ref.operation, ref.key, where)}  (${where})`;
}

/** Component schema name -> the method labels of the operations whose requests or responses reach it. */
export function schemaUsers(document: OpenAPIDocument): Map<string, string[]> {
  const users = new Map<string, Set<string>>();
  for (const ref of operationsOf(document)) {
    const label = ref.section === "webhooks" ? `webhook ${ref.key}` : methodLabel(ref.operation, ref.key, `${ref.method.toUpperCase()} ${ref.key}`);
    for (const name of reachableSchemas(document, ref.operation)) {
      const set = users.get(name) ?? new Set<string>();
      set.add(label);
      users.set(name, set);
    }
  }
  return new Map([...users].map(([name, set]) => [name, [...set].sort()]));
}

/** Component schemas a request can carry: reached from an operation's parameters or request body (not a webhook's). */
export function requestSchemas(document: OpenAPIDocument): Set<string> {
  const names = new Set<string>();
  for (const ref of operationsOf(document).filter((op) => op.section === "paths")) {
    for (const name of reachableSchemas(document, [ref.operation.parameters, ref.operation.requestBody])) names.add(name);
  }
  return names;
}

function reachableSchemas(document: OpenAPIDocument, root: unknown): Set<string> {
  const schemas = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === "string" && !seen.has(ref)) {
      seen.add(ref);
      const schema = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
      if (schema?.[1]) schemas.add(decodeSegment(schema[1]));
      visit(valueAt(document, ref));
    }
    for (const [key, value] of Object.entries(node)) if (key !== "$ref") visit(value);
  };
  visit(root);
  return schemas;
}

export function splitPointer(pointer: string): string[] {
  return pointer.replace(/^#?\/?/, "").split("/").filter((s) => s !== "").map(decodeSegment);
}

export function decodeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** The value at a pointer like Redocly's change paths, where a `$ref` segment means "follow the reference". */
export function valueAt(document: OpenAPIDocument, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of splitPointer(pointer)) {
    if (segment === "$ref" && isObject(node) && typeof node.$ref === "string") node = valueAt(document, node.$ref);
    else node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return resolveRef(document, node);
}

function resolveRef(document: OpenAPIDocument, node: unknown): unknown {
  return isObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#") ? valueAt(document, node.$ref) : node;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}
