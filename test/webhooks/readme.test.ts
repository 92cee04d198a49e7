// README's webhook, waiting and downloading samples are the files in ./readme/, which `npm run typecheck` compiles:
// each must appear in README.md verbatim, its imports spelled as a user writes them.

import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const folder = new URL("./readme/", import.meta.url);
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README samples", () => {
  it.each(readdirSync(folder).filter((name) => name.endsWith(".ts")))("%s is in README.md as a ts block", (name) => {
    const sample = readFileSync(new URL(name, folder), "utf8")
      .replaceAll('"../../../src/index.js"', '"recall-recording"')
      .replaceAll('"../../../src/redis.js"', '"recall-recording/redis"');
    expect(readme).toContain(`\`\`\`ts\n${sample}\`\`\``);
  });
});
