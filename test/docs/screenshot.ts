// Renders the API reference (npm run docs) and saves README's docs/reference.png: the Update Recording operation,
// the page the spec is curated from, as a reader sees it in a 1280x900 window. Not a test: it shares the docs test's
// browser, so it lives beside it. Run: node scripts/run.mjs test/docs/screenshot.ts
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { openReference, showOperation } from "./reference-page.js";

// Like the other entry points: npm runs scripts from the project root.
const root = resolve(process.cwd());
const docs = spawnSync("npm", ["run", "docs", "--silent"], { cwd: root, stdio: "inherit" });
if (docs.status !== 0) process.exit(docs.status ?? 1);

const out = join(root, "docs", "reference.png");
const reference = await openReference(join(root, "docs", "reference.html"));
try {
  const { page } = reference;
  await showOperation(page, "Recording", "Update Recording");
  // Let the section's lazily mounted panels (request, responses, samples) settle before the capture.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await reference.close();
}
