// Reads the bundled document and openapi-typescript's text; produces every file of generated/ in memory,
// keyed by its path inside generated/. One assembler per output file, each adding its structures in one batch.
import { type ExportDeclarationStructure, type ImportDeclarationStructure, type OptionalKind, type SourceFileStructure, StructureKind } from "ts-morph";
import { byCodeUnit } from "../openapi/keys.js";
import type { OpenAPIDocument } from "../openapi/json.js";
import { HEADER, REGENERATE_COMMAND, SPEC_ENTRY } from "./layout.js";
import type { OperationModel } from "./model.js";
import { createEmitProject, formatText, printStructure } from "./project.js";
import { deprecatedAliases, deprecatedWriteAliases, namesIn } from "./emit/deprecated-names.js";
import { emitSchemaDeclarations } from "./emit/named-types.js";
import { operationNodes, operationTypes } from "./emit/operation-types.js";
import { SHAPES, VALIDATORS, emitOperationExports, emitShapes, emitValidatorsLoader } from "./emit/operations-table.js";
import { emitResourceClass, type ResourceMethod, resourceClassName, typesUsedBy } from "./emit/resource-class.js";
import { longRunningEmitter } from "./emit/long-running.js";
import { emitServer } from "./emit/servers.js";
import { type CompiledCache, emitValidatorsFile } from "./emit/validators.js";
import { emitWebhookEventsFile } from "./emit/webhook-events.js";

/** Path inside generated/ (forward slashes) to file content. Sorted by path. */
export type GeneratedFiles = ReadonlyMap<string, string>;

const CORE = "../src/core/index.js";

export function assembleFiles(document: OpenAPIDocument, operations: readonly OperationModel[], schemaText: string, validators?: CompiledCache): GeneratedFiles {
  const project = createEmitProject();
  const files = new Map<string, string>();
  const emit = (path: string, structure: OptionalKind<SourceFileStructure>): void => {
    // Printed, never parsed; the formatter puts each line where its nesting says.
    files.set(path, `${HEADER}\n${formatText(printStructure(project, structure))}`);
  };

  const schemaFile = project.createSourceFile("schema.ts", schemaText, { overwrite: true });
  files.set("schema.ts", `${HEADER}\n${schemaText.trimEnd()}\n`);

  const schemas = emitSchemaDeclarations(schemaFile);
  const operationNode = operationNodes(schemaFile);
  const methods: ResourceMethod[] = operations.map((operation) => ({
    operation,
    types: operationTypes(operationNode(operation), operation, schemas.views, schemas.component),
  }));
  const declarations = [...schemas.declarations, ...methods.flatMap((method) => method.types.declarations)].sort((a, b) => byCodeUnit(a.name, b.name));
  const declared = uniqueNames(declarations.map((declaration) => declaration.name));
  // A blank line before every declaration, type aliases included (ts-morph puts one around interfaces only).
  emit("types.ts", { statements: declarations.map((declaration, index) => (index === 0 ? declaration : { ...declaration, leadingTrivia: (writer) => writer.blankLineIfLastNot() })) });
  const deprecated = [
    ...methods.flatMap((method) => deprecatedAliases(method.operation, method.types)),
    ...deprecatedWriteAliases(document, schemas.views),
  ].sort((a, b) => byCodeUnit(a.name, b.name));
  uniqueNames([...declared, ...deprecated.map((alias) => alias.name)]);
  emit("deprecated.ts", { statements: [importTypes("./types.js", namesIn(deprecated, declared)), ...deprecated] });
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

  const resources = groupByResource(methods);
  assertNoNameClash([...resources.keys()], [...declared]);
  const emitLongRunning = longRunningEmitter(document, methods);
  for (const [resource, members] of resources) {
    const longRunning = emitLongRunning(resource);
    emit(`resources/${resource}.ts`, {
      statements: [
        importTypes(`../${CORE}`, ["APIPromise", "PageIterator", "RequestCore", "RequestOptions"]),
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: "../operations.js", namedImports: members.map((member) => member.operation.info.operationId).sort(byCodeUnit) },
        importTypes("../types.js", typesUsedBy(members, declared)),
        ...longRunning.imports,
        emitResourceClass(resource, members, longRunning.methods),
      ],
    });
  }
  // The one barrel: what the package's entry re-exports. A bundler keeps only the classes a consumer uses.
  emit("index.ts", {
    statements: [
      ...[...resources.keys()].map((resource): ExportDeclarationStructure => ({
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: `./resources/${resource}.js`,
        namedExports: [resourceClassName(resource)],
      })),
      "export type * from \"./types.js\";",
      "export type * from \"./deprecated.js\";",
    ],
  });
  emit("create-resources.ts", { statements: createResourcesStatements([...resources.keys()]) });
  files.set("README.md", `Everything in this folder is written by \`${REGENERATE_COMMAND}\` from \`${SPEC_ENTRY}\`; never edit it by hand.\n`);
  return new Map([...files].sort(([a], [b]) => byCodeUnit(a, b)));
}

/** What the client is built from: every resource of the spec, bound to one request core. */
function createResourcesStatements(resources: readonly string[]): SourceFileStructure["statements"] {
  const imports: ImportDeclarationStructure[] = resources.map((resource) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./resources/${resource}.js`,
    namedImports: [resourceClassName(resource)],
  }));
  const members = resources.map((resource) => `${resource}: new ${resourceClassName(resource)}(core),`).join("\n    ");
  return [
    importTypes(CORE, ["RequestCore"]),
    ...imports,
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

function groupByResource(methods: readonly ResourceMethod[]): Map<string, ResourceMethod[]> {
  const groups = new Map<string, ResourceMethod[]>();
  for (const method of methods) groups.set(method.operation.resource, [...(groups.get(method.operation.resource) ?? []), method]);
  return new Map([...groups].sort(([a], [b]) => byCodeUnit(a, b)));
}

function importTypes(moduleSpecifier: string, names: readonly string[]): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier, namedImports: [...names].sort(byCodeUnit) };
}

/** Every generated type's name, checked unique: two schemas or operations must not declare one name. */
function uniqueNames(names: readonly string[]): Set<string> {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`Two generated types are both named ${name}: rename a schema or an operationId`);
    seen.add(name);
  }
  return seen;
}
