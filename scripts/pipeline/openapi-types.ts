// Reads the bundled document; produces openapi-typescript's declarations (paths, components, operations) as text.
// Every openapi-typescript option lives here, fixed, so the output depends on the spec alone.
import openapiTS, { astToString, type OpenAPI3, type OpenAPITSOptions } from "openapi-typescript";
import type { OpenAPIDocument } from "./bundle-spec.js";

/**
 * openapi-typescript re-validates the bundled document with its own Redocly core and, given no config, its default
 * (`minimal` plus unique operationIds): the strict gate is the Redocly CLI's lint, so that default is what we want.
 */
export const OPENAPI_TS_OPTIONS = {
  alphabetize: true,
  readWriteMarkers: true,
  // A default is what the server assumes when a client leaves the property out: optional to send, so not required.
  defaultNonNullable: false,
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
  // openapi-typescript mutates what it is given; the document is shared with the other emitters.
  const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, OPENAPI_TS_OPTIONS);
  return astToString(ast);
}
