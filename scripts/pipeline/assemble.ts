// Reads the bundled document and openapi-typescript's text; produces every file of generated/ in memory,
// keyed by its path inside generated/. One assembler per output file, each adding its structures in one batch.
import { type ImportDeclarationStructure, type OptionalKind, type SourceFileStructure, StructureKind } from "ts-morph";
import { byCodeUnit } from "../openapi/keys.js";
import type { OpenAPIDocument } from "../openapi/json.js";
import { HEADER, REGENERATE_COMMAND, SPEC_ENTRY } from "./layout.js";
import { type OperationModel, readOperations } from "./model.js";
import { createEmitProject } from "./project.js";
import { emitNamedTypes } from "./emit/named-types.js";
import { SHAPES, VALIDATORS, emitOperationExports, emitShapes, emitValidatorsLoader } from "./emit/operations-table.js";
import { emitResourceClass, resourceClassName, typesUsedBy } from "./emit/resource-class.js";
import { emitLongRunning } from "./emit/long-running.js";
import { emitServer } from "./emit/servers.js";
import { type CompiledCache, emitValidatorsFile } from "./emit/validators.js";
import { emitWebhookEventsFile } from "./emit/webhook-events.js";

/** Path inside generated/ (forward slashes) to file content. Sorted by path. */
export type GeneratedFiles = ReadonlyMap<string, string>;

const CORE = "../src/core/index.js";

export function assembleFiles(document: OpenAPIDocument, schemaText: string, validators?: CompiledCache): GeneratedFiles {
  const project = createEmitProject();
  const operations = readOperations(document);
  const files = new Map<string, string>();
  const emit = (path: string, structure: OptionalKind<SourceFileStructure>): void => {
    const file = project.createSourceFile(path, structure, { overwrite: true });
    files.set(path, `${HEADER}\n${withBlankLineAfterImports(file.getFullText(), file.getImportDeclarations().at(-1)?.getEnd())}`);
  };

  const schemaFile = project.createSourceFile("schema.ts", schemaText, { overwrite: true });
  files.set("schema.ts", `${HEADER}\n${schemaText.trimEnd()}\n`);

  const named = emitNamedTypes(schemaFile, document, operations);
  emit("types.ts", {
    statements: [
      importTypes("./schema.js", ["Readable", "Writable", "components", "operations", "paths"].filter((name) => usesName(named.aliases, name))),
      ...named.aliases,
    ],
  });
  const shapes = emitShapes(document, operations);
  const loader = emitValidatorsLoader(operations);
  emit("operations.ts", {
    statements: [
      importTypes(CORE, ["OperationInfo"]),
      ...(shapes.length > 0 ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./shapes.js", namespaceImport: SHAPES } as const] : []),
      ...(loader.length > 0 ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./validators.js", namespaceImport: VALIDATORS } as const] : []),
      ...loader,
      ...emitOperationExports(operations),
    ],
  });
  emit("shapes.ts", { statements: [importTypes(CORE, ["ShapeSchema"]), ...shapes] });
  emit("servers.ts", { statements: [emitServer(document)] });
  // Issue 13: typed webhook events and the response validators the runtime loads on demand.
  emit("webhooks.ts", emitWebhookEventsFile(document));
  files.set("validators.ts", emitValidatorsFile(document, operations, validators));

  const resources = groupByResource(operations);
  assertNoNameClash([...resources.keys()], named.aliases.map((alias) => alias.name));
  for (const [resource, members] of resources) {
    const longRunning = emitLongRunning(document, operations, resource);
    emit(`resources/${resource}.ts`, {
      statements: [
        importTypes(`../${CORE}`, ["APIPromise", "PageIterator", "RequestCore", "RequestOptions"]),
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../operations.js", namedImports: members.map((member) => member.info.operationId).sort(byCodeUnit) },
        importTypes("../types.js", typesUsedBy(members)),
        ...longRunning.imports,
        emitResourceClass(resource, members, longRunning.methods),
      ],
    });
  }
  emit("index.ts", { statements: indexStatements([...resources.keys()]) });
  // The classes alone, for the package's entry: `new RecordingsResource(createRecallCore(options))` keeps only what it uses.
  emit("resource-classes.ts", {
    statements: [...resources.keys()].map((resource) => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./resources/${resource}.js`,
      namedExports: [resourceClassName(resource)],
    })),
  });
  files.set("README.md", `Everything in this folder is written by \`${REGENERATE_COMMAND}\` from \`${SPEC_ENTRY}\`; never edit it by hand.\n`);
  return new Map([...files].sort(([a], [b]) => byCodeUnit(a, b)));
}

function indexStatements(resources: readonly string[]): SourceFileStructure["statements"] {
  const imports: ImportDeclarationStructure[] = resources.map((resource) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./resources/${resource}.js`,
    namedImports: [resourceClassName(resource)],
  }));
  const members = resources.map((resource) => `${resource}: new ${resourceClassName(resource)}(core),`).join("\n    ");
  return [
    importTypes(CORE, ["RequestCore"]),
    ...imports,
    "export type * from \"./types.js\";",
    "export { operations } from \"./operations.js\";",
    "export { server } from \"./servers.js\";",
    `export { ${resources.map(resourceClassName).join(", ")} };`,
    `/** Every resource of the spec, bound to one request core. */\nexport function createResources(core: RequestCore) {\n  return {\n    ${members}\n  };\n}`,
    "export type Resources = ReturnType<typeof createResources>;",
  ];
}

/** A class and a type of one name would shadow each other in the package's entry, where both are exported. */
function assertNoNameClash(resources: readonly string[], typeNames: readonly string[]): void {
  const types = new Set(typeNames);
  for (const resource of resources) {
    const name = resourceClassName(resource);
    if (types.has(name)) throw new Error(`resource ${resource}'s class ${name} has the name of a generated type; rename the schema, or move the operations with x-sdk-method`);
  }
}

function groupByResource(operations: readonly OperationModel[]): Map<string, OperationModel[]> {
  const groups = new Map<string, OperationModel[]>();
  for (const operation of operations) groups.set(operation.resource, [...(groups.get(operation.resource) ?? []), operation]);
  return new Map([...groups].sort(([a], [b]) => byCodeUnit(a, b)));
}

function importTypes(moduleSpecifier: string, names: readonly string[]): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: [...names].sort(byCodeUnit) };
}

function usesName(aliases: readonly { type?: unknown }[], name: string): boolean {
  const pattern = new RegExp(`\\b${name}\\b`);
  return aliases.some((alias) => typeof alias.type === "string" && pattern.test(alias.type));
}

function withBlankLineAfterImports(text: string, importsEnd: number | undefined): string {
  const body = text.trimEnd();
  if (importsEnd === undefined || body.startsWith("\n\n", importsEnd)) return `${body}\n`;
  return `${body.slice(0, importsEnd)}\n${body.slice(importsEnd)}\n`;
}
