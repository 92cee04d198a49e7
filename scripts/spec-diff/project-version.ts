// Reads and writes the project's one version, kept in three places: info.version of spec/openapi.yaml and
// `version` of package.json and package-lock.json. The YAML is edited in place (only the value's bytes),
// so comments and layout survive.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Scalar, isScalar, parseDocument } from "yaml";
import { SPEC_ENTRY } from "../pipeline/layout.js";

export interface ProjectVersions {
  readonly spec: string | undefined;
  readonly package: string | undefined;
}

async function specVersionNode(root: string): Promise<{ text: string; node: Scalar | undefined }> {
  const text = await readFile(join(root, SPEC_ENTRY), "utf8");
  const node = parseDocument(text).getIn(["info", "version"], true);
  return { text, node: isScalar(node) ? node : undefined };
}

export async function readVersions(root: string): Promise<ProjectVersions> {
  const { node } = await specVersionNode(root);
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version?: unknown };
  return {
    spec: node && typeof node.value === "string" ? node.value : undefined,
    package: typeof pkg.version === "string" ? pkg.version : undefined,
  };
}

export async function writeVersion(root: string, version: string): Promise<void> {
  const { text, node } = await specVersionNode(root);
  if (!node?.range) throw new Error(`${SPEC_ENTRY} has no info.version to set`);
  const [start, end] = node.range;
  await writeFile(join(root, SPEC_ENTRY), `${text.slice(0, start)}${version}${text.slice(end)}`);
  await editJson(join(root, "package.json"), (json) => (json.version = version));
  await editJson(join(root, "package-lock.json"), (json) => {
    json.version = version;
    const self = (json.packages as Record<string, Record<string, unknown>> | undefined)?.[""];
    if (self) self.version = version;
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
}

async function editJson(path: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  edit(json);
  await writeFile(path, `${JSON.stringify(json, null, 2)}\n`);
}
