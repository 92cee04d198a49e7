// Copies what the commands need (spec, scripts, src, generated, configs; node_modules linked) to a scratch
// folder, so tests and benchmarks run the real commands without touching the real generated/.
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COPIED = ["spec", "scripts", "src", "generated", "redocly.yaml", "tsconfig.json", "package.json"];

export async function copyProject(root: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "recall-project-"));
  await Promise.all(COPIED.map((entry) => cp(join(root, entry), join(copy, entry), { recursive: true })));
  await symlink(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  return copy;
}
