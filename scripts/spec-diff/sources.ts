// Where the two sides of a diff come from: the working tree's spec, the spec at a git ref (extracted with
// `git archive` into a scratch folder), or the recorded release (release/openapi.json). Each is bundled with
// Redocly as the pipeline bundles it, so $refs resolve and file layout does not matter.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { OpenAPIDocument } from "../openapi/json.js";
import { bundleSpec } from "../openapi/spec.js";
import { SPEC_ENTRY } from "../pipeline/layout.js";

const exec = promisify(execFile);

export const RELEASE_FILE = "release/openapi.json";

export interface SpecSide {
  /** How the report names it: `main (3f2a1c9)`, `working tree`, `release 0.1.0`. */
  readonly label: string;
  readonly document: OpenAPIDocument;
}

export async function workingTreeSpec(root: string): Promise<SpecSide> {
  return { label: "working tree", document: await bundleSpec(root) };
}

async function git(root: string, args: readonly string[]): Promise<string> {
  try {
    return (await exec("git", ["-C", root, ...args], { maxBuffer: 64 << 20 })).stdout.trim();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? "").trim();
    throw new Error(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

/** The merge-base of HEAD with main (or origin/main), or HEAD itself on main. */
export async function defaultBaseRef(root: string): Promise<string> {
  const branch = await git(root, ["rev-parse", "--abbrev-ref", "HEAD"]);
  if (branch === "main") return "HEAD";
  for (const main of ["main", "origin/main"]) {
    const exists = await git(root, ["rev-parse", "--verify", "--quiet", `${main}^{commit}`]).catch(() => "");
    if (exists) return git(root, ["merge-base", "HEAD", main]);
  }
  throw new Error("no branch main or origin/main to compare with; name a git ref: npm run diff:spec -- <ref>");
}

export async function specAtRef(root: string, ref: string): Promise<SpecSide> {
  const commit = await git(root, ["rev-parse", "--verify", `${ref}^{commit}`]).catch(() => {
    throw new Error(`"${ref}" is not a git ref of ${root}`);
  });
  const dir = await mkdtemp(join(tmpdir(), "recall-spec-at-ref-"));
  try {
    const tar = join(dir, "spec.tar");
    await git(root, ["archive", "--format=tar", "-o", tar, commit, "spec"]).catch(() => {
      throw new Error(`${ref} has no spec/ folder`);
    });
    await exec("tar", ["-xf", tar, "-C", dir]);
    if (!existsSync(join(dir, SPEC_ENTRY))) throw new Error(`${ref} has no ${SPEC_ENTRY}`);
    const label = ref === commit ? commit.slice(0, 7) : `${ref} (${commit.slice(0, 7)})`;
    return { label, document: await bundleSpec(dir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The bundled spec as of the last recorded release, or undefined before the first. */
export async function releasedSpec(root: string): Promise<SpecSide | undefined> {
  const path = join(root, RELEASE_FILE);
  if (!existsSync(path)) return undefined;
  const document = JSON.parse(await readFile(path, "utf8")) as OpenAPIDocument;
  return { label: `release ${infoVersion(document) ?? "?"}`, document };
}

export function infoVersion(document: OpenAPIDocument): string | undefined {
  const info = document.info as { version?: unknown } | undefined;
  return typeof info?.version === "string" ? info.version : undefined;
}
