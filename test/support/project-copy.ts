// A throwaway copy of the project (spec, scripts, src, generated, configs; node_modules linked), for the tests and
// benchmarks that run the real commands; the real generated/ is never touched. Here, not in test/, because
// `npm run bench` uses it too.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { readGenerated } from "../../scripts/pipeline/read-generated.js";
import { type Ran, spawnCommand } from "./run-command.js";

const COPIED = ["spec", "scripts", "src", "generated", "test/support", "redocly.yaml", "tsconfig.json", "package.json"];

type Command = "generate" | "check-generated";

export interface ProjectCopy {
  readonly root: string;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Runs `node scripts/run.mjs scripts/<command>.ts` in the copy, as `npm run` would, with NO_COLOR set. */
  run(command: Command, ...args: string[]): Promise<Ran>;
  /** The same with extra environment variables and without the NO_COLOR the other runs set. */
  runWithEnv(env: Record<string, string>, command: Command): Promise<Ran>;
  /** Every file of generated/, path to text. */
  generated(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

export async function copyProject(from: string): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), "recall-project-"));
  await Promise.all(COPIED.map((entry) => cp(join(from, entry), join(root, entry), { recursive: true })));
  await symlink(join(from, "node_modules"), join(root, "node_modules"), "dir");
  const runIn = (command: Command, args: string[], env: Record<string, string>): Promise<Ran> => {
    // The caller's colour settings would decide the output's colours, which the tests compare.
    const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...base } = process.env;
    return spawnCommand(process.execPath, [join(root, "scripts/run.mjs"), `scripts/${command}.ts`, ...args], { cwd: root, env: { ...base, ...env } });
  };
  return {
    root,
    read: (path) => readFile(join(root, path), "utf8"),
    write: async (path, text) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    run: (command, ...args) => runIn(command, args, { NO_COLOR: "1" }),
    runWithEnv: (env, command) => runIn(command, [], env),
    generated: () => readGenerated(join(root, "generated")),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
