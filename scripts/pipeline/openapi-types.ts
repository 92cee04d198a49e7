// Reads the bundled document; produces openapi-typescript's declarations (paths, components, operations) as text.
// Every openapi-typescript option lives here, fixed, so the output depends on the spec alone.
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
import { createConfig } from "@redocly/openapi-core";
import type { OpenAPIDocument } from "./bundle-spec.js";

/** openapi-typescript lints with its own Redocly core; the strict gate is the Redocly CLI, so it gets `minimal` on purpose. */
export const OPENAPI_TS_OPTIONS = {
  alphabetize: true,
  readWriteMarkers: true,
  defaultNonNullable: true,
  propertiesRequiredByDefault: false,
  additionalProperties: false,
  emptyObjectsUnknown: true,
  exportType: false,
  enum: false,
  immutable: false,
  arrayLength: false,
  pathParamsAsTypes: false,
  excludeDeprecated: false,
  silent: true,
} as const satisfies OpenAPITSOptions;

export async function openapiTypes(document: OpenAPIDocument): Promise<string> {
  const redocly = await createConfig({ rules: { "operation-operationId-unique": "error" } }, { extends: ["minimal"] });
  // openapi-typescript mutates what it is given; the document is shared with the other emitters.
  const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, { ...OPENAPI_TS_OPTIONS, redocly });
  return astToString(ast);
}
