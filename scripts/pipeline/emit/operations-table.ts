// Reads the operation model; produces `operations`, the per-operation facts the runtime needs, as data.
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { OperationModel } from "../model.js";
import { printLiteral } from "./literal.js";

export function emitOperationsTable(operations: readonly OperationModel[]): VariableStatementStructure {
  const table = Object.fromEntries(operations.map((operation) => [operation.info.operationId, operation.info]));
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Method, path, parameters, rate limit and pagination of every operation in the spec, keyed by operationId."],
    declarations: [{ name: "operations", initializer: (writer) => writer.write(`${printLiteral(table)} as const satisfies Record<string, OperationInfo>`) }],
  };
}
