// Reads each operation's plain types; produces generated/deprecated.ts: the names 0.2 exported for an operation's
// path parameters, query, body, response and page item (`RecordingRetrieveResponse`, ...), each an alias of
// today's name, kept for one minor version so an upgrade compiles with a warning instead of failing.
import { StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import type { OperationModel } from "../model.js";
import { printKey } from "./literal.js";
import type { OperationTypes } from "./operation-types.js";

/** The version that drops these aliases. */
export const REMOVED_IN = "0.4.0";

export function deprecatedAliases(operation: OperationModel, types: OperationTypes): TypeAliasDeclarationStructure[] {
  const stem = operation.typeStem;
  const pathParams = types.pathParams.length > 0 ? `{ ${types.pathParams.map((param) => `${printKey(param.name)}: ${param.type}`).join("; ")} }` : undefined;
  const old: [string, string | undefined][] = [
    [`${stem}PathParams`, pathParams],
    [`${stem}Query`, types.query],
    [`${stem}Body`, types.body],
    [`${stem}Response`, types.response],
    [`${stem}Item`, types.item],
  ];
  return old.flatMap(([name, target]) =>
    target === undefined || target === name
      ? []
      : [{
          kind: StructureKind.TypeAlias,
          name,
          isExported: true,
          type: target,
          docs: [`@deprecated ${target.startsWith("{") ? "Write the parameters' own types" : `Use \`${target}\``}; this name is removed in ${REMOVED_IN}.`],
        }],
  );
}

/** The names an alias refers to, for deprecated.ts's import from types.ts. */
export function namesIn(aliases: readonly TypeAliasDeclarationStructure[], declared: ReadonlySet<string>): string[] {
  return [...new Set(aliases.map((alias) => String(alias.type)).filter((type) => declared.has(type)))];
}
