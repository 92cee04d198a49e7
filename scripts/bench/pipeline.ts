// Whole-process timings of generate and check:generated against the openapi-typescript CLI alone on the
// same spec, on a scratch copy of the project, interleaved run by run so machine noise hits all alike; medians.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { copyProject } from "../../test/support/project-copy.js";
import { SPEC_ENTRY } from "../pipeline/layout.js";
import { npmScriptArgs } from "./npm-script.js";
import { median } from "./stats.js";

export interface PipelineFigures {
  readonly runs: number;
  readonly openapiTypescript: number;
  /** generate on an up-to-date tree: nothing to type-check or write. */
  readonly generateUnchanged: number;
  /** generate when a file must be written: type-check, stage, swap. */
  readonly generateChanged: number;
  readonly check: number;
}

export async function benchPipeline(root: string, runs: number): Promise<PipelineFigures> {
  const openapiTsCli = join(createRequire(join(root, "package.json")).resolve("openapi-typescript/package.json"), "..", "bin", "cli.js");
  const project = await copyProject(root);
  const copy = project.root;
  const time = (args: string[], before: () => void = () => {}): number => {
    before();
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: copy, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    return (performance.now() - started) / 1000;
  };
  const run = (script: string) => npmScriptArgs(copy, script);
  const samples = { openapiTypescript: [] as number[], generateUnchanged: [] as number[], generateChanged: [] as number[], check: [] as number[] };
  try {
    for (let round = 0; round <= runs; round++) {
      const timings = {
        openapiTypescript: time([openapiTsCli, SPEC_ENTRY, "-o", join(copy, "schema.ts")]),
        generateUnchanged: time(run("generate")),
        generateChanged: time(run("generate"), () => rmSync(join(copy, "generated/README.md"))),
        check: time(run("check:generated")),
      };
      if (round === 0) continue; // warm-up: file cache
      for (const [name, seconds] of Object.entries(timings)) samples[name as keyof typeof samples].push(seconds);
    }
  } finally {
    await project.remove();
  }
  return {
    runs,
    openapiTypescript: median(samples.openapiTypescript),
    generateUnchanged: median(samples.generateUnchanged),
    generateChanged: median(samples.generateChanged),
    check: median(samples.check),
  };
}
