// npm run generate -- --watch: regenerates on spec edits, reports a lint problem and keeps watching,
// and only ever replaces generated/ with a complete, successful generation.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, type ProjectCopy } from "../support/project-copy.js";
import { repoRoot } from "../spec/spec-bundle.js";

let project: ProjectCopy;
let output = "";
let child: ReturnType<typeof spawn>;

/** Resolves once the watcher has printed `pattern` after `from` characters of output. */
function printed(pattern: RegExp, from: number, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`watcher never printed ${pattern}; output:\n${output}`)), timeoutMs);
    const check = (): void => {
      const match = output.slice(from).match(pattern);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", check);
      child.stderr?.off("data", check);
      resolve(output.slice(from));
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    check();
  });
}

beforeAll(async () => {
  project = await copyProject(repoRoot);
  child = spawn(process.execPath, [join(project.root, "scripts/run.mjs"), "scripts/generate.ts", "--watch"], {
    cwd: project.root,
    env: { ...process.env, NO_COLOR: "1" },
  });
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  await printed(/watching spec\//, 0);
});

afterAll(async () => {
  child.kill("SIGTERM");
  await project.remove();
});

describe("generate --watch", () => {
  it("reports a lint problem, keeps generated/ and keeps watching; then regenerates on the fix", async () => {
    const before = await project.generated();
    const spec = await project.read("spec/paths/recording-id.yaml");

    let mark = output.length;
    await project.write("spec/paths/recording-id.yaml", spec.replace("RecordingId.yaml", "Missing.yaml"));
    const failure = await printed(/watching spec\//, mark);
    expect(failure).toMatch(/failed at lint; generated\/ is left as it was[\s\S]*no-unresolved-refs/);
    expect(await project.generated()).toEqual(before);
    expect(child.exitCode).toBeNull();

    mark = output.length;
    await project.write("spec/paths/recording-id.yaml", spec.replace("summary: Retrieve Recording", "summary: Fetch One Recording"));
    const success = await printed(/watching spec\//, mark);
    expect(success).toMatch(/written\s+generated\/resources\/recordings\.ts/);
    expect(await project.read("generated/resources/recordings.ts")).toContain("* Fetch One Recording");
  });
});
