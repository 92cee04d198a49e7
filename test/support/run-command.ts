// Runs a command to completion without a shell; the tests read its exit code and output.

import { execFile } from "node:child_process";

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeout?: number;
}

/** Resolves whatever the exit code; rejects only when the command cannot start or times out. */
export function spawnCommand(command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { ...options, timeout: options.timeout ?? 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") return reject(new Error(`${command} ${args.join(" ")}: ${error.message}\n${stderr}`));
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Like spawnCommand, but a non-zero exit is an error that carries the command's output. */
export async function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Ran> {
  const ran = await spawnCommand(command, args, options);
  if (ran.code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${ran.code}\n${ran.stdout}\n${ran.stderr}`);
  return ran;
}
