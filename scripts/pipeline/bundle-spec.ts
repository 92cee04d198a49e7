// Reads spec/openapi.yaml and every file it $refs; produces one bundled document with sorted keys,
// so re-indenting or reordering the YAML cannot change what is generated. Bundled by the same Redocly CLI
// and redocly.yaml as the lint, so the two never disagree on what the spec is.
import { SPEC_ENTRY } from "./layout.js";
import { runRedocly, withoutBanner } from "./redocly.js";

export type OpenAPIDocument = Record<string, unknown>;

export async function bundleSpec(root: string): Promise<OpenAPIDocument> {
  const { code, stdout, stderr } = await runRedocly(root, ["bundle", SPEC_ENTRY, "--ext", "json"]);
  if (code !== 0) throw new Error(`The spec could not be bundled:\n${withoutBanner(stderr)}`);
  return sortKeysDeep(JSON.parse(stdout)) as OpenAPIDocument;
}

/**
 * Starts the bundle now, so the Redocly CLI works while the generators load; a failure is reported where the
 * pipeline awaits it, never as an unhandled rejection in between.
 */
export function startBundle(root: string): Promise<OpenAPIDocument> {
  const bundle = bundleSpec(root);
  bundle.catch(() => {});
  return bundle;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== "object") return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(byCodeUnit)) {
    sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

export { byCodeUnit };
