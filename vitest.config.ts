import { defineConfig } from "vitest/config";

// Two suites: `npm test` runs "unit" (fast, needs nothing but npm ci); `npm run test:e2e` runs "e2e" (*.e2e.test.ts:
// whole commands in project copies, the packed package, Chromium, Prism, Redis and other Node versions). CI runs both.
// The *.test-d.ts files hold only types: `npm run typecheck` (tsc -p tsconfig.json, in npm test) checks them, so
// vitest's own typecheck mode, a second tsc over the same files, stays off.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/**/*.e2e.test.ts", "**/node_modules/**"],
          // Files share each worker's modules: TypeScript, ts-morph and the generated code load once per worker, not
          // once per file, which halves the suite's CPU time (39 s to 20 s measured). The files keep no state between
          // them that another reads; they pass in shuffled order too (--sequence.shuffle.files).
          isolate: false,
        },
      },
      { extends: true, test: { name: "e2e", include: ["test/**/*.e2e.test.ts"] } },
    ],
  },
});
