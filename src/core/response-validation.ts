// The request core's hook into response validation: decides whether anything runs, and loads the checker (with the
// generated validators, ~30 kB gzipped) on the first success body. The import's specifier is computed, so bundlers
// leave it out of a bundle: a client that never validates never ships it.

import { RecallError, RecallValidationError } from "./errors.js";
import type { OperationInfo } from "./operation.js";
import type { Logger } from "./types.js";

/** `off`: nothing is loaded or run. `warn` (default): bodies pass through; the logger hears each distinct issue once. `strict`: a body that breaks the spec throws APIResponseValidationError. */
export type ValidateResponses = "off" | "warn" | "strict";

export type ResponseHook = (op: OperationInfo, data: unknown, response: Response) => void | Promise<void>;

const CHECKER = "./response-check.js";

/** The hook for a client, or undefined when there is nothing to do (`off`, or `warn` without a logger to tell). */
export function responseHook(mode: ValidateResponses = "warn", logger: Logger | undefined): ResponseHook | undefined {
  if (mode === "off" || (mode === "warn" && !logger?.warn)) return undefined;
  if (mode !== "warn" && mode !== "strict") throw new RecallValidationError("validateResponses", `expected "off", "warn" or "strict", got ${JSON.stringify(mode)}`);
  let check: ReturnType<typeof import("./response-check.js").createResponseChecker> | undefined;
  let loading: Promise<unknown> | undefined;
  return (op, data, response) => {
    if (check) return check(op, data, response);
    loading ??= (import(/* @vite-ignore */ CHECKER) as Promise<typeof import("./response-check.js")>).then(
      (module) => void (check = module.createResponseChecker(mode, logger)),
      (error: Error) => error,
    );
    return loading.then((failure) => {
      if (check) return check(op, data, response);
      // In a bundle the checker is not there to load: say so once, and keep returning data in warn mode.
      if (mode === "strict") throw new RecallError(`validateResponses "strict": the validators could not be loaded (${(failure as Error).message})`);
      if (failure) logger?.warn?.(`response validation is off: the validators could not be loaded (${(failure as Error).message})`);
      loading = Promise.resolve();
    });
  };
}
