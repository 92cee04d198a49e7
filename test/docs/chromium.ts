// Headless Chromium from the npm registry, so the docs test needs no system browser: @sparticuz/chromium ships a
// Linux x64 build, its fonts and the NSS libraries it links, brotli-packed. Unpacked once, with the package's own
// unpacker, into node_modules/.cache/recall-recording/chromium-<version>/.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { run } from "../support/run-command.js";
import { cacheRoot } from "../support/toolchains.js";

/** Why Chromium cannot run here (the package holds only a Linux x64 build), or undefined when it can. */
export const chromiumUnavailable: string | undefined =
  process.platform === "linux" && process.arch === "x64"
    ? undefined
    : `@sparticuz/chromium ships a Linux x64 Chromium only; this is ${process.platform} ${process.arch}`;

export interface ChromiumInstall {
  readonly executablePath: string;
  /** What the browser process needs in its environment: the bundled libraries and a fontconfig naming the bundled fonts. */
  readonly env: Record<string, string>;
}

/** The folder of the package's own package.json, above wherever its entry point sits (build/, build/cjs/, ...). */
function packageRoot(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "@sparticuz/chromium") return dir;
  }
  throw new Error(`no package.json of @sparticuz/chromium above ${entry}`);
}

const packageDir = packageRoot(createRequire(import.meta.url).resolve("@sparticuz/chromium"));
const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };

// The package unpacks into os.tmpdir() (one shared /tmp/chromium for every version); TMPDIR points it at our folder.
// al2023.tar.br (libnss3, libnspr4, libexpat) is unpacked everywhere, not only on Amazon Linux: a bare Debian lacks them.
// The package does not export its unpacker (inflate), so it is imported from its file: argv[2] names it.
const UNPACK = `
import chromium from "@sparticuz/chromium";
const { inflate } = await import(process.argv[2]);
await chromium.executablePath();
await inflate(process.argv[1]);
`;

// Its fonts.conf names /tmp/fonts; ours names the fonts where they were unpacked (without fonts, pages render blank).
const fontsConf = (dir: string): string =>
  `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, "fonts", "fonts")}</dir><cachedir>${join(dir, "fonts-cache")}</cachedir></fontconfig>\n`;

let unpacked: Promise<ChromiumInstall> | undefined;

/** Unpacks Chromium on first use (a few seconds), into a scratch folder renamed into place so an interrupted run leaves nothing half-done. */
export function chromiumInstall(): Promise<ChromiumInstall> {
  unpacked ??= (async () => {
    if (chromiumUnavailable) throw new Error(chromiumUnavailable);
    const target = join(cacheRoot, `chromium-${version}`);
    if (!existsSync(join(target, "fonts.conf"))) {
      await mkdir(cacheRoot, { recursive: true });
      const scratch = await mkdtemp(join(cacheRoot, ".chromium-"));
      try {
        await run(process.execPath, ["--input-type=module", "-e", UNPACK, join(packageDir, "bin", "al2023.tar.br"), pathToFileURL(join(packageDir, "build", "esm", "lambdafs.js")).href], {
          cwd: packageDir,
          env: { ...process.env, TMPDIR: scratch },
        });
        await writeFile(join(scratch, "fonts.conf"), fontsConf(target));
        await rm(target, { recursive: true, force: true });
        await rename(scratch, target);
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    }
    return {
      executablePath: join(target, "chromium"),
      env: { LD_LIBRARY_PATH: join(target, "al2023", "lib"), FONTCONFIG_FILE: join(target, "fonts.conf") },
    };
  })();
  return unpacked;
}
