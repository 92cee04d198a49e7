// Reads the files a successful run produced; replaces generated/ with them, or leaves it untouched.
// The new tree is staged beside generated/, then two renames swap it in: generated/ -> .generated-retired-<pid>, staging ->
// generated/ (Node has no atomic exchange of two directories). Files the spec no longer yields disappear with the old tree.
// A process killed between the two renames leaves no generated/ and the old tree in .generated-retired-<pid> (git-ignored):
// `npm run generate` writes a complete generated/ again (it needs none on disk), or `git checkout generated/` restores it.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFiles } from "./assemble.js";
import { compareFiles, type FileChange } from "./file-changes.js";
import { generatedPath } from "./layout.js";
import { readGenerated } from "./read-generated.js";

/**
 * `beforeSwap` runs only when something would change (the type check: nothing to replace, nothing to verify), while
 * the staging tree is written; nothing is swapped in unless both succeeded.
 */
export async function writeGenerated(root: string, files: GeneratedFiles, beforeSwap: () => void | Promise<void> = () => {}): Promise<FileChange[]> {
  const target = generatedPath(root);
  const changes = compareFiles(files, await readGenerated(target));
  if (changes.every((change) => change.kind === "unchanged")) return changes;
  const staging = join(root, `.generated-staging-${process.pid}`);
  const retired = join(root, `.generated-retired-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    // Settled, not raced: a failed check must not remove staging/ while its writes are still under way.
    const [check, staged] = await Promise.allSettled([(async () => beforeSwap())(), writeTree(staging, files)]);
    if (check.status === "rejected") throw check.reason;
    if (staged.status === "rejected") throw staged.reason;
    await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
    try {
      await rename(staging, target);
    } catch (error) {
      await rename(retired, target).catch(() => undefined);
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
  return changes;
}

async function writeTree(dir: string, files: GeneratedFiles): Promise<void> {
  for (const [path, text] of files) {
    const full = join(dir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}
