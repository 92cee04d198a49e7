// Reads a bundled OpenAPI document through the document layer: its operations with their client method names,
// and which operations use each component schema.
import { type OperationEntry, operationsOf } from "../openapi/document.js";
import { type OpenAPIDocument, isObject } from "../openapi/json.js";
import { unescapeSegment, valueAt } from "../openapi/pointer.js";
import { methodNameOf } from "../pipeline/naming.js";

/** Where an operation is and what it says; read from a Redocly change path too, so section and method are any string. */
export type OperationRef = Pick<OperationEntry, "key" | "operation"> & { readonly section: string; readonly method: string };

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
      if (schema?.[1]) schemas.add(unescapeSegment(schema[1]));
      visit(valueAt(document, ref));
    }
    for (const [key, value] of Object.entries(node)) if (key !== "$ref") visit(value);
  };
  visit(root);
  return schemas;
}
