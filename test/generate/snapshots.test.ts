// The whole output on a second fixture spec shaped like Recall's API in miniature (test/generate/fixtures/api-scale),
// compared with committed snapshots that are themselves type-checked, with a test for each break the
// one-resource spec never showed. UPDATE_SNAPSHOTS=1 rewrites the snapshots.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleFiles, type GeneratedFiles } from "../../scripts/pipeline/assemble.js";
import { readOperations } from "../../scripts/pipeline/model.js";
import { bundleSpec } from "../../scripts/openapi/spec.js";
import { openapiTypes } from "../../scripts/pipeline/openapi-types.js";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { typecheckFiles } from "../../scripts/pipeline/typecheck.js";
import { checkInput } from "../../src/core/input.js";
import type { OperationInfo, ShapeSchema } from "../../src/core/operation.js";
import { repoRoot as REPO_ROOT } from "../spec/spec-bundle.js";

const FIXTURE = join(REPO_ROOT, "test/generate/fixtures/api-scale");
const SNAPSHOTS = join(FIXTURE, "generated");

/** A consumer of the fixture's output: what a user writes must compile, what they must not must fail. */
const CONSUMER = `import { createCore } from "../src/core/index.js";
import { createResources } from "./create-resources.js";
import type { Bot, BotWrite, PatchedBot } from "./index.js";
const api = createResources(createCore({ apiKey: "k", baseUrl: "http://127.0.0.1:1" }));
export async function use(id: string): Promise<string> {
  const bot: Bot = await api.bots.retrieve(id);
  const made: Bot = await api.bots.create({ meeting_url: "https://zoom.us/j/1", bot_name: "n" });
  const write: BotWrite = { meeting_url: { platform: "zoom", meeting_id: "1" } };
  // @ts-expect-error readOnly fields are not part of the write view
  const invalid: BotWrite = { id: "x", meeting_url: "u" };
  const patch: PatchedBot = { join_at: null };
  await api.bots.leaveCall(id);
  await api.recordings.createTranscript(id, { provider: {} });
  await api.videoMixed.list();
  await api.videoMixed.delete(id);
  await api.participantEvents.retrieve(id);
  await api.calendarEvents.bot(id, { name: "root", children: [{ name: "leaf" }] });
  await api.calendarEvents.deleteBot(id);
  for await (const item of api.bots.list()) return item.status;
  return [bot.id, bot.status, made.id, write, invalid, patch].join();
}
`;

let files: GeneratedFiles;
beforeAll(async () => {
  const document = await bundleSpec(FIXTURE);
  files = assembleFiles(document, readOperations(document), await openapiTypes(document));
  if (process.env.UPDATE_SNAPSHOTS) {
    await rm(SNAPSHOTS, { recursive: true, force: true });
    for (const [path, text] of files) {
      await mkdir(dirname(join(SNAPSHOTS, path)), { recursive: true });
      await writeFile(join(SNAPSHOTS, path), text);
    }
  }
}, 60_000);

const file = (path: string): string => files.get(path) ?? "";

describe("the api-scale fixture", () => {
  it("yields exactly the committed snapshots", async () => {
    expect(new Map(files)).toEqual(await readGenerated(SNAPSHOTS));
  });

  it("yields snapshots that type-check under strict, with a consumer's use of every method", async () => {
    expect(await typecheckFiles(REPO_ROOT, new Map([...files, ["consumer.ts", CONSUMER]]))).toEqual([]);
  });

  it("names resources from the path: multi-word ones whole, item actions as methods", () => {
    expect([...files.keys()].filter((path) => path.startsWith("resources/"))).toEqual([
      "resources/bots.ts",
      "resources/calendarEvents.ts",
      "resources/participantEvents.ts",
      "resources/recordings.ts",
      "resources/videoMixed.ts",
    ]);
    expect(file("create-resources.ts")).toContain("videoMixed: new VideoMixedResource(core),");
    expect(file("resources/recordings.ts")).toMatch(/^  createTranscript\(id: /m);
    expect(file("resources/bots.ts")).toMatch(/^  leaveCall\(id: /m);
  });

  it("gives a schema both read and written its read view by name and a write view", () => {
    expect(file("types.ts")).toMatch(/^export interface Bot \{\n  bot_name\?: string;\n  \/\*\* Format: uuid \*\/\n  id: string;/m);
    expect(file("types.ts")).toMatch(/^export interface BotWrite \{\n  bot_name\?: string;\n  join_at\?: string \| null;\n  meeting_url: MeetingUrl;\n\}/m);
    expect(file("types.ts")).toMatch(/^export interface PatchedBot \{/m);
    expect(file("types.ts")).not.toContain("PatchedBotWrite");
    expect(file("types.ts")).not.toMatch(/Readable|Writable|\$Read|\$Write|components\[/);
  });

  it("writes methods in plain names: path parameters as their type, bodies and responses as schemas", () => {
    expect(file("resources/bots.ts")).toContain("retrieve(id: string, options?: RequestOptions): APIPromise<Bot> {");
    expect(file("resources/bots.ts")).toContain("update(id: string, body?: PatchedBot, options?: RequestOptions): APIPromise<Bot> {");
    expect(file("resources/bots.ts")).toContain("create(body: BotWrite, options?: RequestOptions): APIPromise<Bot> {");
    expect(file("resources/bots.ts")).toContain("list(query?: BotsListQuery, options?: RequestOptions): PageIterator<Bot> {");
    // The one barrel: index.ts exports the classes and types; nothing else re-exports them.
    expect([...files.values()].filter((text) => text.includes("export { BotsResource }"))).toHaveLength(1);
    expect(file("deprecated.ts")).toMatch(/^\/\*\* @deprecated Use `Bot`; deprecated in 0\.2, removed in 0\.3 \(CHANGELOG\)\. \*\/\nexport type BotRetrieveResponse = Bot;$/m);
  });

  it("declares each component's shape once, by name, and each resource imports only its operations", () => {
    for (const name of ["Bot", "Folder", "MeetingUrl", "PatchedBot", "TranscriptRequest"]) {
      expect(file("shapes.ts").match(new RegExp(`^export const ${name}Shape: ShapeSchema =`, "gm")), name).toHaveLength(1);
    }
    // Folder refers to itself: read lazily, so the declaration order cannot leave it undefined.
    expect(file("shapes.ts")).toContain("get items() { return FolderShape; },");
    expect(file("operations.ts")).toContain("schema: shapes.BotShape,");
    expect(file("resources/videoMixed.ts")).toContain('import { video_mixed_destroy, video_mixed_list } from "../operations.js";');
  });

  it("checks a request against a cyclic shape to any depth", async () => {
    // The snapshot's shapes import only types, so they run from where they are (loaded by URL: tsc leaves snapshots out).
    const { FolderShape: Folder } = (await import(pathToFileURL(join(SNAPSHOTS, "shapes.ts")).href)) as { FolderShape: ShapeSchema };
    const op: OperationInfo = { operationId: "tree_create", name: "trees.create", method: "post", path: "/t/", pathParams: [], queryParams: [], idempotent: false, body: { required: true, schema: Folder } };
    expect(() => checkInput(op, { body: { name: "a", children: [{ name: "b", children: [{ name: "c" }] }] } })).not.toThrow();
    expect(() => checkInput(op, { body: { name: "a", children: [{ name: "b", children: [{ name: 3 }] }] } })).toThrow(/body\.children\.0\.children\.0\.name/);
  });

  it("counts a per-bot limit per bot where the path names the bot, per key where it cannot", () => {
    expect(file("operations.ts")).toMatch(/bot_leave_call_create: OperationInfo = \{[\s\S]*?scope: "bot_id",\n\s+param: "id",/);
    const transcript = file("operations.ts").match(/recording_create_transcript_create: OperationInfo = \{[\s\S]*?\n\s*\};/)?.[0];
    expect(transcript).toContain('scope: "bot_id"');
    expect(transcript).not.toContain("param:");
    expect(file("resources/bots.ts")).toContain("Rate limit: 300 requests per minute per workspace and 10 requests per minute per bot;");
    expect(file("resources/bots.ts")).not.toContain("This endpoint is rate limited");
  });
});
