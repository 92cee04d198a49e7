// Reads the emitted files (in memory) with src/ and node_modules; produces TypeScript's errors in the emitted files as
// `generated/<file>:<line>: message` lines, under the project's own tsconfig.json (strict, DOM and Node types).
// Errors inside src/ are `npm run typecheck`'s to report: src/ is hand-written for Recall's spec (its regions).
// It runs TypeScript 7's native compiler (the `typescript-native` alias of typescript@7), while openapi-typescript
// and ts-morph keep their TypeScript 5 API: measured on this project's spec, 0.5 s where TypeScript 5 in process took
// 2 s checking the emitted files alone. The files go to a scratch folder under node_modules/.cache with a copy of
// src/ (which imports ../generated/), so the check sees the new generated/ beside src/ and never the one on disk.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { totalmem } from "node:os";
import { basename, dirname, join } from "node:path";
import type { GeneratedFiles } from "./assemble.js";
import { GENERATED_DIR } from "./layout.js";

const nativePackage = createRequire(import.meta.url).resolve("typescript-native/package.json");
const nativeTsc = compilerCommand();
const DIAGNOSTIC = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/;

export async function typecheckFiles(root: string, files: GeneratedFiles): Promise<string[]> {
  const scratchRoot = join(root, "node_modules", ".cache", "recall-recording");
  await mkdir(scratchRoot, { recursive: true });
  const scratch = await mkdtemp(join(scratchRoot, "typecheck-"));
  try {
    await Promise.all([
      cp(join(root, "src"), join(scratch, "src"), { recursive: true }),
      ...[...files].map(async ([path, text]) => {
        const full = join(scratch, GENERATED_DIR, path);
        await mkdir(dirname(full), { recursive: true });
        await writeFile(full, text);
      }),
    ]);
    await writeFile(
      join(scratch, "tsconfig.json"),
      JSON.stringify({ extends: join(root, "tsconfig.json"), compilerOptions: { noEmit: true, incremental: false }, include: [GENERATED_DIR, "src"], exclude: [] }),
    );
    const output = await runTsc(["-p", join(scratch, "tsconfig.json"), "--pretty", "false"], scratch);
    // tsc names files relative to its working directory, through any symlink on the way: cut at the scratch folder.
    const inScratch = `${basename(scratch)}/`;
    return output
      .split("\n")
      .map((line) => DIAGNOSTIC.exec(line.trim()))
      .filter((match) => match !== null)
      .map((match) => {
        const at = match[1]!.indexOf(inScratch);
        const file = at < 0 ? match[1]! : match[1]!.slice(at + inScratch.length);
        return `${file}:${match[2]}: ${match[3]}`;
      })
      .filter((line) => line.startsWith(`${GENERATED_DIR}/`));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * The native compiler is a Go program: its collector took about a quarter of its CPU on GitHub's description (paired
 * runs, medians 4.1 s -> 3.0 s user with GOGC=off; peak memory 640 -> 650 MB), in a one-shot process that frees all at
 * exit. The limit brings the collector back should a program outgrow half the machine; a user's GOGC or GOMEMLIMIT wins.
 */
const GO_RUNTIME = { GOGC: "off", GOMEMLIMIT: String(Math.floor(totalmem() / 2)) };

/** tsc's report (stdout); exit code 2 means errors, which the caller reads from the report. */
function runTsc(args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(nativeTsc.file, [...nativeTsc.args, ...args], { cwd, maxBuffer: 1 << 28, env: { ...GO_RUNTIME, ...process.env } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") return reject(error);
      if (error && stdout.trim() === "") return reject(new Error(`tsc exited ${String(error.code)}: ${stderr}`));
      resolve(stdout);
    });
  });
}

/**
 * The compiler's executable, found as typescript@7's bin/tsc finds it (its platform package beside it), so no Node
 * starts only to run it: 0.1 s of the project's 0.4 s check. Where it is not found, that bin script, run by Node.
 */
function compilerCommand(): { file: string; args: string[] } {
  try {
    const platformPackage = createRequire(nativePackage).resolve(`@typescript/typescript-${process.platform}-${process.arch}/package.json`);
    const file = join(dirname(platformPackage), "lib", process.platform === "win32" ? "tsc.exe" : "tsc");
    if (existsSync(file)) return { file, args: [] };
  } catch {
    // not installed for this platform: the bin script says so in its own words
  }
  return { file: process.execPath, args: [join(dirname(nativePackage), "bin", "tsc")] };
}
