// The request core's hook into response validation: decides whether anything runs, and loads the checker on the
// first success body (the checker loads each operation's validators, ~30 kB gzipped, through the operation table).
// The import's specifier is computed, so bundlers leave it out of a bundle: a client that does not validate does not
// ship it. (Kept small: it is in every bundle.)

import { RecallError, RecallValidationError } from "./errors.js";
import type { OperationInfo } from "./operation.js";
import type { Logger, ValidateResponses } from "./types.js";

export type ResponseHook = (op: OperationInfo, data: unknown, response: Response) => void | Promise<void>;

const CHECKER = "./response-check.js";

/** The hook for a client, or undefined when there is nothing to do (`off`, or `warn` without a logger to tell). */
export function responseHook(mode: ValidateResponses = "warn", logger: Logger | undefined): ResponseHook | undefined {
  if (mode !== "warn" && mode !== "strict" && mode !== "off") throw new RecallValidationError("validateResponses", "expected off, warn or strict");
  if (mode === "strict" || (mode === "warn" && logger?.warn)) {
    let checker: Promise<ResponseHook> | undefined;
    return async (op, data, response) =>
      (await (checker ??= (import(/* @vite-ignore */ CHECKER) as Promise<typeof import("./response-check.js")>).then(
        (module) => module.createResponseChecker(mode, logger),
        // Where the checker is not there to load (a bundle), strict fails every call; warn says so once and goes on.
        (error: Error) => {
          if (mode === "strict") throw new RecallError(`validateResponses: ${error.message}`);
          logger?.warn?.(`validateResponses: responses go unchecked: ${error.message}`);
          return () => {};
        },
      )))(op, data, response);
  }
}
