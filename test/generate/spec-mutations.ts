// Random changes to a copy of the spec for the mutation test: semantic ones, which must change what is
// generated, and formatting-only ones, which must not. Each works on parsed YAML and writes the file back.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parse, parseDocument, stringify, visit } from "yaml";
import type { JsonObject } from "../spec/spec-bundle.js";

export type Mutation = { kind: string; file: string; apply: (root: string) => Promise<void> };

export async function yamlFiles(root: string, under = "spec"): Promise<string[]> {
  const entries = await readdir(join(root, under), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".yaml"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

async function edit(root: string, file: string, change: (document: JsonObject) => void): Promise<void> {
  const document = parse(await readFile(join(root, file), "utf8")) as JsonObject;
  change(document);
  await writeFile(join(root, file), stringify(document));
}

/** Schemas with properties: where properties can be added, removed, retyped, described or required. */
export interface SchemaSite {
  readonly file: string;
  readonly properties: readonly string[];
  readonly scalar: readonly string[];
  readonly described: readonly string[];
  readonly enums: boolean;
  /** An object schema: the only kind a property may be added to. */
  readonly object: boolean;
}

export async function schemaSites(root: string): Promise<SchemaSite[]> {
  const sites: SchemaSite[] = [];
  for (const file of await yamlFiles(root, "spec/components/schemas")) {
    const schema = parse(await readFile(join(root, file), "utf8")) as JsonObject;
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    const names = Object.keys(properties);
    sites.push({
      file,
      properties: names,
      scalar: names.filter((name) => ["string", "integer", "number", "boolean"].includes(properties[name]?.type as string)),
      described: names.filter((name) => typeof properties[name]?.description === "string"),
      enums: Array.isArray(schema.enum),
      object: schema.type === "object" || (Array.isArray(schema.type) && schema.type.includes("object")) || "properties" in schema,
    });
  }
  return sites;
}

/** Keywords that only fit the old type: kept, they would make the mutated spec invalid rather than different. */
const TYPE_SPECIFIC = ["format", "enum", "const", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "pattern", "minLength", "maxLength"];

const identifier = fc.stringMatching(/^[a-z][a-z_]{2,12}$/);
const scalarType = fc.constantFrom("string", "integer", "number", "boolean");

/** One arbitrary per kind of semantic change, so every kind runs a known number of times. */
export function semanticMutations(sites: readonly SchemaSite[]): Record<string, fc.Arbitrary<Mutation>> {
  const withProperties = sites.filter((site) => site.properties.length > 0);
  const withScalars = sites.filter((site) => site.scalar.length > 0);
  const withDescriptions = sites.filter((site) => site.described.length > 0);
  const withEnums = sites.filter((site) => site.enums);
  const objects = sites.filter((site) => site.object);
  const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
  const all = [
    fc.tuple(pick(objects), identifier, scalarType).map(([site, name, type]): Mutation => ({
      kind: "add property",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        const properties = ((schema.properties ??= {}) as JsonObject);
        properties[`${name}_added`] = { type, description: `Added ${name}.` };
        if (!("type" in schema)) schema.type = "object";
      }),
    })),
    pick(withProperties).chain((site) => pick(site.properties).map((name): Mutation => ({
      kind: "remove property",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        delete (schema.properties as JsonObject)[name];
        if (Array.isArray(schema.required)) schema.required = schema.required.filter((item) => item !== name);
        if (Array.isArray(schema.required) && schema.required.length === 0) delete schema.required;
      }),
    }))),
    pick(withScalars).chain((site) => fc.tuple(pick(site.scalar), scalarType).map(([name, type]): Mutation => ({
      kind: "change type",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        const property = (schema.properties as Record<string, JsonObject>)[name] as JsonObject;
        // integer and number are both `number` in TypeScript: a change between them alters no output.
        const tsType = (t: unknown) => (t === "integer" ? "number" : t);
        property.type = tsType(property.type) === tsType(type) ? (type === "string" ? "boolean" : "string") : type;
        for (const keyword of TYPE_SPECIFIC) delete property[keyword];
      }),
    }))),
    fc.tuple(pick(withEnums), identifier, fc.boolean()).map(([site, value, replace]): Mutation => ({
      kind: "change enum value",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        const values = schema.enum as unknown[];
        if (replace) values[values.length - 1] = `${value}_x`;
        else values.push(`${value}_x`);
        if ("default" in schema && !values.includes(schema.default)) delete schema.default;
      }),
    })),
    pick(withDescriptions).chain((site) => fc.tuple(pick(site.described), fc.stringMatching(/^[A-Z][a-z ]{3,30}\.$/)).map(([name, text]): Mutation => ({
      kind: "change description",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        ((schema.properties as Record<string, JsonObject>)[name] as JsonObject).description = `Mutated: ${text}`;
      }),
    }))),
    pick(withProperties).chain((site) => pick(site.properties).map((name): Mutation => ({
      kind: "change required list",
      file: site.file,
      apply: (root) => edit(root, site.file, (schema) => {
        const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
        schema.required = required.includes(name) ? required.filter((item) => item !== name) : [...required, name];
        if ((schema.required as string[]).length === 0) delete schema.required;
      }),
    }))),
    fc.constantFrom("remove delete", "add post").map((which): Mutation => ({
      kind: "change operation",
      file: "spec/paths/recording-id.yaml",
      apply: (root) => edit(root, "spec/paths/recording-id.yaml", (item) => {
        if (which === "remove delete") {
          delete item.delete;
          return;
        }
        const retrieve = structuredClone(item.get) as JsonObject;
        item.post = { ...retrieve, operationId: "recording_delete_media_create", summary: "Delete Recording Media" };
      }),
    })),
  ];
  const kinds = ["add property", "remove property", "change type", "change enum value", "change description", "change required list", "change operation"];
  return Object.fromEntries(kinds.map((kind, index) => [kind, all[index] as fc.Arbitrary<Mutation>]));
}

/** Re-indents, reorders keys and re-quotes some files: nothing a reader of the spec would call a change. */
export function formattingMutation(files: readonly string[]): fc.Arbitrary<Mutation> {
  return fc
    .record({
      chosen: fc.subarray([...files], { minLength: 1 }),
      indent: fc.constantFrom(2, 3, 4, 6),
      reverse: fc.boolean(),
      quote: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
    })
    .map(({ chosen, indent, reverse, quote }): Mutation => ({
      kind: "formatting only",
      file: chosen.join(", "),
      apply: async (root) => {
        for (const file of chosen) {
          const document = parseDocument(await readFile(join(root, file), "utf8"));
          if (reverse) visit(document, { Map: (_key, node) => void node.items.reverse() });
          const text = document.toString({ indent, defaultStringType: quote as "PLAIN", defaultKeyType: "PLAIN", lineWidth: 0 });
          await writeFile(join(root, file), text);
        }
      },
    }));
}
