// Forks worker processes that share one API key's budget through Redis (scripts/bench/rate-limit-worker.ts),
// starts them together, and collects their reports.
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { SlotTimes } from "./slot-times.js";

export interface WorkerJob {
  baseUrl: string;
  redisUrl: string;
  apiKey: string;
  recordingId: string;
  /** Calls this worker makes, all at once. */
  calls: number;
  /** The limit's window in milliseconds (the spec's minute, scaled down). */
  windowMs: number;
  /** "redis": one budget shared through Redis; "memory": each process its own (what happens without a shared store). */
  store: "redis" | "memory";
}

/**
 * What a long-lived process has done before its first call: Node's fetch loaded (a data: URL sends nothing), WebCrypto
 * ready, and, given a store, its script in Redis (a slot of another key taken and released).
 */
export async function warmUp(store?: { acquire(key: string, limit: number, windowMs: number): unknown }): Promise<void> {
  await (await fetch("data:,warm")).text();
  await crypto.subtle.digest("SHA-256", new Uint8Array(1));
  const permit = (await store?.acquire(`warm-up-${process.pid}`, 1, 1)) as { release(): void } | undefined;
  permit?.release();
}

export interface WorkerReport {
  ok: number;
  /** The error name of each call that failed. */
  errors: string[];
  /** When this worker's slots were granted and released. */
  times: SlotTimes;
}

function message<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`rate-limit worker ${child.pid} exited with ${code} before reporting`));
    child.once("exit", onExit);
    child.once("message", (value) => {
      child.off("exit", onExit);
      resolve(value as T);
    });
  });
}

/**
 * Runs `count` workers of the project at `root` with the same job; resolves with their reports once all have finished,
 * and the wall time from their common start.
 */
export async function runWorkers(root: string, job: WorkerJob, count: number): Promise<{ reports: WorkerReport[]; wallMs: number }> {
  const args = [join(root, "scripts", "bench", "rate-limit-worker.ts"), JSON.stringify(job)];
  const children = Array.from({ length: count }, () => fork(join(root, "scripts", "run.mjs"), args, { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  try {
    await Promise.all(children.map((child) => message<string>(child)));
    const started = performance.now();
    const reports = Promise.all(children.map((child) => message<WorkerReport>(child)));
    for (const child of children) child.send("go");
    const done = await reports;
    return { reports: done, wallMs: performance.now() - started };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
