// npm run mock: Stoplight Prism serving spec/openapi.yaml on 127.0.0.1:4010 with request validation on
// (`--errors`: an invalid request gets a 4xx naming the violation), so the client can be tried without an API key.
// Extra arguments go to `prism mock`, e.g. `npm run mock -- -p 4011` or `npm run mock -- --dynamic`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

// run.mjs sets argv[1] to this file's real path (the bundle it runs lives under node_modules/.cache).
const root = resolve(dirname(process.argv[1]!), "..");
const prismCli = join(dirname(createRequire(join(root, "package.json")).resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
const spec = join(root, "spec", "openapi.yaml");

console.log("Mock Recall API from spec/openapi.yaml. Try it: npm run demo (in another terminal). Ctrl-C stops it.");
const prism = spawn(process.execPath, [prismCli, "mock", spec, "-h", "127.0.0.1", "-p", "4010", "--errors", ...process.argv.slice(2)], { stdio: "inherit" });

// Ctrl-C reaches Prism through the terminal's process group; a SIGTERM sent to this process alone is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => prism.kill("SIGTERM"));
prism.on("error", (error) => {
  console.error(`mock: could not start Prism: ${error.message}`);
  process.exitCode = 1;
});
prism.on("exit", (code, signal) => {
  process.exitCode = code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1);
});
