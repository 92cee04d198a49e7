// Gives a test file one Prism on the spec for all its tests: started in beforeAll, stopped in afterAll.
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { repoRoot } from "../spec/spec-bundle.js";
import { type Prism, startPrism } from "./prism.js";

/** Prism reads the split spec itself, $refs and all, exactly as `npm run mock` serves it. */
export const specEntry = join(repoRoot, "spec", "openapi.yaml");

/** Returns a getter: the running Prism, available inside tests (after beforeAll). */
export function usePrism(): () => Prism {
  let prism: Prism | undefined;
  beforeAll(async () => {
    prism = await startPrism(specEntry);
  });
  afterAll(async () => {
    await prism?.stop();
  });
  return () => {
    if (prism === undefined) throw new Error("Prism is not running (beforeAll failed?)");
    return prism;
  };
}
