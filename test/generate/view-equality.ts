// Writes the type-level proof that the named declarations of generated/types.ts are openapi-typescript's views of
// the same schemas: one line per schema and view, derived from the schemas the output declares, so a new schema is
// covered without a test edit. The file is type-checked with the generated files; any line that fails names its type.
import type { GeneratedFiles } from "../../scripts/pipeline/assemble.js";
import { emitSchemaDeclarations } from "../../scripts/pipeline/emit/named-types.js";
import type { View } from "../../scripts/pipeline/emit/type-printer.js";
import { createEmitProject } from "../../scripts/pipeline/project.js";

/** Path of the proof inside generated/ (in memory only). */
export const PROOF = "view-equality.ts";

/**
 * `Exact` is TypeScript's identity relation (a type parameter compared with each side): it tells an optional
 * property from a missing one, which assignability in both directions does not. It compares structure, with an
 * interface and an intersection each flattened (`Deep`), as openapi-typescript's own helpers flatten them. openapi-typescript's `Writable`
 * adds `readOnlyKey?: never` members as an intersection, which no plain interface is identical to, so a write
 * view is compared with the same mapping without them (`WriteProps`) and also checked assignable both ways with
 * `Writable` itself.
 */
const PRELUDE = `import type { $Read, $Write, Readable, Writable, components } from "./schema.js";
import type * as named from "./types.js";

type Exact<A, B> = (<X>() => X extends A ? 1 : 2) extends (<X>() => X extends B ? 1 : 2) ? true : false;
/** The same type with every interface and intersection spelled as one object, the way openapi-typescript's helpers map them. */
type Deep<T> = T extends (infer E)[] ? Deep<E>[] : T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type WriteProps<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? WriteProps<U> : T extends (infer E)[] ? WriteProps<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: WriteProps<T[K]>;
} : T;
/** A failing line's error names the type: \`Type '"Recording differs from Readable<...>"' does not satisfy...\`. */
type Verdict<Message extends string, Same extends boolean> = Same extends true ? true : Message;
declare function same<V extends true>(): void;
type Schemas = components["schemas"];
`;

export interface SchemaView {
  readonly schema: string;
  readonly name: string;
  readonly view: View;
}

/**
 * Every named view of every component schema, as the generator declares them (which view a name holds is the
 * generator's rule; what this proof checks is that the declaration under that name is exactly that view).
 */
export function schemaViewsOf(files: GeneratedFiles): SchemaView[] {
  const schemaFile = createEmitProject().createSourceFile("schema.ts", files.get("schema.ts") ?? "");
  const { views } = emitSchemaDeclarations(schemaFile);
  return [...views.schemas.keys()].flatMap((schema): SchemaView[] => [
    { schema, name: schema, view: views.ownView(schema) },
    ...(views.hasWriteName(schema) ? [{ schema, name: views.nameOf(schema, "write"), view: "write" as const }] : []),
  ]);
}

export function proofFile(views: readonly SchemaView[]): string {
  const lines = views.map(({ schema, name, view }) => {
    const key = `Schemas[${JSON.stringify(schema)}]`;
    const check = (relation: string, helper: string): string => `same<Verdict<"${name} differs from ${helper}<${schema}>", ${relation}<${relation === "Exact" ? `Deep<named.${name}>` : `named.${name}`}, ${helper}<${key}>>>>();`;
    return view === "read" ? check("Exact", "Readable") : `${check("Exact", "WriteProps")}\n${check("Mutual", "Writable")}`;
  });
  return `${PRELUDE}\n${lines.join("\n")}\n`;
}
