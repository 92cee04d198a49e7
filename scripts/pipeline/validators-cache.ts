// Keeps compiled validators (the slowest step: Ajv's code generation, 30 s on GitHub's description) by the content of
// what Ajv is given, the generator's own code (scripts/) and the lockfile, so a spec edit that changes no response
// schema compiles nothing again. Kept under node_modules/.cache (never in git); not used with CI set, where every
// generation compiles from scratch.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { CompiledCache } from "./emit/validators.js";
import { cacheUsable } from "./check-cache.js";
import { byCodeUnit } from "../openapi/keys.js";

export function validatorsCache(root: string, env: NodeJS.ProcessEnv = process.env): CompiledCache | undefined {
  if (!cacheUsable(env)) return undefined;
  const dir = join(root, "node_modules", ".cache", "recall-recording", "validators");
  let generator: string | undefined;
  const keyOf = (inputs: unknown): string => {
    generator ??= generatorHash(root);
    return createHash("sha256").update(generator).update(JSON.stringify(inputs)).digest("hex");
  };
  return {
    read: (inputs) => {
      try {
        return readFileSync(join(dir, `${keyOf(inputs)}.ts`), "utf8");
      } catch {
        return undefined;
      }
    },
    write: (inputs, text) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${keyOf(inputs)}.ts`), text);
    },
  };
}

/** Every file of scripts/ and the lockfile (Ajv's version), hashed in a fixed order. */
function generatorHash(root: string): string {
  const hash = createHash("sha256").update(process.version);
  const files = readdirSync(join(root, "scripts"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
  for (const path of [...files.sort(byCodeUnit), "package-lock.json"]) {
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      bytes = undefined;
    }
    hash.update(`${path}\0${bytes?.length ?? "absent"}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest("hex");
}
