// generated/ is replaced only when the check before the swap passes; the staging tree written while the check runs
// never outlives a failed run, and a passing run leaves exactly the new files.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { writeGenerated } from "../../scripts/pipeline/write-generated.js";

const roots: string[] = [];
afterEach(async () => Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true }))));

async function projectWith(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "recall-write-"));
  roots.push(root);
  await mkdir(join(root, "generated", "resources"), { recursive: true });
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, "generated", path), text);
  return root;
}

const OLD = { "index.ts": "old\n", "resources/bots.ts": "old bots\n" };
const NEW = new Map([["index.ts", "new\n"], ["resources/recordings.ts", "new recordings\n"]]);

describe("writeGenerated", () => {
  it.each([
    ["a check that throws", () => Promise.reject(new Error("does not type-check"))],
    ["a check that throws before its first await", () => {
      throw new Error("does not type-check");
    }],
  ])("leaves generated/ as it was, and no staging tree, after %s", async (_, check) => {
    const root = await projectWith(OLD);
    await expect(writeGenerated(root, NEW, check)).rejects.toThrow("does not type-check");
    expect(Object.fromEntries(await readGenerated(join(root, "generated")))).toEqual(OLD);
    expect(await readdir(root)).toEqual(["generated"]);
  });

  it("swaps in exactly the new files once the check passed, the check seeing the old tree still in place", async () => {
    const root = await projectWith(OLD);
    let seen: Map<string, string> | undefined;
    const changes = await writeGenerated(root, NEW, async () => {
      seen = await readGenerated(join(root, "generated"));
    });
    expect(Object.fromEntries(seen!)).toEqual(OLD);
    expect(await readGenerated(join(root, "generated"))).toEqual(NEW);
    expect(await readdir(root)).toEqual(["generated"]);
    expect(changes.map((change) => change.kind).sort()).toEqual(["extra", "missing", "stale"]);
  });

  it("runs no check when nothing would change", async () => {
    const root = await projectWith({ "index.ts": "new\n", "resources/recordings.ts": "new recordings\n" });
    await writeGenerated(root, NEW, () => {
      throw new Error("checked an unchanged tree");
    });
    expect(await readGenerated(join(root, "generated"))).toEqual(NEW);
  });
});
