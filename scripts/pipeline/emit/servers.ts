// Reads the spec's first server; produces `server`, its URL template and variables (the regions), as data.
// With no `servers` (or an empty list) the document's server is `/` (OpenAPI 3.1, 4.8.1.1): the base URL is then the
// caller's to give.
import { StructureKind, VariableDeclarationKind, type VariableStatementStructure } from "ts-morph";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import { literal } from "./literal.js";

export function emitServer(document: OpenAPIDocument): VariableStatementStructure {
  const first = (document.servers as Json[] | undefined)?.[0] ?? { url: "/" };
  const variables = Object.fromEntries(
    Object.entries((first.variables ?? {}) as Record<string, Json>).map(([name, variable]) => [
      name,
      { default: variable.default, ...(Array.isArray(variable.enum) ? { enum: variable.enum } : {}) },
    ]),
  );
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["The API's base URL template and its variables, from the spec's `servers`."],
    declarations: [
      {
        name: "server",
        initializer: (writer) => {
          literal({ url: first.url, variables })(writer);
          writer.write(" as const");
        },
      },
    ],
  };
}
