// The Node arguments of an npm script that is `node <args...>` (package.json's `generate`, `check:generated`), so a
// bench runs exactly what `npm run <name>` runs, Node flags included, without npm's own start-up in the timing.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function npmScriptArgs(root: string, name: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
  const [command, ...args] = (scripts[name] ?? "").split(/\s+/).filter(Boolean);
  if (command !== "node") throw new Error(`package.json's "${name}" script is not a plain \`node ...\` command: ${JSON.stringify(scripts[name])}`);
  return args;
}
