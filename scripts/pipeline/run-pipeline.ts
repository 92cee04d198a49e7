// Runs every step from spec/ to the files of generated/, in memory; writes nothing.
// The Redocly CLI lint runs in a child process alongside the in-process steps; any problem fails the whole run.
import { assembleFiles, type GeneratedFiles } from "./assemble.js";
import { SpecError } from "../openapi/document.js";
import { bundleSpec, SPEC_ENTRY } from "../openapi/spec.js";
import type { OpenAPIDocument } from "../openapi/json.js";
import { type LintResult, lintSpec } from "./lint-spec.js";
import { readOperations } from "./model.js";
import { openapiTypes } from "./openapi-types.js";
import { typecheckFiles } from "./typecheck.js";
import type { CompiledCache } from "./emit/validators.js";
import { validatorsCache } from "./validators-cache.js";
import { compileValidatorsAhead } from "./validators-ahead.js";

export class PipelineError extends Error {
  constructor(
    readonly step: "lint" | "bundle" | "openapi-typescript" | "post-process" | "type-check",
    message: string,
  ) {
    super(message);
    this.name = "PipelineError";
  }
}

export interface PipelineOptions {
  /** A lint already under way: entry points start it before loading the generators, so the two overlap. */
  readonly lint?: Promise<LintResult>;
  /** A bundle already under way (startBundle), for the same reason. */
  readonly bundle?: Promise<OpenAPIDocument>;
}


/** Lint, bundle, openapi-typescript and ts-morph: every file of generated/, in memory. */
export async function runPipeline(root: string, options: PipelineOptions = {}): Promise<GeneratedFiles> {
  const lint = options.lint ?? lintSpec(root);
  let files: GeneratedFiles;
  try {
    files = await generateInProcess(root, options.bundle ?? bundleSpec(root), validatorsCache(root));
  } catch (error) {
    // A broken spec fails in-process too; Redocly's report (file, line, rule) is the better message.
    await failOnLint(lint);
    throw error;
  }
  await failOnLint(lint);
  return files;
}

/** Throws when the emitted files do not compile against src/: such files must never replace generated/. */
export async function assertTypechecks(root: string, files: GeneratedFiles): Promise<void> {
  const problems = await typecheckFiles(root, files);
  if (problems.length > 0) throw new PipelineError("type-check", `The generated code does not type-check:\n${problems.join("\n")}`);
}

async function generateInProcess(root: string, bundle: Promise<OpenAPIDocument>, cache: CompiledCache | undefined): Promise<GeneratedFiles> {
  const document = await step("bundle", () => bundle);
  // The one model of the document every later step reads (built before openapi-typescript, so a spec the client
  // cannot express fails in milliseconds).
  const operations = await step("post-process", () => readOperations(document));
  const validators = compileValidatorsAhead(root, document, operations, cache);
  const schemaText = await step("openapi-typescript", () => openapiTypes(document));
  return step("post-process", async () => assembleFiles(document, operations, schemaText, await validators));
}

async function step<T>(name: PipelineError["step"], run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    // A SpecError's message starts with its pointer into the bundled document: prefixed, it names file and place.
    const message = error instanceof SpecError ? `${SPEC_ENTRY}${error.message}` : error instanceof Error ? error.message : String(error);
    throw new PipelineError(name, message);
  }
}

async function failOnLint(lint: Promise<LintResult>): Promise<void> {
  const result = await lint;
  if (!result.ok) throw new PipelineError("lint", `Redocly lint found problems in the spec:\n${result.output}`);
}
