// `redocly lint` (the lint:spec script), on broken copies of spec/, exits non-zero naming the file, line and rule of
// each problem; the real spec passes it inside npm test's check:generated.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redocly, repoRoot } from "./spec-bundle.js";

const LINT_ARGS = ["lint", "spec/openapi.yaml", "--format=stylish"] as const;
const PROBLEM_LINE = /^\s+(\d+):(\d+)\s+(error|warning)\s+(\S+)/;

/** Stylish output as `{ file, line, severity, rule }` rows. */
function problems(output: string): { file: string; line: number; severity: string; rule: string }[] {
  const rows: { file: string; line: number; severity: string; rule: string }[] = [];
  let file = "";
  for (const text of output.split("\n")) {
    const header = text.match(/^(\S.*\.ya?ml):$/);
    if (header?.[1]) file = header[1];
    const problem = text.match(PROBLEM_LINE);
    if (problem?.[1] && problem[3] && problem[4]) rows.push({ file, line: Number(problem[1]), severity: problem[3], rule: problem[4] });
  }
  return rows;
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Edit {
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

/** A throwaway copy of spec/ and redocly.yaml with each edit (the first `find` in `file` replaced); returns the 1-based line of each. */
function brokenCopy(...edits: Edit[]): { dir: string; lines: number[] } {
  const dir = mkdtempSync(join(tmpdir(), "recall-spec-lint-"));
  copies.push(dir);
  cpSync(join(repoRoot, "spec"), join(dir, "spec"), { recursive: true });
  cpSync(join(repoRoot, "redocly.yaml"), join(dir, "redocly.yaml"));
  const lines = edits.map(({ file, find, replace }) => {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    const at = text.indexOf(find);
    if (at < 0) throw new Error(`${file} no longer contains ${JSON.stringify(find)}: update this test`);
    writeFileSync(path, text.slice(0, at) + replace + text.slice(at + find.length));
    return text.slice(0, at).split("\n").length;
  });
  return { dir, lines };
}

// The real spec's lint runs once per npm test, inside check:generated (the pipeline's first step fails on any
// problem); these tests hold lint:spec to the same command and to its failure output.
describe("lint:spec", () => {
  it("is what package.json's lint:spec runs", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    // Only environment settings (telemetry off) may stand before the command these tests run.
    expect(pkg.scripts["lint:spec"]?.replace(/^([A-Z_]+=\S+ )*/, "")).toBe(`redocly ${LINT_ARGS.join(" ")}`);
    // npm test lints the real spec once: check:generated's pipeline starts with this lint and stops on any problem.
    expect(pkg.scripts.test).toMatch(/^npm run check:generated && /);
    expect(pkg.scripts.test).not.toContain("lint:spec");
  });

  it("redocly.yaml extends recommended-strict and gives a reason for every relaxed rule", () => {
    const config = readFileSync(join(repoRoot, "redocly.yaml"), "utf8");
    expect(config).toMatch(/^extends:\n {2}- recommended-strict$/m);
    const rules = config.split(/^rules:\n/m)[1]?.split(/^\S/m)[0] ?? "";
    const lines = rules.split("\n").filter((line) => /^ {2}\S/.test(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line, "a one-line # reason").toMatch(/^ {2}[\w-]+: \S+ +# \S/);
  });
});

describe("lint:spec on broken copies names file, line and rule", () => {
  // Each edit is in a file of its own, so one Redocly run (seconds of CPU each) reports every one of them.
  const cases = [
    ["a dangling $ref", "spec/paths/recording-id.yaml", "responses/NotFound.yaml", "responses/NotFund.yaml", "no-unresolved-refs"],
    ["a wrong type", "spec/components/schemas/VideoMixedData.yaml", "type: object", "type: strnig", "struct"],
    [
      "a YAML syntax error",
      "spec/components/examples/RecordingFinished.yaml",
      "description: '",
      "description: broken: '",
      "no-unresolved-refs",
    ],
    // A warning under `recommended` must fail too: recommended-strict makes every warning an error.
    [
      "an unused component",
      "spec/openapi.yaml",
      "    Recording:\n",
      "    Unused:\n      type: string\n    Recording:\n",
      "no-unused-components",
    ],
  ] as const;
  let status: number | null;
  let found: ReturnType<typeof problems>;
  let lines: number[];
  beforeAll(() => {
    const copy = brokenCopy(...cases.map(([, file, find, replace]) => ({ file, find, replace })));
    lines = copy.lines;
    const run = redocly(LINT_ARGS, copy.dir);
    status = run.status;
    found = problems(run.stdout + run.stderr);
  });

  it("exits non-zero", () => {
    expect(status).not.toBe(0);
  });

  it.each(cases.map((entry, index) => [...entry, index] as const))("%s", (_, file, _find, _replace, rule, index) => {
    expect(found).toContainEqual({ file, line: lines[index], severity: "error", rule });
  });

  // Redocly stops before its rules when the entry file itself does not parse: no rule id, but file and line.
  it("a YAML syntax error in the entry file", () => {
    const { dir, lines: [line = 0] } = brokenCopy({ file: "spec/openapi.yaml", find: "openapi: 3.1.0\n", replace: 'openapi: "3.1.0\n' });
    const run = redocly(LINT_ARGS, dir);
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toContain("Failed to parse API description at spec/openapi.yaml");
    expect(output).toMatch(new RegExp(`spec/openapi\\.yaml" \\((${line}|${line + 1}):\\d+\\)`));
  });
});
