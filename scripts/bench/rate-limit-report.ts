// The rate-limit figures of npm run bench as Markdown tables.
import { benchRateLimit } from "./rate-limit.js";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function rateLimitLines(root: string): Promise<string[]> {
  const f = await benchRateLimit(root);
  const lines = [
    `### Rate limit: bulk recordings.update against a strict loopback limit (${f.limit} per window, window scaled to ${f.windowMs} ms by BENCH_WINDOW_MS)`,
    "Minimum: (ceil(calls / limit) - 1) windows, the earliest the last call may be sent. Excess: wall - minimum, what the",
    "last burst's round trips and each window's wait for responses add; it does not grow with the window.",
    "| scenario | calls | 429s | failed | wall | minimum | excess | wall / minimum |",
    "|---|---|---|---|---|---|---|---|",
    ...f.runs.map((r) => `| ${r.label} | ${r.calls} | ${r.limited} | ${r.failed} | ${seconds(r.wallMs)} | ${seconds(r.minimumMs)} | ${Math.round(r.wallMs - r.minimumMs)} ms | ${(r.wallMs / r.minimumMs).toFixed(3)}x |`),
    "",
  ];
  if (f.redisSkipped) lines.push(`Redis rows skipped: ${f.redisSkipped}.`, "");
  if (f.perCall) {
    const { memory, redis, calls, rounds } = f.perCall;
    lines.push(
      `### Rate-limit store per call (sequential recordings.update on a stub fetch, ${calls} calls x ${rounds} rounds, median µs)`,
      "| store | µs per call | vs in memory |",
      "|---|---|---|",
      `| in memory (default) | ${memory.toFixed(1)} | 1.00x |`,
      `| Redis (local redis-server, one script call to take a slot, one to release it) | ${redis.toFixed(1)} | ${(redis / memory).toFixed(2)}x |`,
      "",
    );
  }
  return lines;
}
