// A throwaway copy of the project (spec, scripts, src, generated, configs; node_modules linked) for tests
// that run the real commands; the real generated/ is never touched.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { copyProject as copyProjectTo } from "../../scripts/lib/project-copy.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ProjectCopy {
  readonly root: string;
  read(path: string): Promise<string>;
  write(path: string, text: string): Promise<void>;
  /** Runs `node scripts/run.mjs scripts/<script>.ts` in the copy, as `npm run` would. */
  run(script: "generate" | "check-generated", ...args: string[]): Promise<RunResult>;
  /** The same with extra environment variables and without the NO_COLOR the other runs set. */
  runWithEnv(env: Record<string, string>, script: "generate" | "check-generated"): Promise<RunResult>;
  /** Every file of generated/, path to text. */
  generated(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const root = await copyProjectTo(REPO_ROOT);
  const { readGenerated } = await import("../../scripts/pipeline/read-generated.js");
  return {
    root,
    read: (path) => readFile(join(root, path), "utf8"),
    write: async (path, text) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    run: (script, ...args) => runNode(root, [join(root, "scripts/run.mjs"), `scripts/${script}.ts`, ...args]),
    runWithEnv: (env, script) => runNode(root, [join(root, "scripts/run.mjs"), `scripts/${script}.ts`], env),
    generated: () => readGenerated(join(root, "generated")),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

export function runNode(cwd: string, args: string[], env: Record<string, string> = { NO_COLOR: "1" }): Promise<RunResult> {
  const base = { ...process.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR"]) delete base[name];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, env: { ...base, ...env }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}
