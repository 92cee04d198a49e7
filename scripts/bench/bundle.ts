// Bundle cost: a minimal consumer of our client against one of openapi-fetch alone, each bundled by esbuild
// (minified, browser) and gzipped. The difference is what our runtime and generated code add.
import { build } from "esbuild";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFigures {
  /** Gzipped bytes. */
  readonly openapiFetch: number;
  readonly ours: number;
}

const CONSUMERS = {
  openapiFetch: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://us-east-1.recall.ai", headers: { Authorization: "Token k" } });
client.PATCH("/api/v1/recording/{id}/", { params: { path: { id: "x" } }, body: { metadata: { a: "b" } } }).then(console.log);`,
  ours: `import { createRecallClient } from "./src/index.ts";
const recall = createRecallClient({ apiKey: "k" });
recall.recordings.update("5a7062f3-bd54-4838-b296-df84f85c7b92", { metadata: { a: "b" } }).then(console.log);`,
};

export async function benchBundle(root: string): Promise<BundleFigures> {
  const sizes: Record<string, number> = {};
  for (const [name, contents] of Object.entries(CONSUMERS)) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: "ts", sourcefile: join(root, `${name}-consumer.ts`) },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "error",
    });
    const code = result.outputFiles[0]?.contents;
    if (!code) throw new Error(`esbuild produced nothing for ${name}`);
    sizes[name] = gzipSync(code, { level: 9 }).length;
  }
  return { openapiFetch: sizes.openapiFetch ?? 0, ours: sizes.ours ?? 0 };
}
