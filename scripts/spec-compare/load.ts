// Reads the document to compare with: a file of OpenAPI 3.x (Recall publishes 3.0.3 JSON), checked to be
// one before the document layer bundles it as it bundles ours (so external $refs resolve alike, and 3.0 reads as
// 3.1). Anything unusable is an UnusableInput, which spec:compare reports with exit code 2.
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { parse } from "yaml";
import { bundleDocument } from "../openapi/bundle.js";
import type { OpenAPIDocument } from "../openapi/json.js";

export class UnusableInput extends Error {
  override readonly name = "UnusableInput";
}

export async function loadOpenAPI(path: string): Promise<OpenAPIDocument> {
  const absolute = resolve(path);
  let text: string;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    throw new UnusableInput(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = path.endsWith(".json") ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new UnusableInput(`${path}: not JSON or YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new UnusableInput(`${path}: not an OpenAPI document (the top level is not an object)`);
  const { openapi, paths } = parsed as { openapi?: unknown; paths?: unknown };
  if (typeof openapi !== "string") throw new UnusableInput(`${path}: not an OpenAPI document (no "openapi" version field)`);
  if (!/^3\.[01]\./.test(openapi)) throw new UnusableInput(`${path}: OpenAPI ${openapi} is not supported; spec:compare reads OpenAPI 3.0 and 3.1`);
  if (typeof paths !== "object" || paths === null) throw new UnusableInput(`${path}: the OpenAPI document has no "paths" object`);
  try {
    // Bundled from its own folder: the project's redocly.yaml is about our spec, not this one.
    return await bundleDocument(dirname(absolute), basename(absolute));
  } catch (error) {
    throw new UnusableInput(`${path}: the document does not resolve:\n${(error as Error).message}`);
  }
}
