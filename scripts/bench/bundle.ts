// Bundle cost: a minimal consumer of our client against one of openapi-fetch alone, each bundled by esbuild
// (minified, browser) and gzipped. The difference is what our runtime and generated code add.
import { type BuildOptions, build, transform } from "esbuild";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleFigures {
  /** Gzipped bytes. */
  readonly openapiFetch: number;
  readonly ours: number;
  /** The same consumer with `validateResponses: "off"`. */
  readonly oursValidationOff: number;
  /** What each module of our consumer's bundle costs: gzipped bytes of the bundle minus the bundle without it. */
  readonly byModule: Readonly<Record<string, number>>;
}

const CONSUMERS = {
  openapiFetch: `import createClient from "openapi-fetch";
const client = createClient({ baseUrl: "https://us-east-1.recall.ai", headers: { Authorization: "Token k" } });
client.PATCH("/api/v1/recording/{id}/", { params: { path: { id: "x" } }, body: { metadata: { a: "b" } } }).then(console.log);`,
  ours: `import { createRecallClient } from "./src/index.ts";
const recall = createRecallClient({ apiKey: "k", region: "us-east-1" });
recall.recordings.update("5a7062f3-bd54-4838-b296-df84f85c7b92", { metadata: { a: "b" } }).then(console.log);`,
  oursValidationOff: `import { createRecallClient } from "./src/index.ts";
const recall = createRecallClient({ apiKey: "k", region: "us-east-1", validateResponses: "off" });
recall.recordings.update("5a7062f3-bd54-4838-b296-df84f85c7b92", { metadata: { a: "b" } }).then(console.log);`,
};

const OPTIONS = { bundle: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "error" } satisfies BuildOptions;

const gzipSize = (code: string | Uint8Array): number => gzipSync(code, { level: 9 }).length;

async function bundle(root: string, name: keyof typeof CONSUMERS, options: BuildOptions): Promise<string> {
  const contents = CONSUMERS[name];
  const result = await build({ ...OPTIONS, ...options, stdin: { contents, resolveDir: root, loader: "ts", sourcefile: join(root, `${name}-consumer.ts`) } });
  const code = result.outputFiles?.[0]?.text;
  if (!code) throw new Error(`esbuild produced nothing for ${name}`);
  return code;
}

export async function benchBundle(root: string): Promise<BundleFigures> {
  const openapiFetch = gzipSize(await bundle(root, "openapiFetch", { minify: true }));
  const ours = gzipSize(await bundle(root, "ours", { minify: true }));
  const oursValidationOff = gzipSize(await bundle(root, "oursValidationOff", { minify: true }));
  // Unminified whitespace keeps esbuild's "// path" line before each module, so the bundle splits into modules.
  const readable = await bundle(root, "ours", { minifyIdentifiers: true, minifySyntax: true });
  const modules = readable.split(/^(?=\/\/ \S+\.m?[jt]s\n)/m).filter((part) => part.startsWith("// "));
  const minifiedSize = async (code: string) => gzipSize((await transform(code, { minify: true, loader: "js" })).code);
  const whole = await minifiedSize(modules.join(""));
  const byModule: Record<string, number> = {};
  for (const [index, part] of modules.entries()) {
    const name = part.slice(3, part.indexOf("\n"));
    byModule[name] = whole - (await minifiedSize(modules.filter((_, other) => other !== index).join("")));
  }
  return { openapiFetch, ours, oursValidationOff, byModule };
}
