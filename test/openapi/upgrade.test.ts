// OpenAPI 3.0 read as 3.1 (scripts/openapi/upgrade.ts): each 3.0-only construct, given and wanted.
import { describe, expect, it } from "vitest";
import { upgradeSchema, upgradeToOpenAPI31 } from "../../scripts/openapi/upgrade.js";

const schemas: [string, { given: unknown; want: unknown }][] = [
  ["nullable beside type", { given: { type: "string", nullable: true }, want: { type: ["string", "null"] } }],
  ["nullable beside an enum: null joins it", { given: { type: "string", enum: ["a"], nullable: true }, want: { type: ["string", "null"], enum: ["a", null] } }],
  ["nullable: false is dropped", { given: { type: "string", nullable: false }, want: { type: "string" } }],
  [
    "nullable beside allOf (drf-spectacular)",
    { given: { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true, readOnly: true }, want: { readOnly: true, anyOf: [{ allOf: [{ $ref: "#/components/schemas/A" }] }, { type: "null" }] } },
  ],
  ["nullable beside $ref", { given: { $ref: "#/components/schemas/A", nullable: true }, want: { anyOf: [{ $ref: "#/components/schemas/A" }, { type: "null" }] } }],
  ["nullable beside oneOf", { given: { oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, want: { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "null" }] } }],
  ["nullable alone admits anything already", { given: { nullable: true, description: "d" }, want: { description: "d" } }],
  ["boolean exclusiveMinimum true", { given: { type: "integer", minimum: 0, exclusiveMinimum: true }, want: { type: "integer", exclusiveMinimum: 0 } }],
  ["boolean exclusiveMaximum false", { given: { type: "integer", maximum: 9, exclusiveMaximum: false }, want: { type: "integer", maximum: 9 } }],
  ["example stays (a 3.1 annotation)", { given: { type: "string", example: "x" }, want: { type: "string", example: "x" } }],
  [
    "nested: properties, items, additionalProperties",
    {
      given: { type: "object", properties: { a: { type: "string", nullable: true } }, additionalProperties: { type: "array", items: { type: "integer", nullable: true } } },
      want: { type: "object", properties: { a: { type: ["string", "null"] } }, additionalProperties: { type: "array", items: { type: ["integer", "null"] } } },
    },
  ],
  ["a property named nullable is a property", { given: { type: "object", properties: { nullable: { type: "boolean" } } }, want: { type: "object", properties: { nullable: { type: "boolean" } } } }],
];

describe("upgradeSchema", () => {
  it.each(schemas)("%s", (_name, { given, want }) => expect(upgradeSchema(given)).toEqual(want));
});

describe("upgradeToOpenAPI31", () => {
  const document = {
    openapi: "3.0.3",
    paths: {
      "/a": {
        parameters: [{ name: "p", in: "query", schema: { type: "string", nullable: true } }],
        get: {
          responses: { "200": { description: "", content: { "application/json": { schema: { type: "integer", nullable: true }, example: { schema: { nullable: true } } } } } },
        },
      },
    },
    components: { schemas: { A: { type: "object", nullable: true } } },
  };

  it("upgrades schemas wherever the document holds them, and says 3.1.0", () => {
    expect(upgradeToOpenAPI31(document)).toEqual({
      openapi: "3.1.0",
      paths: {
        "/a": {
          parameters: [{ name: "p", in: "query", schema: { type: ["string", "null"] } }],
          get: {
            // An example is data: its `schema` key is left alone.
            responses: { "200": { description: "", content: { "application/json": { schema: { type: ["integer", "null"] }, example: { schema: { nullable: true } } } } } },
          },
        },
      },
      components: { schemas: { A: { type: ["object", "null"] } } },
    });
  });

  it("returns a 3.1 document as it is", () => {
    const given = { openapi: "3.1.0", components: { schemas: { A: { type: "string", nullable: true } } } };
    expect(upgradeToOpenAPI31(given)).toBe(given);
  });
});
