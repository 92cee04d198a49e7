// Reads the operation model; produces the runtime table: one export per operation (its method, path, parameter
// shapes, rate limits, idempotency and pagination, as data) and each component schema's input shape once, by name,
// in shapes.ts. A resource imports only its own operations, so a bundler keeps only what a consumer calls.
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { OpenAPIDocument } from "../../openapi/json.js";
import type { OperationModel } from "../model.js";
import { schemaTypeName } from "../naming.js";
import { referencedShapes, type Shape } from "../shape-schema.js";
import { literal, type ShapeReference } from "./literal.js";

/** The namespace operations.ts imports shapes.ts under. */
export const SHAPES = "shapes";
/** The namespace operations.ts imports the types of validators.ts under, and its loader of that module. */
export const VALIDATORS = "validators";
const LOAD_VALIDATORS = "loadValidators";
// A reference to an operation's validators rides on the ShapeRef mechanism; a shape name is an identifier, never this.
const VALIDATORS_REF = "validators:";

/** The table's preamble when an operation has a JSON success body: the lazy, computed import of validators.ts. */
export function emitValidatorsLoader(operations: readonly OperationModel[]): VariableStatementStructure[] {
  if (!operations.some((operation) => operation.successStatus !== undefined)) return [];
  return [
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "VALIDATORS_MODULE", initializer: '"./validators.js"' }] },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ["Loaded on the first checked response only; the computed specifier keeps bundlers from shipping it to clients that never check."],
      declarations: [{ name: LOAD_VALIDATORS, initializer: `(): Promise<typeof ${VALIDATORS}> => import(/* @vite-ignore */ VALIDATORS_MODULE)` }],
    },
  ];
}

export function emitOperationExports(operations: readonly OperationModel[]): VariableStatementStructure[] {
  const reference: ShapeReference = (name) =>
    name.startsWith(VALIDATORS_REF)
      ? { text: `() => ${LOAD_VALIDATORS}().then((module) => module.${name.slice(VALIDATORS_REF.length)})`, lazy: false }
      : { text: `${SHAPES}.${shapeName(schemaTypeName(name))}`, lazy: false };
  const exports = operations.map((operation): VariableStatementStructure => ({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`\`${operation.info.method.toUpperCase()} ${operation.info.path}\`: \`${operation.resource}.${operation.method}\`.`],
    // Annotated rather than `as const satisfies`: the same check, and cheaper for the type-check of a large table.
    declarations: [{ name: operation.info.operationId, type: "OperationInfo", initializer: literal(tableEntry(operation), reference) }],
  }));
  const ids = operations.map((operation) => operation.info.operationId);
  exports.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every operation, keyed by operationId (for tools and tests; a bundler drops it when unused)."],
    declarations: [{ name: "operationTable", initializer: `{\n${ids.map((id) => `  ${id},`).join("\n")}\n} as const` }],
  });
  return exports;
}

/** The operation's info and, when it has a JSON success body, a reference to its validators. */
function tableEntry({ info, successStatus }: OperationModel): object {
  return successStatus === undefined ? info : { ...info, responseValidators: { $shape: `${VALIDATORS_REF}${info.operationId}` } };
}

/** shapes.ts: each component schema an operation's input refers to (directly or not), declared once, by name. */
export function emitShapes(document: OpenAPIDocument, operations: readonly OperationModel[]): VariableStatementStructure[] {
  const shapes = shapeRoots(document, operations);
  const declared = new Set<string>();
  const inProgress = new Set<string>();
  const order: string[] = [];
  // Depth first, so a shape is declared before any shape that uses it; a cycle's back edge becomes a getter.
  const visit = (name: string): void => {
    if (declared.has(name) || inProgress.has(name)) return;
    inProgress.add(name);
    for (const used of refsIn(shapes.get(name))) visit(used);
    inProgress.delete(name);
    declared.add(name);
    order.push(name);
  };
  [...shapes.keys()].forEach(visit);
  const position = new Map(order.map((name, index) => [name, index]));
  return order.map((name, index) => {
    const reference: ShapeReference = (target) => ({ text: shapeName(schemaTypeName(target)), lazy: (position.get(target) ?? index) >= index });
    return {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`What a request may send as \`${name}\`.`],
      declarations: [
        {
          name: shapeName(schemaTypeName(name)),
          type: "ShapeSchema",
          initializer: literal(shapes.get(name), reference),
        },
      ],
    };
  });
}

/** `Recording` -> `RecordingShape`: the value apart from the type of the same schema, so no name means two things. */
function shapeName(schema: string): string {
  return `${schema}Shape`;
}

function shapeRoots(document: OpenAPIDocument, operations: readonly OperationModel[]): Map<string, Shape> {
  return referencedShapes(document, operations.map((operation) => operation.info));
}

function refsIn(node: unknown, into: string[] = []): string[] {
  if (node === null || typeof node !== "object") return into;
  const name = (node as { $shape?: unknown }).$shape;
  if (typeof name === "string") into.push(name);
  else Object.values(node).forEach((value) => refsIn(value, into));
  return into;
}
