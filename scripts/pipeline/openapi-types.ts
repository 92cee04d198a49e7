// Reads the bundled document; produces openapi-typescript's declarations (paths, components, operations) as text.
// Every openapi-typescript option lives here, fixed, so the output depends on the spec alone.
import { astToString, type GlobalContext, type OpenAPI3, type OpenAPITSOptions, resolveRef, scanDiscriminators, transformSchema } from "openapi-typescript";
import type { OpenAPIDocument } from "../openapi/json.js";

/** openapi-typescript's options, as its CLI would take them (OPENAPI_TS_OPTIONS feeds the context below). */
export const OPENAPI_TS_OPTIONS = {
  alphabetize: true,
  readWriteMarkers: true,
  // A default is what the server assumes when a field is left out: the field is optional to send (createTranscript's
  // `diarization: {}`), and a response type never relies on one either.
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

/**
 * openapiTS() first lints and bundles what it is given again with its own Redocly core (`minimal` rules plus unique
 * operationIds), then transforms it: on GitHub's description the lint and bundle took longer than the transform.
 * The document here is already bundled by the document layer and linted by the Redocly CLI with the project's
 * stricter rules (and naming.ts refuses operationIds that collide), so only the transform runs, with the context
 * openapiTS() builds from these options (openapi-typescript 7.13, pinned exactly; `redoc`, the Redocly config, is
 * read only by that lint and bundle).
 */
export async function openapiTypes(document: OpenAPIDocument): Promise<string> {
  // openapi-typescript mutates what it is given; the document is shared with the other emitters. The document is
  // plain JSON (a parsed bundle), which a JSON round trip copies in less than half structuredClone's time (GitHub's
  // description: 80 ms against 190 ms).
  const schema = JSON.parse(JSON.stringify(document)) as OpenAPI3;
  const o: OpenAPITSOptions = OPENAPI_TS_OPTIONS;
  const ctx: GlobalContext = {
    additionalProperties: o.additionalProperties ?? false,
    alphabetize: o.alphabetize ?? false,
    arrayLength: o.arrayLength ?? false,
    defaultNonNullable: o.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(schema, o),
    emptyObjectsUnknown: o.emptyObjectsUnknown ?? false,
    enum: o.enum ?? false,
    enumValues: o.enumValues ?? false,
    conditionalEnums: o.conditionalEnums ?? false,
    dedupeEnums: o.dedupeEnums ?? false,
    excludeDeprecated: o.excludeDeprecated ?? false,
    exportType: o.exportType ?? false,
    immutable: o.immutable ?? false,
    rootTypes: o.rootTypes ?? false,
    rootTypesNoSchemaPrefix: o.rootTypesNoSchemaPrefix ?? false,
    rootTypesKeepCasing: o.rootTypesKeepCasing ?? false,
    injectFooter: [],
    pathParamsAsTypes: o.pathParamsAsTypes ?? false,
    postTransform: undefined,
    propertiesRequiredByDefault: o.propertiesRequiredByDefault ?? false,
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: o.silent ?? false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: o.makePathsEnum ?? false,
    generatePathParams: o.generatePathParams ?? false,
    readWriteMarkers: o.readWriteMarkers ?? false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: o.silent ?? false }),
  };
  return astToString(transformSchema(schema, ctx));
}
