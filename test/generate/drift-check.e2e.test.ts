// The drift check against every kind of drift, each on a fresh copy of the project.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/project-copy.js";
import { repoRoot } from "../spec/spec-bundle.js";

const cases: [string, { drift: (project: ProjectCopy) => Promise<unknown>; want: RegExp[] }][] = [
  [
    "a spec change without regeneration",
    {
      drift: async (p) => p.write("spec/paths/recording-id.yaml", (await p.read("spec/paths/recording-id.yaml")).replace("summary: Retrieve Recording", "summary: Fetch One Recording")),
      want: [/stale\s+generated\/resources\/recordings\.ts/, /\+\s+\* Fetch One Recording/, /-\s+\* Retrieve Recording/],
    },
  ],
  [
    "a hand edit of a generated file",
    {
      drift: async (p) => p.write("generated/servers.ts", `${await p.read("generated/servers.ts")}// hand edit\n`),
      want: [/stale\s+generated\/servers\.ts/, /-\/\/ hand edit/],
    },
  ],
  ["a deleted generated file", { drift: (p) => rm(join(p.root, "generated/types.ts")), want: [/missing\s+generated\/types\.ts/] }],
  ["an extra file in generated/", { drift: (p) => p.write("generated/leftover.ts", "export {};\n"), want: [/extra\s+generated\/leftover\.ts/] }],
];

describe("check:generated", () => {
  it("passes on a clean tree and writes nothing", async () => {
    const project = await copyProject(repoRoot);
    try {
      const before = await project.generated();
      const result = await project.run("check-generated");
      expect(result.stdout).toMatch(/generated\/ matches the spec: \d+ files checked/);
      expect(result.code).toBe(0);
      expect(await project.generated()).toEqual(before);
    } finally {
      await project.remove();
    }
  });

  it.each(cases)("fails on %s, naming the file, its diff and the fix, and writes nothing", async (_name, { drift, want }) => {
    const project = await copyProject(repoRoot);
    try {
      await drift(project);
      const before = await project.generated();
      const result = await project.run("check-generated");
      expect(result.code).toBe(1);
      for (const pattern of want) expect(result.stderr).toMatch(pattern);
      expect(result.stderr).toContain("Fix: run npm run generate");
      expect(await project.generated()).toEqual(before);
    } finally {
      await project.remove();
    }
  });
});

describe("check:generated output", () => {
  // Output goes to a pipe here, as in CI logs: colour only when forced, and NO_COLOR always wins.
  const cases: [string, { env: Record<string, string>; coloured: boolean }][] = [
    ["a pipe", { env: {}, coloured: false }],
    ["FORCE_COLOR", { env: { FORCE_COLOR: "1" }, coloured: true }],
    ["FORCE_COLOR with NO_COLOR", { env: { FORCE_COLOR: "1", NO_COLOR: "1" }, coloured: false }],
  ];

  it.each(cases)("is coloured on %s: %o", async (_name, { env, coloured }) => {
    const project = await copyProject(repoRoot);
    try {
      await project.write("generated/leftover.ts", "export {};\n");
      const result = await project.runWithEnv(env, "check-generated");
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/extra\s+.*generated\/leftover\.ts/);
      expect(/\u001b\[\d+m/.test(result.stderr)).toBe(coloured);
    } finally {
      await project.remove();
    }
  });
});
