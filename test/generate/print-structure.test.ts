// project.ts prints each emitted file from its structure and formats it as text, never parsing it: once formatted, the
// text must be what ts-morph's createSourceFile gives for the same structure.
import { type OptionalKind, Scope, type SourceFileStructure, StructureKind, VariableDeclarationKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { createEmitProject, formatText, MAX_LINE, printStructure } from "../../scripts/pipeline/project.js";

const longNames = Array.from({ length: 30 }, (_, index) => `SomeRatherLongTypeName${index}`);

describe("printStructure", () => {
  const cases: [string, OptionalKind<SourceFileStructure>][] = [
    ["imports, an interface and a type alias", {
      statements: [
        { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: ["B", "A"] },
        { kind: StructureKind.Interface, name: "X", isExported: true, docs: ["Doc\n\nmore"], properties: [{ name: "a", hasQuestionToken: true, type: "{\n  b: string;\n}", docs: ["A."] }] },
        { kind: StructureKind.TypeAlias, name: "Y", isExported: true, type: "\n  | \"a\"\n  | \"b\"", leadingTrivia: (writer) => writer.blankLineIfLastNot() },
      ],
    }],
    ["a class with a constructor and a method", {
      statements: [{
        kind: StructureKind.Class,
        name: "R",
        isExported: true,
        ctors: [{ parameters: [{ name: "core", type: "Core", scope: Scope.Private, isReadonly: true }] }],
        methods: [{ name: "get", docs: ["Gets."], parameters: [{ name: "id", type: "string" }], returnType: "P<X>", statements: ["return this.core.request(id, {});"] }],
      }],
    }],
    ["a multi-line initializer", { statements: [{ kind: StructureKind.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "t", type: "{\n  a: 1;\n}", initializer: "{\n  a: 1,\n} as const" }] }] }],
    ["a string statement and an export declaration", { statements: [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: "./a.js", namedExports: ["A"] }, "export type * from \"./types.js\";"] }],
  ];
  it.each(cases)("%s: the text createSourceFile holds, once formatted", (_, structure) => {
    const project = createEmitProject();
    const printed = printStructure(project, structure);
    expect(formatText(printed)).toBe(formatText(project.createSourceFile("x.ts", structure).getFullText()));
    // Only whitespace at the start of a line differs before formatting (multi-line types go in unhung).
    expect(printed.replace(/^ +/gm, "")).toBe(project.createSourceFile("y.ts", structure).getFullText().replace(/^ +/gm, ""));
  });
});

describe("formatText", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["one blank line after the imports", { given: "import { A } from \"./a.js\";\nexport type B = A;\n", want: "import { A } from \"./a.js\";\n\nexport type B = A;\n" }],
    ["no second blank line after the imports", { given: "import { A } from \"./a.js\";\n\nexport type B = A;\n", want: "import { A } from \"./a.js\";\n\nexport type B = A;\n" }],
    ["a long import list one name a line", {
      given: `import type { ${longNames.join(", ")} } from "./types.js";\nexport type B = A;\n`,
      want: `import type {\n${longNames.map((name) => `  ${name},`).join("\n")}\n} from "./types.js";\n\nexport type B = A;\n`,
    }],
    ["a long method header one parameter a line", {
      given: `class C {\n    m(${longNames.slice(0, 8).map((name, index) => `p${index}: ${name}`).join(", ")}): void {\n    }\n}\n`,
      want: `class C {\n  m(\n${longNames.slice(0, 8).map((name, index) => `    p${index}: ${name},`).join("\n")}\n  ): void {\n  }\n}\n`,
    }],
    ["a long type alias kept on its line", { given: `export type T = { ${longNames.map((name) => `${name}: 1`).join("; ")} };\n`, want: `export type T = { ${longNames.map((name) => `${name}: 1`).join("; ")} };\n` }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(formatText(given)).toBe(want);
  });
  it("the long cases are longer than a line may be", () => {
    expect(`import type { ${longNames.join(", ")} } from "./types.js";`.length).toBeGreaterThan(MAX_LINE);
  });
});
