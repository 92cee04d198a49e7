// Reads each operation's plain types; produces generated/deprecated.ts: the names 0.2 exported for an operation's
// path parameters, query, body, response and page item (`RecordingRetrieveResponse`, ...), each an alias of
// today's name, kept for one minor version so an upgrade compiles with a warning instead of failing.
import { StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import { byCodeUnit } from "../../openapi/keys.js";
import { resolveRef, schemaRefName } from "../../openapi/pointer.js";
import type { OperationModel } from "../model.js";
import { schemaTypeName } from "../naming.js";
import { printKey } from "./literal.js";
import type { OperationTypes } from "./operation-types.js";
import type { SchemaViews } from "./schema-views.js";

/** When the aliases go. No version number: generated files carry none, so a release never changes them. */
const KEPT = "deprecated in 0.2, removed in 0.3 (CHANGELOG)";

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
          docs: [`@deprecated ${target.startsWith("{") ? "Pass the parameters themselves" : `Use \`${target}\``}; ${KEPT}.`],
        }],
  );
}

/** The names an alias refers to, for deprecated.ts's import from types.ts. */
export function namesIn(aliases: readonly TypeAliasDeclarationStructure[], declared: ReadonlySet<string>): string[] {
  // A path-parameter alias is an object type (`{ id: AlertNumber }`): every declared name in it is imported.
  const words = aliases.flatMap((alias) => String(alias.type).match(/[A-Za-z_$][\w$]*/g) ?? []);
  return [...new Set(words.filter((word) => declared.has(word)))].sort(byCodeUnit);
}

/**
 * 0.2 declared `<X>Write` for every schema X a request body named directly that a response or any schema also
 * referred to. Where today's rule declares no `<X>Write` (the views do not differ, or only requests use X), the old
 * name stays as an alias of X's write view.
 */
export function deprecatedWriteAliases(document: OpenAPIDocument, views: SchemaViews): TypeAliasDeclarationStructure[] {
  const { written, read } = schemaUses0_2(document);
  return [...written]
    .filter((schema) => read.has(schema) && views.schemas.has(schema) && !views.hasWriteName(schema))
    .map((schema) => ({
      kind: StructureKind.TypeAlias,
      name: `${schemaTypeName(schema)}Write`,
      isExported: true,
      type: views.nameOf(schema, "write"),
      docs: [`@deprecated Use \`${views.nameOf(schema, "write")}\`; ${KEPT}.`],
    }));
}

function schemaUses0_2(document: OpenAPIDocument): { written: Set<string>; read: Set<string> } {
  const written = new Set<string>();
  const read = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (node === null || typeof node !== "object") return;
    const name = schemaRefName(node);
    if (name !== undefined) read.add(name);
    Object.values(node).forEach(collect);
  };
  for (const item of Object.values((document.paths ?? {}) as Record<string, Json>)) {
    for (const operation of Object.values(item)) {
      if (operation === null || typeof operation !== "object" || Array.isArray(operation)) continue;
      const { requestBody, responses } = operation as Json;
      const content = resolveRef(document, requestBody ?? {}).content as Json | undefined;
      const direct = schemaRefName((content?.["application/json"] as Json | undefined)?.schema);
      if (direct !== undefined) written.add(direct);
      collect(responses);
    }
  }
  collect(document.webhooks);
  collect((document.components as Json | undefined)?.schemas);
  return { written, read };
}
