// Builds the package into a scratch folder, packs it, and installs the tarball into a fresh
// consumer project under os.tmpdir(), as a user of the published package would get it. Here, not in test/package,
// because `npm run bench -- types` uses it too.

import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run-command.js";
import { repoTsc } from "./toolchains.js";

const defaultRoot = fileURLToPath(new URL("../..", import.meta.url));
/** The consumer template, inside the project at `root` (scripts run from a bundle, where import.meta.url is elsewhere). */
const consumerTemplate = (root: string): string => join(root, "test", "package", "consumer");

export interface PackedProject {
  /** The temporary folder holding everything below; remove it when done. */
  readonly root: string;
  readonly tarball: string;
  /** Paths inside the tarball, e.g. `dist/src/index.js`. */
  readonly files: readonly string[];
  /** The consumer project: main.ts, its tsconfigs, node_modules with the tarball installed. */
  readonly consumer: string;
}

interface PackJson {
  filename: string;
  files: { path: string }[];
}

/**
 * Compiles with tsconfig.build.json into a fresh dist/ beside a copy of package.json rather than
 * packing the repo's dist/: that one is never cleaned (stale files would ship) and others build into it.
 */
async function pack(root: string, repoRoot: string): Promise<{ tarball: string; files: string[] }> {
  const stage = join(root, "stage");
  await run(process.execPath, [repoTsc, "-p", join(repoRoot, "tsconfig.build.json"), "--outDir", join(stage, "dist")]);
  await copyFile(join(repoRoot, "package.json"), join(stage, "package.json"));
  const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", root], { cwd: stage });
  const [info] = JSON.parse(packed.stdout) as PackJson[];
  if (info === undefined) throw new Error(`npm pack printed no package: ${packed.stdout}`);
  return { tarball: join(root, info.filename), files: info.files.map((f) => f.path).sort() };
}

async function installConsumer(root: string, tarball: string, repoRoot: string): Promise<string> {
  const consumer = join(root, "consumer");
  await mkdir(consumer);
  for (const name of await readdir(consumerTemplate(repoRoot))) {
    await copyFile(join(consumerTemplate(repoRoot), name), join(consumer, name.replace(/\.ts\.txt$/, ".ts")));
  }
  const { devDependencies } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
  const typesNode = `@types/node@${devDependencies["@types/node"]}`;
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, typesNode], { cwd: consumer });
  // Emit JavaScript only; type errors are the type-check tests' to report, per compiler and resolution.
  await run(process.execPath, [repoTsc, "-p", "tsconfig.node16.json", "--noCheck"], { cwd: consumer });
  return consumer;
}

export async function packAndInstall(repoRoot = defaultRoot): Promise<PackedProject> {
  const root = await mkdtemp(join(tmpdir(), "recall-recording-package-"));
  try {
    const { tarball, files } = await pack(root, repoRoot);
    return { root, tarball, files, consumer: await installConsumer(root, tarball, repoRoot) };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
