// node scripts/run.mjs scripts/pipeline/validators-process.ts <inputs.json> <out.ts>: compiles generated/validators.ts
// from what Ajv is given (validatorInputs, as JSON) in a process of its own; see validators-ahead.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { type AjvInputs, compileValidators } from "./emit/validators.js";

const [inputsPath, outPath] = process.argv.slice(2);
if (!inputsPath || !outPath) {
  console.error("usage: node scripts/run.mjs scripts/pipeline/validators-process.ts <inputs.json> <out.ts>");
  process.exit(2);
}
writeFileSync(outPath, compileValidators(JSON.parse(readFileSync(inputsPath, "utf8")) as AjvInputs));
