// Every error status the spec documents, served by Prism (`Prefer: code=N`) to a valid request:
// the client throws the error class for that status, carrying a body valid against the declared schema.
import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "../../src/index.js";
import { calls, contractClient, documentedErrors } from "./client-calls.js";
import { schemaErrors } from "./spec-schemas.js";
import { usePrism } from "./use-prism.js";

const prism = usePrism();

const errorClass: Record<number, abstract new (...args: never[]) => APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

const cases = documentedErrors().map((r) => [`${r.operationId} ${r.status}`, r] as const);

describe("documented error responses", () => {
  it("the spec documents errors for every operation", () => {
    expect(new Set(cases.map(([, r]) => r.operationId))).toEqual(new Set(Object.keys(calls)));
  });

  it.each(cases)("%s", async (_, { operationId, status, jsonSchema }) => {
    const { recall, exchanges } = contractClient(prism().url, `code=${status}`);
    const error = await calls[operationId](recall).then(
      () => undefined,
      (e: unknown) => e,
    );
    // The request itself was valid: Prism served the status because we asked for it, not over a violation.
    expect(exchanges.map((e) => ({ status: e.status, violations: e.violations }))).toEqual([{ status, violations: [] }]);
    expect(error).toBeInstanceOf(errorClass[status] ?? (status >= 500 ? InternalServerError : APIError));
    const apiError = error as APIError;
    expect(apiError.status).toBe(status);
    if (jsonSchema !== undefined) expect(schemaErrors(jsonSchema, apiError.body)).toEqual([]);
    if (apiError instanceof RateLimitError) expect(apiError.retryAfter).toBe(Number(apiError.headers.get("retry-after")));
  });
});
