// Whole-process timings of generate and check:generated against the openapi-typescript CLI alone on the
// same spec, interleaved run by run so machine noise hits all three alike; medians reported.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SPEC_ENTRY } from "../pipeline/layout.js";
import { median } from "./stats.js";

export interface PipelineFigures {
  readonly runs: number;
  readonly openapiTypescript: number;
  readonly generate: number;
  readonly check: number;
}

export function benchPipeline(root: string, runs: number): PipelineFigures {
  const require = createRequire(join(root, "package.json"));
  const openapiTsCli = join(require.resolve("openapi-typescript/package.json"), "..", "bin", "cli.js");
  const out = mkdtempSync(join(tmpdir(), "recall-bench-"));
  const time = (args: string[]): number => {
    const started = performance.now();
    execFileSync(process.execPath, args, { cwd: root, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    return (performance.now() - started) / 1000;
  };
  const samples = { openapiTypescript: [] as number[], generate: [] as number[], check: [] as number[] };
  try {
    for (let run = 0; run <= runs; run++) {
      const a = time([openapiTsCli, SPEC_ENTRY, "-o", join(out, "schema.ts")]);
      const g = time([join(root, "scripts/run.mjs"), "scripts/generate.ts"]);
      const c = time([join(root, "scripts/run.mjs"), "scripts/check-generated.ts"]);
      if (run === 0) continue; // warm-up: file cache
      samples.openapiTypescript.push(a);
      samples.generate.push(g);
      samples.check.push(c);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { runs, openapiTypescript: median(samples.openapiTypescript), generate: median(samples.generate), check: median(samples.check) };
}
