// Recall's `x-throttles` extension, read into the runtime table's `rateLimits`, on small inline specs.
import { describe, expect, it } from "vitest";
import { readOperations } from "../../scripts/pipeline/model.js";

function specWith(throttles: unknown) {
  return {
    openapi: "3.1.0",
    paths: {
      "/api/v1/bot/{id}/": {
        get: {
          operationId: "bot_retrieve",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
          ...(throttles === undefined ? {} : { "x-throttles": throttles }),
        },
      },
    },
  };
}

const cases: [string, { given: unknown; want: unknown }][] = [
  ["none means no client-side limit", { given: undefined, want: undefined }],
  ["a per-minute workspace limit", { given: [{ scope_key: "workspace_id", limit: 60, period: "min" }], want: [{ limit: 60, per: 60, scope: "workspace_id" }] }],
  [
    "every entry is kept, each period in seconds",
    {
      given: [
        { scope_key: "bot_id", limit: 5, period: "sec" },
        { scope_key: "workspace_id", limit: 1000, period: "hour" },
        { scope_key: "workspace_id", limit: 9000, period: "day" },
      ],
      want: [
        { limit: 5, per: 1, scope: "bot_id" },
        { limit: 1000, per: 3600, scope: "workspace_id" },
        { limit: 9000, per: 86400, scope: "workspace_id" },
      ],
    },
  ],
  ["an object instead of a list is refused", { given: { scope_key: "workspace_id", limit: 60, period: "min" }, want: /bot_retrieve: x-throttles must be a non-empty list/ }],
  ["an empty list is refused", { given: [], want: /bot_retrieve: x-throttles must be a non-empty list/ }],
  ["an unknown period is refused", { given: [{ scope_key: "workspace_id", limit: 60, period: "minute" }], want: /bot_retrieve: x-throttles\[0\] is .*"minute"/ }],
  ["a zero limit is refused", { given: [{ scope_key: "workspace_id", limit: 0, period: "min" }], want: /bot_retrieve: x-throttles\[0\]/ }],
  ["the old x-rate-limit shape is refused", { given: [{ limit: 60, per: 60, scope: "workspace" }], want: /bot_retrieve: x-throttles\[0\] is/ }],
  [
    "the malformed entry is the one named",
    { given: [{ scope_key: "workspace_id", limit: 60, period: "min" }, { scope_key: "bot", limit: 5, period: "min" }], want: /bot_retrieve: x-throttles\[1\] is \{"scope_key":"bot"/ },
  ],
];

describe("x-throttles", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const read = () => readOperations(specWith(given))[0]?.info.rateLimits;
    if (want instanceof RegExp) expect(read).toThrow(want);
    else expect(read()).toEqual(want);
  });
});
