// JSON Schema 2020-12 validators for the bundled spec's schemas (Ajv, with formats), shared by the contract and example tests.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { bundledSpec } from "../spec/spec-bundle.js";

const SPEC_ID = "https://recall-recording.invalid/openapi.json";
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;

// A JSON pointer as a URI fragment: `{id}` and the like percent-encoded, `~1` kept.
const uriFragment = (pointer: string): string => pointer.split("/").map(encodeURIComponent).join("/").replace(/^%23/, "#");

/** The validator of the schema at a local pointer of the bundled spec (`#/components/schemas/Recording`); throws when there is none. */
export function specSchema(pointer: string): ValidateFunction {
  if (ajv === undefined) {
    // strict: false because OpenAPI keywords (example, discriminator, x-*) are not JSON Schema's; readOnly is standard 2020-12.
    ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema(bundledSpec() as object, SPEC_ID);
  }
  const ref = `${SPEC_ID}${uriFragment(pointer)}`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
}

/** The Ajv error list for `value` against `#/components/schemas/<name>`; [] when it is valid. */
export function schemaErrors(name: string, value: unknown): string[] {
  const validate = specSchema(`#/components/schemas/${name}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
}
