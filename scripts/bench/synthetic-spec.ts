// A spec of any number of operations for the generator benchmarks, made from the project's own spec (its own
// operations, always kept) plus copies of the api-scale fixture's resources (test/generate/fixtures),
// each copy with its own paths, operationIds, tags and component schemas, as a real API's resources would be.
import { join } from "node:path";
import { bundleSpec } from "../openapi/spec.js";
import type { Json, OpenAPIDocument } from "../openapi/json.js";

const FIXTURE_SPEC_ROOT = "test/generate/fixtures/api-scale";
const METHODS = ["get", "put", "post", "patch", "delete"];

/** The project's spec grown to `operations` operations (at least its own). */
export async function syntheticSpec(root: string, operations: number): Promise<OpenAPIDocument> {
  const base = structuredClone(await bundleSpec(root));
  const fixture = await bundleSpec(join(root, FIXTURE_SPEC_ROOT));
  const paths = base.paths as Record<string, Json>;
  const schemas = ((base.components as Json).schemas ??= {}) as Record<string, unknown>;
  const tags = (base.tags ??= []) as Json[];
  let count = countOperations(paths);
  for (let copy = 1; count < operations; copy++) {
    const renamed = renameCopy(fixture, copy, operations - count);
    Object.assign(paths, renamed.paths);
    count += countOperations(renamed.paths);
    Object.assign(schemas, renamed.schemas);
    tags.push(...renamed.tags.map((name) => ({ name, description: `Copy ${copy} of a fixture resource.` })));
  }
  return base;
}

export function countOperations(paths: Record<string, Json>): number {
  return Object.values(paths).reduce((sum, item) => sum + METHODS.filter((method) => method in item).length, 0);
}

/**
 * Copy `n` of the fixture, its first `budget` operations: `/api/v1/bot/` -> `/api/v1/bot_c3/`,
 * `bot_list` -> `bot_c3_list`, `Bot` -> `BotC3`.
 */
function renameCopy(fixture: OpenAPIDocument, n: number, budget: number): { paths: Record<string, Json>; schemas: Json; tags: string[] } {
  const suffix = `_c${n}`;
  const schemaNames = Object.keys(((fixture.components as Json).schemas ?? {}) as Json);
  let text = JSON.stringify({ paths: fixture.paths, schemas: (fixture.components as Json).schemas });
  for (const name of schemaNames) text = text.replaceAll(`"#/components/schemas/${name}"`, `"#/components/schemas/${name}C${n}"`);
  const renamed = JSON.parse(text) as { paths: Record<string, Json>; schemas: Json };
  const paths: Record<string, Json> = {};
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(renamed.paths)) {
    // The resource segment is the first after /api/v<N>/; its operationIds start with its snake_case form.
    const segments = path.split("/");
    const index = segments.findIndex((segment, at) => at > 2 && segment !== "");
    const resource = segments[index] as string;
    segments[index] = `${resource}${suffix}`;
    const prefix = `${resource.replace(/-/g, "_")}_`;
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      if (budget-- <= 0) {
        delete item[method];
        continue;
      }
      operation.operationId = String(operation.operationId).replace(prefix, `${prefix.slice(0, -1)}${suffix}_`);
      operation.tags = ((operation.tags as string[] | undefined) ?? []).map((tag) => `${tag}${suffix}`);
      // The project's lint (recommended-strict) wants a 4XX response on every operation; the real spec has them.
      const responses = operation.responses as Json;
      if (!Object.keys(responses).some((status) => status.startsWith("4"))) responses["404"] = { $ref: "#/components/responses/NotFound" };
      (operation.tags as string[]).forEach((tag) => tags.add(tag));
    }
    if (METHODS.some((method) => method in item)) paths[segments.join("/")] = item;
  }
  // Only what the copied paths use, directly or not (the lint refuses unused components; webhooks are not copied).
  const all = new Map(Object.entries(renamed.schemas).map(([name, schema]) => [`${name}C${n}`, schema]));
  const used = new Set<string>();
  const pending = [JSON.stringify(paths)];
  for (let text = pending.pop(); text !== undefined; text = pending.pop()) {
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      if (!all.has(name!) || used.has(name!)) continue;
      used.add(name!);
      pending.push(JSON.stringify(all.get(name!)));
    }
  }
  return { paths, schemas: Object.fromEntries([...all].filter(([name]) => used.has(name))), tags: [...tags] };
}
