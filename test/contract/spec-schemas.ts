// JSON Schema 2020-12 validators for the bundled spec's component schemas (Ajv, with formats).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { bundledSpec } from "../spec/spec-bundle.js";

const SPEC_ID = "https://recall-recording.test/openapi.json";
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;

/** The Ajv error list for `value` against `#/components/schemas/<name>`; [] when it is valid. */
export function schemaErrors(name: string, value: unknown): string[] {
  if (ajv === undefined) {
    // strict: false because OpenAPI keywords (example, discriminator, x-*) are not JSON Schema's.
    ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    ajv.addSchema(bundledSpec() as object, SPEC_ID);
  }
  const ref = `${SPEC_ID}#/components/schemas/${name}`;
  const validate = ajv.getSchema(ref);
  if (validate === undefined) throw new Error(`no schema ${ref}`);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}`);
}
