// Compiles the response validators (Ajv's code generation: the slowest in-process step on a large description) in a
// child process started as soon as the document is bundled, so it runs on another core while openapi-typescript
// transforms the document here. What it yields is handed to the emitter as a cache hit for exactly those inputs; when
// anything goes wrong (a schema Ajv refuses, a child that cannot start) the emitter compiles in process as before,
// so errors are reported the same way, at the operation and pointer that cause them.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OpenAPIDocument } from "../openapi/json.js";
import { type AjvInputs, type CompiledCache, validatorInputs } from "./emit/validators.js";
import type { OperationModel } from "./model.js";

/**
 * Inputs (as JSON characters) below which the compile stays in process: a child costs about 0.4 s to start (Node,
 * esbuild, Ajv) and, on a busy machine, waits for a core. Measured: the project's 0.1 M characters compile in 0.4 s
 * and ran slower ahead; Recall's own definition, 0.2 M in 0.65 s; GitHub's description, 4.0 M in 4 s, ran faster.
 */
const AHEAD_MIN_INPUT = 1_000_000;

/** Starts the compile now; the cache it resolves to answers the emitter's read of the same inputs. */
export function compileValidatorsAhead(
  root: string,
  document: OpenAPIDocument,
  operations: readonly OperationModel[],
  cache: CompiledCache | undefined,
  minInput = AHEAD_MIN_INPUT,
): Promise<CompiledCache | undefined> {
  let inputs: AjvInputs;
  try {
    inputs = validatorInputs(document, operations);
  } catch {
    return Promise.resolve(cache); // the emitter meets the same problem and reports it
  }
  if (cache?.read(inputs) !== undefined) return Promise.resolve(cache);
  const key = JSON.stringify(inputs);
  if (key.length < minInput) return Promise.resolve(cache);
  const dir = mkdtempSync(join(tmpdir(), "recall-validators-"));
  const inputsPath = join(dir, "inputs.json");
  const outPath = join(dir, "validators.ts");
  // A file, not the child's stdin: this process is busy in openapi-typescript while the child reads.
  writeFileSync(inputsPath, key);
  return new Promise<CompiledCache | undefined>((resolve) => {
    const child = spawn(process.execPath, [join(root, "scripts", "run.mjs"), "scripts/pipeline/validators-process.ts", inputsPath, outPath], { cwd: root, stdio: "ignore" });
    const done = (text: string | undefined) => {
      rmSync(dir, { recursive: true, force: true });
      if (text === undefined) return resolve(cache);
      cache?.write(inputs, text);
      resolve({ read: (wanted) => (JSON.stringify(wanted) === key ? text : cache?.read(wanted)), write: (wanted, compiled) => cache?.write(wanted, compiled) });
    };
    child.on("error", () => done(undefined));
    child.on("close", (code) => done(code === 0 ? readFileSync(outPath, "utf8") : undefined));
  });
}
