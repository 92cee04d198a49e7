// Each kind of spec change, made in a project copy with real git history, is rated by diff:spec as docs/releases.md's
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
  readonly version: { released?: string; bump?: string; required: string; current: string; ok: boolean };
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
    const run = await project.script("spec-diff", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const { group, ...rest } = want;
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject(rest);
    expect(report.changes[0]?.group.short).toBe(group);
    expect(report.bump).toBe(want.impact);
    // The impact is the one docs/releases.md's table (rules.ts) gives the rule.
    expect(want.impact).toBe(ruleOf(want.rules?.[0] ?? "")?.impact);
  });

  // One verdict: diff:spec once said "requires 0.3.0" (from its base's 0.2.0) while check:version accepted the
  // unreleased 0.2.0, which already covers a breaking change since release 0.1.0.
  it("names the operations that use a changed schema, and gives check:version's verdict on the version", async () => {
    await project.git("checkout", "--", "spec");
    await project.editSpec((s) => s.deleteIn([...widget, "properties", "colour"]));
    const run = await project.script("spec-diff");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("schema Widget (used by widgets.retrieve)");
    expect(run.stdout).toMatch(/major\s+removed\s+colour/);
    const released = (JSON.parse(await project.read("release/openapi.json")) as { info: { version: string } }).info.version;
    const version = /^ {2}version: (\S+)$/m.exec(await project.read("spec/openapi.yaml"))?.[1] ?? "";
    const verdict = (JSON.parse((await project.script("spec-diff", "--json")).stdout) as Report).version;
    expect(verdict).toEqual({ released, bump: "major", required: version, current: version, ok: true });
    expect(run.stdout).toContain(`1 major, 0 minor, 0 patch: this diff is rated major; the changes since release ${released} need version ${version} or later, and ${version} covers them.`);
    const check = await project.script("check-version");
    expect(check.stdout + check.stderr).not.toContain("the version must be at least");
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
    const report = JSON.parse((await project.script("spec-diff", "--json")).stdout) as Report;
    expect(report.changes.map((change) => change.where)).toEqual(["state · enum"]);
  });

  it("exits 2 with a clear message on a ref that does not exist", async () => {
    const run = await project.script("spec-diff", "no-such-ref");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"no-such-ref" is not a git ref');
  });
});
