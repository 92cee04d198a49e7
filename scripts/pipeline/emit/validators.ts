// Reads the bundled document and the operation model; produces generated/validators.ts, for each operation with a
// JSON response: Ajv standalone code for the
// success body as the spec states it (`validate`) and with every object closed (`validateClosed`), so the runtime
// can tell properties new in the API from mismatches. The runtime imports the module only when validation is on.
//
// The code needs nothing at run time: formats are regular expressions (emitted inline), lengths count UTF-16 code
// units, and any keyword that would need one of Ajv's runtime helpers fails the generation (see assertSelfContained).
import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import { HEADER } from "../layout.js";
import type { OperationModel } from "../model.js";
import { closeObjects } from "./closed-schemas.js";
// The runtime's own patterns, so a request check and a response check never disagree on a format.
import { FORMATS } from "../../../src/core/formats.js";
import { SpecError } from "../../openapi/document.js";
import { schemaRefName } from "../../openapi/pointer.js";

// Keywords that never change a result (JSON Schema 2020-12 meta-data vocabulary, and OpenAPI's own).
const ANNOTATIONS = new Set(["$comment", "default", "deprecated", "description", "example", "examples", "discriminator", "externalDocs", "readOnly", "title", "writeOnly", "xml"]);
// Keywords whose value maps names to schemas: a property called `title` is not an annotation.
const SCHEMA_MAPS = new Set(["$defs", "dependentSchemas", "patternProperties", "properties"]);
const UNICODE_NOTICE = "DEPRECATED: option unicode";
// What Ajv builds in place of a validator it is not asked to run (compileValidators' `evaluate`); running it is a bug.
const UNEVALUATED = 'return function unevaluated() { throw new Error("compiled for its source text only"); }';

/** Where compiled validators are kept by the content of what Ajv is given (validators-cache.ts); absent: always compile. */
export interface CompiledCache {
  read(inputs: unknown): string | undefined;
  write(inputs: unknown, text: string): void;
}

export interface AjvInputs {
  readonly open: unknown;
  readonly closed: unknown;
  readonly operations: readonly { readonly id: string; readonly pointer: string; readonly open: Json; readonly closed: Json }[];
}

/** generated/validators.ts: every operation's validators in one module, so the components they share are compiled once. */
export function emitValidatorsFile(document: OpenAPIDocument, operations: readonly OperationModel[], cache?: CompiledCache): string {
  const inputs = validatorInputs(document, operations);
  const cached = cache?.read(inputs);
  if (cached !== undefined) return cached;
  const text = compileValidators(inputs);
  cache?.write(inputs, text);
  return text;
}

/** The inputs of each run's model: validators-ahead.ts and the emitter both ask, on the critical path. */
const inputsOfModel = new WeakMap<readonly OperationModel[], { readonly document: OpenAPIDocument; readonly inputs: AjvInputs }>();

/** What Ajv is given, annotations dropped: an edit to a description or an example compiles nothing again. */
export function validatorInputs(document: OpenAPIDocument, operations: readonly OperationModel[]): AjvInputs {
  const known = inputsOfModel.get(operations);
  if (known?.document === document) return known.inputs;
  const inputs = readInputs(document, operations);
  inputsOfModel.set(operations, { document, inputs });
  return inputs;
}

function readInputs(document: OpenAPIDocument, operations: readonly OperationModel[]): AjvInputs {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<string, unknown>;
  return {
    open: mapValues(schemas, (schema) => relink(schema, "open")),
    closed: mapValues(closeObjects(schemas), (schema) => relink(schema, "closed")),
    operations: operations.flatMap((operation) => {
      const schema = operation.responseSchema;
      if (schema === undefined) return [];
      return [
        {
          id: operation.info.operationId,
          pointer: `${operation.pointer}/responses/${operation.successStatus}/content/application~1json/schema`,
          open: asObject(relink(schema, "open")),
          closed: asObject(relink(closeObjects({ response: schema }, schemas).response, "closed")),
        },
      ];
    }),
  };
}

/**
 * generated/validators.ts's text from validatorInputs (validators-process.ts runs this in a process of its own).
 * `evaluate: false` (the default) leaves Ajv's functions for our own schemas unevaluated: the module is written from
 * their source text, and building each as a function (V8 parsing ~12 MB on GitHub's description) cost 0.5 s of
 * the compile's 5 s CPU for nothing. Ajv's own meta-schema keeps real functions: it checks every operation's schema.
 */
export function compileValidators(inputs: AjvInputs, evaluate = false): string {
  // Ajv's draft-07 class: the spec uses no keyword whose meaning changed in 2020-12 (strictSchema refuses any it does
  // not know, so a 2020-12-only keyword fails here), and Ajv2020 tracks evaluated properties through every $ref call.
  const ours = new Set<unknown>();
  const ajv = new Ajv({
    code: { source: true, esm: true, lines: true, process: evaluate ? undefined : (source, env) => (ours.has(rootId(env)) ? UNEVALUATED : source) },
    allErrors: true,
    // The runtime words its own lines from keyword and params; Ajv's messages would be dead weight.
    messages: false,
    // One function per component, called wherever it is referenced: inlining would copy each into every user.
    inlineRefs: false,
    strictSchema: true,
    strictTypes: false,
    strictRequired: false,
    // A 2020-12 tuple (`prefixItems`) need not bound its length, as draft-07's strictTuples wants.
    strictTuples: false,
    // Counted as String.length (UTF-16 code units), so no runtime helper is needed; Ajv marks the option deprecated.
    unicode: false,
    // Any other warning fails the generation instead of leaving a check out silently.
    logger: { log: () => undefined, warn: (message: unknown) => String(message).startsWith(UNICODE_NOTICE) || fail(String(message)), error: (message: unknown) => fail(String(message)) },
  });
  for (const [name, pattern] of Object.entries(FORMATS)) ajv.addFormat(name, pattern);
  // Each component is a schema of its own, not a fragment of one `$defs` document: Ajv compiles a schema reached
  // through a fragment again for every schema that references it (a 100 KB provider union became several 300 KB
  // functions), while a schema reached by its own id is compiled once and called. Components skip the meta-schema
  // check, as they did inside `$defs` (which draft-07's meta-schema does not look into): real descriptions hold
  // repeated enum values, which compile to the same check; strictSchema still refuses any unknown keyword.
  for (const variant of ["open", "closed"] as const) {
    for (const [name, schema] of Object.entries(inputs[variant] as Record<string, unknown>)) {
      ours.add(componentId(variant, name));
      ajv.addSchema({ $id: componentId(variant, name), ...asObject(schema) }, undefined, undefined, false);
    }
  }
  const exports: Record<string, string> = {};
  const pairs: string[] = [];
  for (const { id, pointer, open, closed } of inputs.operations) {
    ours.add(id).add(`${id}.closed`);
    ajv.addSchema({ $id: id, ...open });
    ajv.addSchema({ $id: `${id}.closed`, ...closed });
    compileOrThrow(ajv, [id, `${id}.closed`], pointer);
    exports[exportName(id, "open")] = id;
    exports[exportName(id, "closed")] = `${id}.closed`;
    pairs.push(`export const ${id} = { open: ${exportName(id, "open")}, closed: ${exportName(id, "closed")} };`);
  }
  let code: string;
  try {
    // The CommonJS module is the function and carries itself as `default`, which is what its types describe.
    code = standalone.default(ajv, exports);
  } catch (error) {
    throw new Error(`Ajv could not compile the response schemas: ${(error as Error).message}`);
  }
  const equalUsed = code.includes(EQUAL_HELPER);
  code = code.replaceAll(EQUAL_HELPER, "jsonEqual");
  assertSelfContained(code);
  return [
    HEADER,
    "// @ts-nocheck: Ajv standalone code (plain JavaScript); OperationInfo.responseValidators gives it its types.",
    code.replace(/^"use strict";\n?/, "").trim(),
    ...(equalUsed ? [JSON_EQUAL] : []),
    "// Each operation's pair, which its entry in operations.ts references.",
    ...pairs,
    "",
  ].join("\n");
}

/** `recording_list_open` / `recording_list_closed`: the spec as written, and with every object closed. */
export function exportName(operationId: string, variant: "open" | "closed"): string {
  return `${operationId}_${variant}`;
}

/** The id Ajv holds component `name` of a variant under: an absolute path, so it resolves alike from any schema. */
function componentId(variant: string, name: string): string {
  return `/${variant}/${encodeURIComponent(name)}`;
}

/**
 * Points `#/components/schemas/X` at `/<base>/X`, the copy Ajv holds under that id, and drops annotations
 * (descriptions, examples, ...): the standalone code embeds the schemas it reports errors against, so every
 * annotation would be shipped once per operation for nothing.
 */
function relink(node: unknown, base: "open" | "closed"): any {
  if (Array.isArray(node)) return node.map((item) => relink(item, base));
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(draft07(node as Json))) {
    if (ANNOTATIONS.has(key) || !KEYWORDS.has(key)) continue;
    // JSON Schema 2020-12 makes `format` an annotation; only the formats above are checked (OpenAPI's numeric ones
    // state a storage width, which `type` already checks as far as JSON can tell).
    if (key === "format" && typeof value === "string" && !(value in FORMATS)) continue;
    if (key === "const" || key === "enum") {
      out[key] = value;
      continue;
    }
    if (NAME_MAPS.has(key) && value !== null && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, relink(sub, base)]));
      continue;
    }
    const component = key === "$ref" ? schemaRefName(node) : undefined;
    out[key] = component !== undefined ? componentId(base, component) : relink(value, base);
  }
  return out;
}

/** The `$id` of the schema document a function is compiled from (an operation's, a component's or a meta-schema). */
function rootId(env: { root: { schema: unknown } } | undefined): unknown {
  const schema = env?.root.schema;
  return typeof schema === "object" && schema !== null ? (schema as Json).$id : undefined;
}

function asObject(schema: unknown): Json {
  // A boolean schema (true/false) is wrapped, so `$id` has an object to live on.
  return typeof schema === "boolean" ? (schema ? {} : { not: {} }) : (schema as Json);
}

// SCHEMA_MAPS, and draft-07's `definitions` and `dependencies` (whose values may also be lists of names).
const NAME_MAPS = new Set([...SCHEMA_MAPS, "definitions", "dependencies"]);
// Every other keyword of JSON Schema 2020-12 (and draft-07's spellings): Ajv is given these, so one Ajv cannot check
// fails the generation. A key outside them is an annotation: OpenAPI 3.1 lets a Schema Object carry extension
// keywords without the `x-` prefix, and JSON Schema 2020-12 reads unknown keywords as annotations. A schema's own
// `$id` and `$schema` are left out too: Ajv holds each component under an id of ours (two components with one `$id`
// would clash, and our ids would resolve against theirs), and references are the bundle's JSON pointers.
const KEYWORDS = new Set([
  ...["$anchor", "$dynamicAnchor", "$dynamicRef", "$ref", "$vocabulary", "additionalItems", "additionalProperties", "allOf", "anyOf"],
  ...["const", "contains", "contentEncoding", "contentMediaType", "contentSchema", "dependentRequired", "dependentSchemas", "else", "enum"],
  ...["exclusiveMaximum", "exclusiveMinimum", "format", "if", "items", "maxContains", "maxItems", "maxLength", "maxProperties", "maximum"],
  ...["minContains", "minItems", "minLength", "minProperties", "minimum", "multipleOf", "not", "oneOf", "pattern", "prefixItems"],
  ...["propertyNames", "required", "then", "type", "unevaluatedItems", "unevaluatedProperties", "uniqueItems", ...NAME_MAPS],
]);
// uniqueItems, and const/enum of objects or arrays, compare with Ajv's deep-equality helper; a response body is parsed
// JSON (plain objects, arrays, primitives), so this short function, emitted in its place, compares the same.
const EQUAL_HELPER = 'require("ajv/dist/runtime/equal").default';
const JSON_EQUAL = `// Deep equality of JSON values, in place of Ajv's runtime helper (uniqueItems, const and enum of objects).
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}`;

/**
 * JSON Schema 2020-12 keywords that Ajv's draft-07 class spells its own way, with the same meaning: `prefixItems`
 * (and `items` beside it) as draft-07's array `items` (and `additionalItems`); `dependentRequired` and
 * `dependentSchemas` as `dependencies`.
 */
function draft07(schema: Json): Json {
  if (!("prefixItems" in schema || "dependentRequired" in schema || "dependentSchemas" in schema)) return schema;
  const { prefixItems, items, dependentRequired, dependentSchemas, ...out } = schema;
  if (prefixItems !== undefined) Object.assign(out, { items: prefixItems }, items === undefined ? {} : { additionalItems: items });
  else if (items !== undefined) out.items = items;
  if (dependentRequired !== undefined || dependentSchemas !== undefined) out.dependencies = { ...(dependentRequired as Json), ...(dependentSchemas as Json) };
  return out;
}

function mapValues(map: Readonly<Record<string, unknown>>, transform: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, transform(value)]));
}

/** Ajv's standalone code `require`s its runtime helpers (deep equality, unicode length, URI parsing) when a keyword needs one. */
function assertSelfContained(code: string): void {
  const helper = /require\("([^"]+)"\)/.exec(code);
  if (helper) {
    throw new Error(`A response schema needs Ajv's runtime helper ${helper[1]}, which the client does not ship; avoid the keyword that needs it`);
  }
}

/** Compiles now, so a schema Ajv cannot use is reported at the operation that uses it, not as Ajv's own crash. */
function compileOrThrow(ajv: Ajv, ids: readonly string[], pointer: string): void {
  for (const id of ids) {
    try {
      ajv.getSchema(id);
    } catch (error) {
      throw new SpecError(pointer, "response schema", `the validators cannot compile it: ${(error as Error).message}`);
    }
  }
}

function fail(message: string): never {
  throw new Error(`Ajv: ${message}`);
}
