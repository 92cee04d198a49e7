// Redocly's engine compares `parameters` arrays index by index, so removing the first parameter reads as
// every later one being renamed. Reorders both sides' arrays (order carries no meaning in OpenAPI): the
// parameters both sides have first, by `in` and name, then the rest, so each is compared with itself.
import type { OpenAPIDocument } from "../openapi/json.js";
import { HTTP_METHODS } from "../openapi/document.js";
import { isObject } from "../openapi/json.js";
import { valueAt } from "../openapi/pointer.js";

export function alignParameters(base: OpenAPIDocument, revision: OpenAPIDocument): [OpenAPIDocument, OpenAPIDocument] {
  const [b, r] = [structuredClone(base), structuredClone(revision)];
  for (const section of ["paths", "webhooks"]) {
    const [baseItems, revisionItems] = [b[section], r[section]];
    if (!isObject(baseItems) || !isObject(revisionItems)) continue;
    for (const key of Object.keys(baseItems)) {
      const [baseItem, revisionItem] = [baseItems[key], revisionItems[key]];
      if (!isObject(baseItem) || !isObject(revisionItem)) continue;
      for (const owner of [null, ...HTTP_METHODS]) {
        const [from, to] = owner === null ? [baseItem, revisionItem] : [baseItem[owner], revisionItem[owner]];
        if (isObject(from) && isObject(to) && Array.isArray(from.parameters) && Array.isArray(to.parameters)) {
          [from.parameters, to.parameters] = reorder(from.parameters, to.parameters, b, r);
        }
      }
    }
  }
  return [b, r];
}

function reorder(base: unknown[], revision: unknown[], b: OpenAPIDocument, r: OpenAPIDocument): [unknown[], unknown[]] {
  const keyOf = (document: OpenAPIDocument) => (parameter: unknown): string => {
    const resolved = isObject(parameter) && typeof parameter.$ref === "string" ? valueAt(document, parameter.$ref) : parameter;
    return isObject(resolved) ? `${String(resolved.in)} ${String(resolved.name)}` : JSON.stringify(parameter);
  };
  const [baseKeys, revisionKeys] = [base.map(keyOf(b)), revision.map(keyOf(r))];
  const shared = new Set(baseKeys.filter((key) => revisionKeys.includes(key)));
  const order = (items: unknown[], keys: string[]): unknown[] =>
    items
      .map((item, index) => ({ item, key: keys[index] ?? "", shared: shared.has(keys[index] ?? "") }))
      .sort((x, y) => Number(y.shared) - Number(x.shared) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
      .map(({ item }) => item);
  return [order(base, baseKeys), order(revision, revisionKeys)];
}
