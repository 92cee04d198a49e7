// The drift check against every kind of drift, each on a fresh copy of the project.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "./project-copy.js";

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
    const project = await copyProject();
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
    const project = await copyProject();
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
