// The bundle step: the Redocly CLI (the lint's own major) with the project's redocly.yaml, on small specs in a scratch folder.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { bundleSpec } from "../../scripts/openapi/spec.js";

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "bundle-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const SPEC = (ref: string) => `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /api/v1/bot/:
    get:
      operationId: bot_list
      x-internal: true
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: ${ref}
`;

describe("bundleSpec", () => {
  it("inlines files into components and sorts every key", async () => {
    const root = await project({ "spec/openapi.yaml": SPEC("components/Bot.yaml"), "spec/components/Bot.yaml": "type: object\nproperties: { id: { type: string } }\n" });
    const document = await bundleSpec(root);
    expect(Object.keys(document)).toEqual(["components", "info", "openapi", "paths"]);
    expect(document.components).toEqual({ schemas: { Bot: { properties: { id: { type: "string" } }, type: "object" } } });
  });

  it("names the file and line of a $ref that does not resolve", async () => {
    const root = await project({ "spec/openapi.yaml": SPEC("components/Missing.yaml") });
    await expect(bundleSpec(root)).rejects.toThrow(/could not be bundled:[\s\S]*spec\/openapi\.yaml:14:\d+[\s\S]*Can't resolve \$ref/);
  });

  it("reads the project's redocly.yaml, as the lint does", async () => {
    const files = { "spec/openapi.yaml": SPEC("components/Bot.yaml"), "spec/components/Bot.yaml": "type: object\n" };
    const plain = await bundleSpec(await project(files));
    expect(Object.keys(plain.paths as object)).toEqual(["/api/v1/bot/"]);
    const configured = await bundleSpec(await project({ ...files, "redocly.yaml": "decorators:\n  remove-x-internal: on\n" }));
    expect(configured.paths).toEqual({});
  });
});
