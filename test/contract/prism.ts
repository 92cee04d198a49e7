// Runs the pinned Stoplight Prism mock server on a free 127.0.0.1 port, validating every request against the spec.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

const prismCli = join(dirname(createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
const READY = /Prism is listening on (http:\/\/\S+)/;

export interface Prism {
  /** Origin Prism answers on, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Process id of Prism, also the id of its process group. */
  readonly pid: number;
  /** Everything Prism has printed so far (stdout and stderr interleaved). */
  output(): string;
  /** Ends Prism's whole process group and waits for it to exit. */
  stop(): Promise<void>;
}

export interface PrismOptions {
  /** Milliseconds to wait for the "listening" line before giving up (default 30 000). */
  readyTimeout?: number;
}

/** A port nobody holds right now, picked by the OS. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address from listen(0)");
  return address.port;
}

/**
 * `prism mock <spec> --errors`: an invalid request gets a 4xx naming its violations instead of a mock answer.
 * Resolves once Prism prints that it is listening; rejects with Prism's output if it exits or times out first.
 */
export async function startPrism(spec: string, options: PrismOptions = {}): Promise<Prism> {
  // freePort() closes its probe before Prism binds, so another process may take the port in between: retry then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(spec, await freePort(), options.readyTimeout ?? 30_000);
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(spec: string, port: number, timeout: number): Promise<Prism> {
  // detached: Prism leads its own process group, so stop() reaches anything it forks.
  const child = spawn(process.execPath, [prismCli, "mock", spec, "-h", "127.0.0.1", "-p", String(port), "--errors"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  // "close", not "exit": by then stdout and stderr are drained, so the output shown on failure is complete.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Prism printed no "listening" line within ${timeout} ms`)), timeout);
      const check = (): void => {
        const match = READY.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("close", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited before listening (code ${code}, signal ${signal})`));
      });
    });
    return { url, pid: child.pid!, output: () => output, stop: () => stopGroup(child, exited) };
  } catch (error) {
    await stopGroup(child, exited);
    throw new Error(`${(error as Error).message}\n--- Prism output ---\n${output}`);
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const signal = (name: NodeJS.Signals): void => {
    try {
      process.kill(-pid, name);
    } catch {
      // ESRCH: the group is already gone.
    }
  };
  signal("SIGTERM");
  const killed = await Promise.race([exited.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
  if (!killed) {
    signal("SIGKILL");
    await exited;
  }
}
