// Opens the API reference `npm run docs` renders (docs/reference.html) in headless Chromium (./chromium.ts), for
// the docs test. Every request that would leave file: is recorded and aborted.
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { chromiumInstall } from "./chromium.js";

// Without the background-networking flags Chromium dials Google's hosts at start, and this network refuses them.
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ExternalRequest {
  /** Playwright's resource type: `script`, `stylesheet`, `font`, `image`, `fetch`, ... */
  readonly type: string;
  readonly url: string;
}

export interface OpenedReference {
  readonly page: Page;
  /** Requests for anything but a file: URL, in order; each was aborted. */
  readonly external: readonly ExternalRequest[];
  /** Uncaught exceptions thrown by the page's scripts. */
  readonly pageErrors: readonly string[];
  close(): Promise<void>;
}

/** Launches Chromium (unpacking it on first use) and loads the HTML file. */
export async function openReference(htmlPath: string, viewport = { width: 1280, height: 900 }): Promise<OpenedReference> {
  const { executablePath, env } = await chromiumInstall();
  const browser: Browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, env: { ...process.env, ...env } });
  try {
    const context = await browser.newContext({ viewport });
    const external: ExternalRequest[] = [];
    await context.route(
      (url) => url.protocol !== "file:",
      (route) => {
        external.push({ type: route.request().resourceType(), url: route.request().url() });
        return route.abort();
      },
    );
    const page = await context.newPage();
    // A control that never appears fails in seconds, not at the test timeout.
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: "load" });
    return { page, external, pageErrors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Goes to an operation the way a reader does: expands its tag in the sidebar if needed, then follows the
 * operation's sidebar link. Returns the operation's section and its heading, once the heading is visible.
 */
export async function showOperation(page: Page, tag: string, summary: string): Promise<{ section: Locator; heading: Locator }> {
  const link = page.getByRole("link", { name: new RegExp(`^${escapeRegExp(summary)}`) });
  if ((await link.count()) === 0) await page.getByRole("link", { name: tag, exact: true }).click();
  await link.click();
  const heading = page.locator("h2", { hasText: new RegExp(`^${escapeRegExp(summary)}$`) });
  await heading.waitFor({ state: "visible" });
  // Redoc wraps each operation in one element carrying data-section-id; strict mode fails if that changes.
  return { section: page.locator("[data-section-id]", { has: heading }), heading };
}

/** Opens the Servers panel's variables (Redoc folds them behind "Show N variable(s)") and returns the panel. */
export async function showServerVariables(page: Page): Promise<Locator> {
  const panel = page.locator('[data-component-name="Panel/Panel"]', { has: page.getByText("Servers", { exact: true }) });
  await panel.getByText(/^Show \d+ variables?$/).click();
  await panel.getByText(/^Hide \d+ variables?$/).waitFor({ state: "visible" });
  return panel;
}
