// The rate-limit figures of npm run bench as Markdown tables.
import { benchRateLimit } from "./rate-limit.js";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function rateLimitLines(root: string): Promise<string[]> {
  const f = await benchRateLimit(root);
  const lines = [
    `### Rate limit: bulk recordings.update against a strict loopback limit (${f.limit} per window, window scaled to ${f.windowMs} ms by BENCH_WINDOW_MS)`,
    "Minimum: (ceil(calls / limit) - 1) windows, the earliest the last call may be sent. Excess: wall - minimum (the round",
    "trips a call holds its slot for, and the last burst's). Slack: how long after the earliest moment the limit allowed",
    "(a window after the slot's response) the limiter let each waiting call through, median / max: the limiter's own cost.",
    "| scenario | calls | 429s | failed | wall | minimum | excess | wall / minimum | slack median / max |",
    "|---|---|---|---|---|---|---|---|---|",
    ...f.runs.map(
      (r) =>
        `| ${r.label} | ${r.calls} | ${r.limited} | ${r.failed} | ${seconds(r.wallMs)} | ${seconds(r.minimumMs)} | ${Math.round(r.wallMs - r.minimumMs)} ms | ${(r.wallMs / r.minimumMs).toFixed(3)}x | ${Number.isNaN(r.slack.median) ? "n/a" : `${r.slack.median.toFixed(1)} / ${r.slack.max.toFixed(1)} ms`} |`,
    ),
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
