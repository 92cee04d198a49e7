// Reads every input of a drift check (spec/, redocly.yaml, the scripts that generate, src/ the emitted code is
// type-checked with, generated/ itself, the configs and lockfile that pin the tools); produces one content key. A key
// recorded after a full check that found no drift lets a warm local check:generated answer without regenerating.
// Kept under node_modules/.cache (never in git); never read when CI is set, where the full check always runs.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { byCodeUnit } from "../openapi/keys.js";

const INPUT_DIRS = ["spec", "scripts", "src", "generated"];
const INPUT_FILES = ["redocly.yaml", "tsconfig.json", "package.json", "package-lock.json"];

export function cacheUsable(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.CI || env.CI === "false" || env.CI === "0";
}

function cacheDir(root: string): string {
  return join(root, "node_modules", ".cache", "recall-recording", "check-generated");
}

/** sha256 over every input's path and bytes, in a fixed order, and the Node version that runs the tools. */
export async function inputsKey(root: string): Promise<string> {
  const hash = createHash("sha256").update(`node ${process.version}\n`);
  const paths: string[] = [...INPUT_FILES];
  for (const dir of INPUT_DIRS) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile()) paths.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  for (const path of paths.sort(byCodeUnit)) {
    const bytes = await readFile(join(root, path)).catch(() => undefined);
    hash.update(`${path}\0${bytes === undefined ? "absent" : bytes.length}\0`);
    if (bytes !== undefined) hash.update(bytes);
  }
  return hash.digest("hex");
}

export async function isKnownClean(root: string, key: string): Promise<boolean> {
  return readFile(join(cacheDir(root), key)).then(
    () => true,
    () => false,
  );
}

export async function recordClean(root: string, key: string): Promise<void> {
  await mkdir(cacheDir(root), { recursive: true });
  await writeFile(join(cacheDir(root), key), "");
}
