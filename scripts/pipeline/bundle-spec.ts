// Reads spec/openapi.yaml and every file it $refs; produces one bundled document with sorted keys,
// so re-indenting or reordering the YAML cannot change what is generated.
import { bundle, createConfig } from "@redocly/openapi-core";
import { specPath } from "./layout.js";

export type OpenAPIDocument = Record<string, unknown>;

export async function bundleSpec(root: string): Promise<OpenAPIDocument> {
  const config = await createConfig({}, { extends: ["minimal"] });
  const result = await bundle({ ref: specPath(root), config, dereference: false });
  const errors = result.problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    const lines = errors.map((problem) => {
      const where = problem.location[0];
      return `${where?.source.absoluteRef ?? specPath(root)} ${where?.pointer ?? ""}: ${problem.message}`;
    });
    throw new Error(`The spec could not be bundled:\n${lines.join("\n")}`);
  }
  return sortKeysDeep(result.bundle.parsed) as OpenAPIDocument;
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
