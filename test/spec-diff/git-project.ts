// A throwaway project copy with its own git history (main, one commit), for the diff, version and changelog
// commands. Tests add their own small operation and schema (a "widget") instead of relying on what the
// real spec holds today, edit them, and run the real commands.
import { execFile } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseDocument } from "yaml";
import { type ProjectCopy, copyProject } from "../support/project-copy.js";
import { type Ran as RunResult, spawnCommand } from "../support/run-command.js";
import { repoRoot as REPO_ROOT } from "../spec/spec-bundle.js";

const exec = promisify(execFile);

export type Script = "spec-diff" | "check-version" | "release" | "spec-compare";

export interface GitProject extends ProjectCopy {
  git(...args: string[]): Promise<string>;
  commit(message: string): Promise<void>;
  script(script: Script, ...args: string[]): Promise<RunResult>;
  /** Edits spec/openapi.yaml as a YAML document (comments and layout of untouched parts kept). */
  editSpec(edit: (spec: ReturnType<typeof parseDocument>) => void): Promise<void>;
}

export async function gitProject(): Promise<GitProject> {
  const copy = await copyProject(REPO_ROOT);
  await Promise.all(["release", "CHANGELOG.md", "package-lock.json"].map((entry) => cp(join(REPO_ROOT, entry), join(copy.root, entry), { recursive: true })));
  await writeFile(join(copy.root, ".gitignore"), "node_modules\n");
  const git = async (...args: string[]) =>
    (await exec("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: copy.root })).stdout.trim();
  await git("init", "-q", "-b", "main");
  const project: GitProject = {
    ...copy,
    git,
    commit: async (message) => {
      await git("add", "-A");
      await git("commit", "-q", "-m", message);
    },
    script: (script, ...args) => runNode(copy.root, [join(copy.root, "scripts/run.mjs"), `scripts/${script}.ts`, ...args]),
    editSpec: async (edit) => {
      const document = parseDocument(await copy.read("spec/openapi.yaml"));
      edit(document);
      await copy.write("spec/openapi.yaml", document.toString());
    },
  };
  await project.commit("the project as copied");
  return project;
}

/** Runs node in `cwd` as `npm run` would, with NO_COLOR set unless `env` says otherwise. */
export function runNode(cwd: string, args: string[], env: Record<string, string> = { NO_COLOR: "1" }): Promise<RunResult> {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...base } = process.env;
  return spawnCommand(process.execPath, args, { cwd, env: { ...base, ...env } });
}

/** The test's own operation, schema and webhook: GET /api/v1/widget/{id}/ (widgets.retrieve) returning a Widget; webhook test.widget. */
export const WIDGET_PATH = "/api/v1/widget/{id}/";

export function addWidget(spec: ReturnType<typeof parseDocument>): void {
  spec.setIn(["paths", WIDGET_PATH], {
    get: {
      operationId: "widget_retrieve",
      summary: "Retrieve Widget",
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" } },
        { name: "expand", in: "query", required: false, schema: { type: "string" } },
      ],
      responses: { "200": { description: "The widget.", content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } } } },
    },
    patch: {
      operationId: "widget_partial_update",
      summary: "Update Widget",
      requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/WidgetUpdate" } } } },
      responses: { "200": { description: "The widget." } },
    },
  });
  spec.setIn(["components", "schemas", "WidgetUpdate"], { type: "object", properties: { name: { type: "string" } } });
  spec.setIn(["webhooks", "test.widget"], {
    post: {
      operationId: "widget_webhook",
      summary: "Widget changed",
      requestBody: {
        content: {
          "application/json": { schema: { type: "object", required: ["state"], properties: { state: { type: "string", enum: ["on", "off"] } } } },
        },
      },
      responses: { "200": { description: "Received." } },
    },
  });
  spec.setIn(["components", "schemas", "Widget"], {
    type: "object",
    required: ["id", "state"],
    properties: {
      id: { type: "string" },
      state: { type: "string", enum: ["on", "off"] },
      label: { type: "string", description: "The widget's label." },
      colour: { type: "string" },
    },
  });
}
