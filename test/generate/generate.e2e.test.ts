// npm run generate on copies of the project: a new operation reaches a typed method, bad input changes
// nothing, stale files go, and re-formatting the YAML changes nothing.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument, visit } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { spawnCommand } from "../support/run-command.js";
import { copyProject, type ProjectCopy } from "../support/project-copy.js";
import { repoRoot } from "../spec/spec-bundle.js";

const copies: ProjectCopy[] = [];
async function freshCopy(): Promise<ProjectCopy> {
  const copy = await copyProject(repoRoot);
  copies.push(copy);
  return copy;
}
afterEach(async () => {
  await Promise.all(copies.splice(0).map((copy) => copy.remove()));
});

// An operation the spec does not have (modelled on Recall's bot delete_media action).
const NEW_PATH = `
  /api/v1/recording/{id}/delete_media/:
    parameters:
      - $ref: paths/../components/parameters/RecordingId.yaml
    post:
      operationId: recording_delete_media_create
      summary: Delete Recording Media
      description: This endpoint is rate limited to 5 requests per min per bot.
      tags: [Recording]
      x-throttles: [{ scope_key: bot_id, limit: 5, period: min }]
      responses:
        '200':
          description: The recording.
          content:
            application/json:
              schema:
                $ref: components/schemas/Recording.yaml
        '404':
          $ref: components/responses/NotFound.yaml
`;

function addOperation(spec: string): string {
  return spec.replace("paths:\n", `paths:${NEW_PATH}`);
}

describe("npm run generate", () => {
  it("turns an operation added to the spec into a typed method that compiles under strict", async () => {
    const project = await freshCopy();
    await project.write("spec/openapi.yaml", addOperation(await project.read("spec/openapi.yaml")));
    const result = await project.run("generate");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/written\s+generated\/resources\/recordings\.ts/);

    const resource = await project.read("generated/resources/recordings.ts");
    expect(resource).toContain(
      "deleteMedia(id: string, options?: RequestOptions): APIPromise<Recording>",
    );
    expect(resource).toContain("Rate limit: 5 requests per minute per bot (counted per API key: the call does not name the bot)");
    expect(resource).not.toContain("This endpoint is rate limited");
    const table = await project.read("generated/operations.ts");
    expect(table).toMatch(/export const recording_delete_media_create: OperationInfo = \{\n\s+operationId: "recording_delete_media_create",\n\s+name: "recordings\.deleteMedia",\n\s+method: "post",\n\s+path: "\/api\/v1\/recording\/\{id\}\/delete_media\/"/);

    await project.write(
      "test/consumer.ts",
      [
        'import { createRecallClient, type Recording } from "../src/index.js";',
        'const recall = createRecallClient({ apiKey: "k", baseUrl: "http://127.0.0.1:1" });',
        'export const made: Promise<Recording> = recall.recordings.deleteMedia("5a7062f3-bd54-4838-b296-df84f85c7b92");',
        "// @ts-expect-error the id is required",
        "recall.recordings.deleteMedia();",
        "",
      ].join("\n"),
    );
    const tsc = await spawnCommand(process.execPath, [join(repoRoot, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit"], { cwd: project.root });
    expect(tsc.stdout).toBe("");
    expect(tsc.code).toBe(0);
  });

  const broken: [string, { file: string; edit: (text: string) => string; want: RegExp }][] = [
    ["a dangling $ref", { file: "spec/paths/recording.yaml", edit: (t) => t.replace("PaginatedRecordingList.yaml", "Missing.yaml"), want: /spec\/paths\/recording\.yaml.*\n?.*no-unresolved-refs/ }],
    ["a wrong type", { file: "spec/components/schemas/Metadata.yaml", edit: (t) => t.replace("type: object", "type: strnig"), want: /Metadata\.yaml[\s\S]*\d+:\d+[\s\S]*struct/ }],
    ["a YAML syntax error", { file: "spec/components/schemas/Recording.yaml", edit: (t) => `${t}\n  : : [unclosed\n`, want: /Recording\.yaml/ }],
  ];

  it.each(broken)("exits non-zero on %s with Redocly's report and leaves generated/ byte for byte", async (_name, { file, edit, want }) => {
    const project = await freshCopy();
    const before = await project.generated();
    await project.write(file, edit(await project.read(file)));
    const result = await project.run("generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("failed at lint; generated/ is left as it was");
    expect(result.stderr).toMatch(want);
    expect(await project.generated()).toEqual(before);
    expect(await leftovers(project.root)).toEqual([]);
  });

  it("leaves generated/ as it was when the output does not type-check", async () => {
    const project = await freshCopy();
    const before = await project.generated();
    // The generated resources call core.request(); a runtime without it must stop the swap.
    const core = await project.read("src/core/index.ts");
    await project.write("src/core/index.ts", core.replace(/\bRequestCore\b/g, "RenamedCore"));
    await project.write("spec/openapi.yaml", addOperation(await project.read("spec/openapi.yaml")));
    const result = await project.run("generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/failed at type-check[\s\S]*generated\/resources\/recordings\.ts:\d+: .*RequestCore/);
    expect(await project.generated()).toEqual(before);
  });

  it("leaves generated/ as it was when post-processing fails on a lint-clean spec, naming the cause", async () => {
    const project = await freshCopy();
    const before = await project.generated();
    const path = "spec/paths/recording-id.yaml";
    // Two operations that would become the same method: Redocly has no rule for it, the emitter refuses.
    await project.write(path, (await project.read(path)).replace("operationId: recording_destroy", "operationId: recording_destroy\n  x-sdk-method:\n    name: retrieve"));
    const result = await project.run("generate");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("failed at post-process; generated/ is left as it was");
    expect(result.stderr).toContain("spec/openapi.yaml#/paths/~1api~1v1~1recording~1{id}~1/get: SDK method recordings.retrieve: #/paths/~1api~1v1~1recording~1{id}~1/delete would get it too; add x-sdk-method");
    expect(await project.generated()).toEqual(before);
  });

  it("removes files the spec no longer yields and keeps unchanged ones", async () => {
    const project = await freshCopy();
    await project.write("generated/obsolete.ts", "export const old = 1;\n");
    const result = await project.run("generate");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/removed\s+generated\/obsolete\.ts/);
    expect(result.stdout).toMatch(/unchanged\s+generated\/schema\.ts/);
    expect((await project.generated()).has("obsolete.ts")).toBe(false);
  });

  it("yields byte-identical output from a re-indented, key-reordered, re-quoted spec", async () => {
    const project = await freshCopy();
    const before = await project.generated();
    for (const file of await specFiles(project.root)) {
      const document = parseDocument(await readFile(file, "utf8"));
      visit(document, { Map: (_key, node) => void node.items.reverse() });
      await writeFile(file, document.toString({ indent: 4, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 }));
    }
    expect(await project.read("spec/openapi.yaml")).toMatch(/^ {4}\S/m);
    const result = await project.run("generate");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 written, \d+ unchanged, 0 removed/);
    expect(await project.generated()).toEqual(before);
  });
});

async function specFiles(root: string): Promise<string[]> {
  const entries = await readdir(join(root, "spec"), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".yaml")).map((entry) => join(entry.parentPath, entry.name));
}

async function leftovers(root: string): Promise<string[]> {
  return (await readdir(root)).filter((name) => name.startsWith(".generated-"));
}

