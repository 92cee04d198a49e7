// Reads the document to compare with: a file of OpenAPI 3.x (Recall publishes 3.0.3 JSON), checked to be
// one before Redocly bundles it (so external $refs resolve as ours do). Anything unusable is an
// UnusableInput, which spec:compare reports with exit code 2.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { bundle, createConfig } from "@redocly/openapi-core";
import { parse } from "yaml";
import { type OpenAPIDocument, sortKeysDeep } from "../pipeline/bundle-spec.js";

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
  const config = await createConfig({}, { extends: ["minimal"] });
  const result = await bundle({ ref: absolute, config, dereference: false });
  const unresolved = result.problems.filter((problem) => problem.severity === "error");
  if (unresolved.length > 0) {
    const where = unresolved.map((problem) => `  ${problem.location[0]?.pointer ?? ""}: ${problem.message}`).join("\n");
    throw new UnusableInput(`${path}: the document does not resolve:\n${where}`);
  }
  return sortKeysDeep(result.bundle.parsed) as OpenAPIDocument;
}
