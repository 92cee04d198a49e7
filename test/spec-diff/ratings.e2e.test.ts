// Each kind of spec change, made in a project copy with real git history, is rated by diff:spec as README's
// "Rule ratings" table says, in the group (client method or schema) a reader looks for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleOf } from "../../scripts/spec-diff/rules.js";
import { type GitProject, WIDGET_PATH, addWidget, gitProject } from "./git-project.js";

interface Change {
  readonly group: { readonly title: string; readonly short: string };
  readonly where: string;
  readonly kind: string;
  readonly impact: string;
  readonly rules: string[];
  readonly message: string;
}
interface Report {
  readonly changes: Change[];
  readonly bump?: string;
  readonly baseVersion: string;
  readonly next: string;
}

type Edit = Parameters<GitProject["editSpec"]>[0];
const op = ["paths", WIDGET_PATH, "get"];
const widget = ["components", "schemas", "Widget"];

const cases: [string, { edit: Edit; want: Partial<Omit<Change, "group">> & { group: string } }][] = [
  [
    "a response field removed",
    { edit: (s) => s.deleteIn([...widget, "properties", "colour"]), want: { group: "Widget", where: "colour", kind: "removed", impact: "major", rules: ["property-removed"] } },
  ],
  [
    "a response field made nullable",
    { edit: (s) => s.setIn([...widget, "properties", "label", "type"], ["string", "null"]), want: { group: "Widget", where: "label · type", impact: "major", rules: ["schema-type-changed"] } },
  ],
  [
    "a response enum value added",
    { edit: (s) => s.setIn([...widget, "properties", "state", "enum"], ["on", "off", "broken"]), want: { group: "Widget", where: "state · enum", impact: "major", rules: ["enum-values-added"] } },
  ],
  [
    "an operation added",
    {
      edit: (s) =>
        s.setIn(["paths", "/api/v1/widget/"], { post: { operationId: "widget_create", summary: "Create Widget", responses: { "201": { description: "Created." } } } }),
      want: { group: "widgets.create", where: "", kind: "added", impact: "minor", rules: ["recall-added"], message: "New method widgets.create." },
    },
  ],
  [
    "a description changed",
    { edit: (s) => s.setIn([...widget, "properties", "label", "description"], "What the widget is called."), want: { group: "Widget", where: "label · description", impact: "patch", rules: ["recall-documentation"] } },
  ],
  [
    "an optional response field added",
    { edit: (s) => s.setIn([...widget, "properties", "size"], { type: "integer" }), want: { group: "Widget", where: "size", kind: "added", impact: "minor", rules: ["recall-added"] } },
  ],
  [
    "a query parameter removed (not read as the next one renamed)",
    { edit: (s) => s.deleteIn([...op, "parameters", 1]), want: { group: "widgets.retrieve", where: "query parameter expand", kind: "removed", impact: "major", rules: ["parameter-removed"] } },
  ],
  [
    "a method renamed with x-sdk-method",
    { edit: (s) => s.setIn([...op, "x-sdk-method"], { name: "fetch" }), want: { group: "widgets.fetch", impact: "major", rules: ["recall-method-renamed"], message: "Method widgets.retrieve is now widgets.fetch." } },
  ],
  [
    "a webhook payload enum value added (the user's handler receives it, as a response)",
    {
      edit: (s) => s.setIn(["webhooks", "test.widget", "post", "requestBody", "content", "application/json", "schema", "properties", "state", "enum"], ["on", "off", "broken"]),
      want: { group: "webhook test.widget", where: "payload · state · enum", impact: "major", rules: ["enum-values-added"] },
    },
  ],
  [
    "a request property made readOnly (it leaves the request type)",
    {
      edit: (s) => s.setIn(["components", "schemas", "WidgetUpdate", "properties", "name", "readOnly"], true),
      want: { group: "WidgetUpdate", where: "name · readOnly", impact: "major", rules: ["recall-read-only-added"] },
    },
  ],
  [
    "a response-only property made readOnly (no request type changes)",
    { edit: (s) => s.setIn([...widget, "properties", "id", "readOnly"], true), want: { group: "Widget", where: "id · readOnly", impact: "patch", rules: ["recall-other"] } },
  ],
  [
    "the rate limit changed",
    { edit: (s) => s.setIn([...op, "x-rate-limit"], { limit: 10, per: 60, scope: "workspace" }), want: { group: "widgets.retrieve", impact: "patch", rules: ["recall-rate-limit-changed"] } },
  ],
];

let project: GitProject;
beforeAll(async () => {
  project = await gitProject();
  await project.editSpec(addWidget);
  await project.commit("widget");
});
afterAll(() => project?.remove());

describe("diff:spec rates each change", () => {
  it.each(cases)("%s", async (_name, { edit, want }) => {
    await project.git("checkout", "--", "spec");
    await project.editSpec(edit);
    const run = await project.script("diff-spec", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const { group, ...rest } = want;
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject(rest);
    expect(report.changes[0]?.group.short).toBe(group);
    expect(report.bump).toBe(want.impact);
    // The impact is the one README's table (rules.ts) gives the rule.
    expect(want.impact).toBe(ruleOf(want.rules?.[0] ?? "")?.impact);
  });

  it("names the operations that use a changed schema, and prints the bump with the next version", async () => {
    await project.git("checkout", "--", "spec");
    await project.editSpec((s) => s.deleteIn([...widget, "properties", "colour"]));
    const run = await project.script("diff-spec");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("schema Widget (used by widgets.retrieve)");
    expect(run.stdout).toMatch(/major\s+removed\s+colour/);
    const version = /version (\d+\.\d+\.\d+), to working tree/.exec(run.stdout)?.[1] ?? "";
    const [major, minor] = version.split(".").map(Number);
    // A breaking change: the next major, or below 1.0.0 the next minor.
    const next = major === 0 ? `0.${(minor ?? 0) + 1}.0` : `${(major ?? 0) + 1}.0.0`;
    expect(run.stdout).toContain(`1 major, 0 minor, 0 patch: requires a major bump: next version ${next}`);
  });

  it("compares a branch with its merge-base with main by default", async () => {
    await project.git("checkout", "--", "spec");
    await project.git("checkout", "-q", "-b", "feature");
    await project.editSpec((s) => s.setIn([...widget, "properties", "state", "enum"], ["on", "off", "broken"]));
    await project.commit("state broken");
    // main moves on after the branch point; its change must not show up as the branch's.
    await project.git("checkout", "-q", "main");
    await project.editSpec((s) => s.setIn([...widget, "properties", "size"], { type: "integer" }));
    await project.commit("size on main");
    await project.git("checkout", "-q", "feature");
    const report = JSON.parse((await project.script("diff-spec", "--json")).stdout) as Report;
    expect(report.changes.map((change) => change.where)).toEqual(["state · enum"]);
  });

  it("exits 2 with a clear message on a ref that does not exist", async () => {
    const run = await project.script("diff-spec", "no-such-ref");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"no-such-ref" is not a git ref');
  });
});
