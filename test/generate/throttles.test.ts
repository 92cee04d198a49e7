// Recall's `x-throttles` extension, read into the runtime table's `rateLimits`, on small inline specs.
import { describe, expect, it } from "vitest";
import { readOperations } from "../../scripts/pipeline/model.js";

function specWith(throttles: unknown, path = "/api/v1/bot/{id}/") {
  return {
    openapi: "3.1.0",
    paths: {
      [path]: {
        get: {
          operationId: "bot_retrieve",
          // The paths below vary; the name is not what these cases are about.
          "x-sdk-method": { resource: "bots", name: "retrieve" },
          parameters: [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } })),
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
        { limit: 5, per: 1, scope: "bot_id", param: "id" },
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

const perBot = [{ scope_key: "bot_id", limit: 5, period: "min" }];
const scoped: [string, { path: string; want: string | undefined }][] = [
  ["the bot's own path counts per bot id", { path: "/api/v1/bot/{id}/", want: "id" }],
  ["an item action of the bot counts per bot id", { path: "/api/v1/bot/{id}/leave_call/", want: "id" }],
  ["a plural path segment is the same resource", { path: "/api/v2/bots/{bot}/", want: "bot" }],
  ["a parameter named after the scope counts per its value", { path: "/api/v1/recording/{recording_id}/bot/{bot_id}/", want: "bot_id" }],
  ["a recording's path cannot see its bot: one budget per key", { path: "/api/v1/recording/{id}/create_transcript/", want: undefined }],
  ["a list names no bot: one budget per key", { path: "/api/v1/bot/", want: undefined }],
];

describe("the parameter a scoped limit counts by", () => {
  it.each(scoped)("%s", (_name, { path, want }) => {
    const [limit] = readOperations(specWith(perBot, path))[0]?.info.rateLimits ?? [];
    expect(limit?.param).toBe(want);
  });

  it("is never taken for the workspace", () => {
    const [limit] = readOperations(specWith([{ scope_key: "workspace_id", limit: 5, period: "min" }], "/api/v1/workspace/{id}/"))[0]?.info.rateLimits ?? [];
    expect(limit).toEqual({ limit: 5, per: 60, scope: "workspace_id" });
  });
});
