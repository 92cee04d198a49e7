// Prism's validator is live: raw requests the client would never send are refused with the violation named.
// Without this, "Prism accepted every request" in recordings.e2e.test.ts could mean Prism checks nothing.
import { describe, expect, it } from "vitest";
import { ID } from "./client-calls.js";
import { usePrism } from "./use-prism.js";

const prism = usePrism();

interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

interface Violation {
  readonly location: string[];
  readonly code: string | number;
  readonly message: string;
}

const auth = { Authorization: "Token test-key" };
const json = { ...auth, "Content-Type": "application/json" };
const recording = `/api/v1/recording/${ID}/`;

/** Prism names violations in `sl-violations` when the spec has a 4xx to answer with, else in its own 422 body. */
async function send(request: RawRequest): Promise<{ status: number; violations: Violation[] }> {
  const { method, path, headers, body } = request;
  const response = await fetch(`${prism().url}${path}`, { method, headers, body });
  const header = response.headers.get("sl-violations");
  const text = await response.text();
  if (header) return { status: response.status, violations: JSON.parse(header) as Violation[] };
  const parsed = text === "" ? {} : (JSON.parse(text) as { validation?: Violation[] });
  return { status: response.status, violations: parsed.validation ?? [] };
}

describe("Prism refuses malformed requests", () => {
  it.each<[string, { given: RawRequest; want: { status: number; location: string[]; code: string | number } }]>([
    ["a metadata value that is not a string", {
      given: { method: "PATCH", path: recording, headers: json, body: '{"metadata":{"k":1}}' },
      want: { status: 400, location: ["request", "body", "metadata", "k"], code: "type" },
    }],
    ["a body field the spec does not allow", {
      given: { method: "PATCH", path: recording, headers: json, body: '{"metadata":{},"status":"done"}' },
      want: { status: 400, location: ["request", "body"], code: "additionalProperties" },
    }],
    ["a PATCH with no body", {
      given: { method: "PATCH", path: recording, headers: auth },
      want: { status: 400, location: ["request"], code: "required" },
    }],
    ["an id that is not a UUID", {
      given: { method: "GET", path: "/api/v1/recording/not-a-uuid/", headers: auth },
      want: { status: 422, location: ["path", "id"], code: "format" },
    }],
    ["a bot_id filter that is not a UUID", {
      given: { method: "GET", path: "/api/v1/recording/?bot_id=42", headers: auth },
      want: { status: 400, location: ["request", "query", "bot_id"], code: "format" },
    }],
    ["the status_code filter `deleted`", {
      given: { method: "GET", path: "/api/v1/recording/?status_code=deleted", headers: auth },
      want: { status: 400, location: ["request", "query", "status_code"], code: "enum" },
    }],
    ["no Authorization header", {
      given: { method: "DELETE", path: recording },
      want: { status: 401, location: ["request"], code: 401 },
    }],
  ])("%s", async (_, { given, want }) => {
    const { status, violations } = await send(given);
    expect(status).toBe(want.status);
    expect(violations).toContainEqual(expect.objectContaining({ location: want.location, code: want.code }));
  });

  it("accepts the well-formed twin of those requests (the control)", async () => {
    const answers = await Promise.all([
      send({ method: "PATCH", path: recording, headers: json, body: '{"metadata":{"k":"1"}}' }),
      send({ method: "GET", path: `/api/v1/recording/?bot_id=${ID}&status_code=done`, headers: auth }),
      send({ method: "DELETE", path: recording, headers: auth }),
    ]);
    expect(answers).toEqual([
      { status: 200, violations: [] },
      { status: 200, violations: [] },
      { status: 204, violations: [] },
    ]);
  });
});
