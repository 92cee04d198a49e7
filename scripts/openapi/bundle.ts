// Reads an OpenAPI 3.0 or 3.1 file and every file it $refs; produces one bundled document (every $ref local) with
// sorted keys, upgraded to OpenAPI 3.1 (upgrade.ts), so every tool reads one form. Bundled by the Redocly CLI with the
// project's redocly.yaml, the same as the lint, so the two never disagree on what the spec is.
import { type OpenAPIDocument, isObject } from "./json.js";
import { sortKeysDeep } from "./keys.js";
import { runRedocly, runRedoclySync, withoutBanner } from "./redocly.js";
import { upgradeToOpenAPI31 } from "./upgrade.js";

/** `entry` relative to `root` (or absolute); `root` holds the redocly.yaml that applies. */
export async function bundleDocument(root: string, entry: string): Promise<OpenAPIDocument> {
  const { code, stdout, stderr } = await runRedocly(root, ["bundle", entry, "--ext", "json"]);
  return fromBundle(entry, code, stdout, stderr);
}

export function bundleDocumentSync(root: string, entry: string): OpenAPIDocument {
  const { code, stdout, stderr } = runRedoclySync(root, ["bundle", entry, "--ext", "json"]);
  return fromBundle(entry, code, stdout, stderr);
}

/**
 * Starts a bundle now, so the Redocly CLI works while the generators load; a failure is reported where the
 * caller awaits it, never as an unhandled rejection in between.
 */
export function startBundle(root: string, entry: string): Promise<OpenAPIDocument> {
  const bundle = bundleDocument(root, entry);
  bundle.catch(() => {});
  return bundle;
}

function fromBundle(entry: string, code: number | null, stdout: string, stderr: string): OpenAPIDocument {
  if (code !== 0) throw new Error(`${entry} could not be bundled:\n${withoutBanner(stderr)}`);
  const parsed: unknown = JSON.parse(stdout);
  if (!isObject(parsed) || typeof parsed.openapi !== "string" || !/^3\.[01]\.\d+/.test(parsed.openapi)) {
    throw new Error(`${entry} is not an OpenAPI 3.0 or 3.1 document (its "openapi" field is ${JSON.stringify(isObject(parsed) ? parsed.openapi : undefined)})`);
  }
  return sortKeysDeep(upgradeToOpenAPI31(parsed)) as OpenAPIDocument;
}
