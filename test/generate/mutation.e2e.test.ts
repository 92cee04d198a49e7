// Mutation-tested drift check: random changes to a copy of the spec. Every semantic change (a property added or
// removed, a type, an enum value, a description, a required list, an operation) must make the check fail with
// drift; every formatting-only change (indentation, key order, quoting) must pass. Examples are stripped from
// the copy first, so a mutation cannot fail on Redocly's example validation instead of on drift.
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkGenerated } from "../../scripts/pipeline/check.js";
import { copyProject, type ProjectCopy } from "../support/project-copy.js";
import { repoRoot } from "../spec/spec-bundle.js";
import { formattingMutation, schemaSites, semanticMutations, type Mutation, yamlFiles } from "./spec-mutations.js";

const RUNS = { semantic: Number(process.env.MUTATION_RUNS ?? 4), formatting: Number(process.env.MUTATION_RUNS ?? 8) };
// A fixed seed keeps CI reproducible; MUTATION_SEED=$RANDOM MUTATION_RUNS=50 explores further (fast-check prints the seed of a failure).
const SEED = Number(process.env.MUTATION_SEED ?? 20261128);
let project: ProjectCopy;
let pristine: string;
const ran = new Map<string, number>();

function withoutExamples(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutExamples);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== "examples" && key !== "example").map(([key, value]) => [key, withoutExamples(value)]));
}

beforeAll(async () => {
  project = await copyProject(repoRoot);
  await rm(join(project.root, "spec/components/examples"), { recursive: true, force: true });
  for (const file of await yamlFiles(project.root)) {
    const text = await readFile(join(project.root, file), "utf8");
    await writeFile(join(project.root, file), stringify(withoutExamples(parse(text))));
  }
  const generated = await project.run("generate");
  if (generated.code !== 0) throw new Error(`the example-free copy does not generate:\n${generated.stderr}`);
  pristine = join(project.root, "spec.pristine");
  await cp(join(project.root, "spec"), pristine, { recursive: true });
}, 120_000);

afterAll(async () => {
  await project.remove();
  console.log(`mutations run: ${[...ran].map(([kind, count]) => `${kind} ${count}`).join(", ")}`);
});

async function driftAfter(mutation: Mutation): Promise<boolean> {
  await rm(join(project.root, "spec"), { recursive: true, force: true });
  await cp(pristine, join(project.root, "spec"), { recursive: true });
  await mutation.apply(project.root);
  ran.set(mutation.kind, (ran.get(mutation.kind) ?? 0) + 1);
  const changes = await checkGenerated(project.root);
  return changes.some((change) => change.kind !== "unchanged");
}

describe("the drift check under random spec mutations", () => {
  let semantic: Record<string, fc.Arbitrary<Mutation>> = {};
  beforeAll(async () => {
    semantic = semanticMutations(await schemaSites(project.root));
  });
  const kinds = ["add property", "remove property", "change type", "change enum value", "change description", "change required list", "change operation"];

  it.each(kinds)("fails with drift after every mutation of kind: %s", async (kind) => {
    const arbitrary = semantic[kind];
    if (!arbitrary) throw new Error(`no arbitrary for ${kind}`);
    await fc.assert(
      fc.asyncProperty(arbitrary, async (mutation) => {
        expect(await driftAfter(mutation), `${mutation.kind} in ${mutation.file}`).toBe(true);
      }),
      { numRuns: RUNS.semantic, seed: SEED },
    );
    expect(ran.get(kind)).toBe(RUNS.semantic);
  }, 600_000);

  it("passes after every change that only re-formats the YAML", async () => {
    const files = await yamlFiles(project.root);
    await fc.assert(
      fc.asyncProperty(formattingMutation(files), async (mutation) => {
        expect(await driftAfter(mutation), `formatting of ${mutation.file}`).toBe(false);
      }),
      { numRuns: RUNS.formatting, seed: SEED },
    );
    expect(ran.get("formatting only")).toBe(RUNS.formatting);
  }, 600_000);
});
