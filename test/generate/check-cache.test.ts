// The key of check:generated's cache: the same inputs give the same key, any changed, added or removed input
// another; and CI never reads the cache.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheUsable, inputsKey, isKnownClean, recordClean } from "../../scripts/pipeline/check-cache.js";

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "recall-check-cache-"));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const base = { "spec/openapi.yaml": "openapi: 3.1.0", "scripts/generate.ts": "x", "src/index.ts": "y", "generated/index.ts": "z", "redocly.yaml": "r", "package-lock.json": "{}" };

describe("inputsKey", () => {
  it("is the same for the same inputs, wherever the project is", async () => {
    expect(await inputsKey(await project(base))).toBe(await inputsKey(await project(base)));
  });

  it.each([
    ["a spec file changes", { ...base, "spec/openapi.yaml": "openapi: 3.1.1" }],
    ["a spec file is added", { ...base, "spec/paths/a.yaml": "" }],
    ["a generated file changes", { ...base, "generated/index.ts": "z2" }],
    ["a generated file is removed", Object.fromEntries(Object.entries(base).filter(([path]) => path !== "generated/index.ts"))],
    ["the generator changes", { ...base, "scripts/generate.ts": "x2" }],
    ["src/ changes", { ...base, "src/index.ts": "y2" }],
    ["redocly.yaml changes", { ...base, "redocly.yaml": "r2" }],
    ["the lockfile changes", { ...base, "package-lock.json": "{ }" }],
    ["content moves between files", { ...base, "src/index.ts": "", "scripts/generate.ts": "xy" }],
  ])("changes when %s", async (_name, files) => {
    expect(await inputsKey(await project(files))).not.toBe(await inputsKey(await project(base)));
  });
});

describe("the cache", () => {
  it("knows a key only once a clean check recorded it", async () => {
    const root = await project(base);
    const key = await inputsKey(root);
    expect(await isKnownClean(root, key)).toBe(false);
    await recordClean(root, key);
    expect(await isKnownClean(root, key)).toBe(true);
    expect(await isKnownClean(root, await inputsKey(await project({ ...base, "src/index.ts": "y2" })))).toBe(false);
  });

  it.each([
    [{}, true],
    [{ CI: "true" }, false],
    [{ CI: "1" }, false],
    [{ CI: "false" }, true],
  ])("is used with %o: %s", (env, usable) => {
    expect(cacheUsable(env)).toBe(usable);
  });
});
