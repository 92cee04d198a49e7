// reindent.ts puts each line of generated code where its brackets say, whatever ts-morph's hanging indentation did.
import { describe, expect, it } from "vitest";
import { reindent } from "../../scripts/pipeline/reindent.js";

describe("reindent", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["a hung object literal", { given: "export const a = {\n    b: 1,\n    c: [\n      2,\n    ],\n  };", want: "export const a = {\n  b: 1,\n  c: [\n    2,\n  ],\n};" }],
    ["brackets opened together make one level", { given: "x?: ({\n      a: string;\n    } | string)[];", want: "x?: ({\n  a: string;\n} | string)[];" }],
    ["a union one member a line, after a name and inside a bracket", { given: "a:\n| \"x\"\n| \"y\";\nb: (\n| \"x\"\n)[];", want: "a:\n  | \"x\"\n  | \"y\";\nb: (\n  | \"x\"\n)[];" }],
    ["brackets in strings and comments count for nothing", { given: "a = [\n\"{(\", // )\n/* [ */ 1,\n];", want: "a = [\n  \"{(\", // )\n  /* [ */ 1,\n];" }],
    ["a JSDoc block one space past its opening", { given: "{\n/**\n* {\n*/\nb: 1;\n}", want: "{\n  /**\n   * {\n   */\n  b: 1;\n}" }],
    ["a getter's brackets on one line", { given: "{\nget a() { return B; },\nc: 1,\n}", want: "{\n  get a() { return B; },\n  c: 1,\n}" }],
  ];
  it.each(cases)("%s", (_, { given, want }) => {
    expect(reindent(given)).toBe(want);
  });
});
