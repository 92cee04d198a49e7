// `npm run docs` renders spec/ into one HTML page that works offline and shows, in headless Chromium,
// every operation with its rate limit and every region. Runs in a throwaway copy of the project.
import { cp, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnCommand, type Ran } from "../support/run-command.js";
import { chromiumUnavailable } from "./chromium.js";
import { openReference, showOperation, showServerVariables, type ExternalRequest, type OpenedReference } from "./reference-page.js";
import { bundledSpec, isObject, repoRoot, type Json } from "../spec/spec-bundle.js";

interface Operation {
  readonly summary: string;
  readonly tag: string;
  /** Requests per minute, from `x-throttles`. */
  readonly perMinute: number;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function specOperations(): Operation[] {
  const paths = bundledSpec().paths;
  if (!isObject(paths)) throw new Error("the bundled spec has no paths");
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(isObject(item) ? item : {}).flatMap(([method, op]) => {
      if (!METHODS.includes(method) || !isObject(op)) return [];
      const where = `${method.toUpperCase()} ${path}`;
      const throttles = op["x-throttles"];
      const limit = Array.isArray(throttles) ? throttles[0] : undefined;
      const tag = Array.isArray(op.tags) ? op.tags[0] : undefined;
      if (typeof op.summary !== "string" || typeof tag !== "string" || !isObject(limit)) throw new Error(`${where}: needs a summary, a tag and x-throttles`);
      if (typeof limit.limit !== "number" || limit.period !== "min") throw new Error(`${where}: x-throttles is not a per-minute limit`);
      return [{ summary: op.summary, tag, perMinute: limit.limit }];
    }),
  );
}

function specRegions(): string[] {
  const servers = bundledSpec().servers;
  const server: Json | undefined = Array.isArray(servers) ? servers[0] : undefined;
  const variables = isObject(server) ? server.variables : undefined;
  const region = isObject(variables) ? variables.region : undefined;
  const values = isObject(region) ? region.enum : undefined;
  if (!Array.isArray(values) || !values.every((v) => typeof v === "string")) throw new Error("servers[0] has no region enum");
  return values;
}

const operations = specOperations();
const regions = specRegions();

// The one request Redoc 3 makes off the page: its sidebar logo, an <img> hard-coded to Redocly's CDN that
// hides itself when it fails to load (no option turns it off: https://redocly.com/docs/cli/commands/build-docs).
const isRedoclyLogo = (request: ExternalRequest): boolean => request.type === "image" && /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/.test(request.url);

/** npm's own variables point npm back at this checkout; without them it runs in `cwd`'s project. */
const npmFreeEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== "INIT_CWD"));

if (chromiumUnavailable) console.warn(`test/docs/reference.e2e.test.ts skipped: ${chromiumUnavailable}`);

describe.skipIf(chromiumUnavailable !== undefined)("npm run docs", () => {
  let project = "";
  let run: Ran = { code: -1, stdout: "", stderr: "" };
  let html = "";
  let reference: OpenedReference | undefined;
  const opened = (): OpenedReference => {
    if (!reference) throw new Error("the reference page was not opened");
    return reference;
  };

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), "recall-docs-"));
    await Promise.all(["spec", "redocly.yaml", "package.json"].map((entry) => cp(join(repoRoot, entry), join(project, entry), { recursive: true })));
    await symlink(join(repoRoot, "node_modules"), join(project, "node_modules"), "dir");
    run = await spawnCommand("npm", ["run", "docs"], { cwd: project, env: { ...npmFreeEnv(), NO_COLOR: "1" } });
    if (run.code !== 0) throw new Error(`npm run docs exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
    html = await readFile(join(project, "docs", "reference.html"), "utf8");
    reference = await openReference(join(project, "docs", "reference.html"));
  });

  afterAll(async () => {
    await reference?.close();
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("writes docs/reference.html, titled from the spec", async () => {
    expect(run.stdout + run.stderr).toMatch(/bundled successfully in: docs\/reference\.html/);
    await expect.poll(() => opened().page.title(), { timeout: 15_000 }).toBe("Recall.ai Recording API");
  });

  it("inlines Redoc: no script, stylesheet or module is loaded from a URL, and telemetry is off", () => {
    expect(html.match(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]*/gi) ?? []).toEqual([]);
    expect(html.match(/\bimport\s*(?:[^;]*?\bfrom\s*)?\(?\s*["'](?:https?:)?\/\/[^"']*/g) ?? []).toEqual([]);
    expect(html.match(/__redoc_options = (\{.*\});/)?.[1], "the page's Redoc options").toContain('"disableTelemetry":true');
  });

  it("reads operations from the spec", () => {
    expect(operations.map((op) => op.summary)).toHaveLength(new Set(operations.map((op) => op.summary)).size);
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations.map((op) => [op.summary, op] as const))("shows %s with its rate limit", async (_summary, op) => {
    const { page } = opened();
    const { section, heading } = await showOperation(page, op.tag, op.summary);
    // Redoc scrolls smoothly after the click: wait for the state rather than read it once (a loaded machine scrolls late).
    const inView = async (): Promise<boolean> => {
      const [box, viewport] = [await heading.boundingBox(), page.viewportSize()];
      return Boolean(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height);
    };
    await expect.poll(inView, { message: "the heading is scrolled into view", timeout: 15_000 }).toBe(true);
    await expect.poll(() => section.innerText(), { timeout: 15_000 }).toContain(`rate limited to: ${op.perMinute} requests per min`);
  });

  it(`shows the regions ${regions.join(", ")} in the Servers panel`, async () => {
    const panel = await showServerVariables(opened().page);
    for (const region of regions) await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toContain(region);
  });

  // Last, so it sees every request the page made while the tests above clicked through it.
  it("fetches nothing from outside the file but Redocly's sidebar logo, and throws no page error", () => {
    const { external, pageErrors } = opened();
    expect(external.filter((request) => !isRedoclyLogo(request))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
