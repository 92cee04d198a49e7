// One worker process of the multi-process rate-limit bench and test: makes `calls` recordings.update calls at once
// through a Redis store, after the parent says go, and reports how they ended.
// Run by scripts/bench/rate-limit-workers.ts as: node scripts/run.mjs scripts/bench/rate-limit-worker.ts '<job JSON>'
import { createClient } from "redis";
import { createResources } from "../../generated/create-resources.js";
import { createCore } from "../../src/core/index.js";
import { createRedisStore } from "../../src/redis.js";
import { sharedMemoryStore } from "../../src/core/rate-limiter.js";
import { type WorkerJob, type WorkerReport, warmUp } from "./rate-limit-workers.js";
import { type SlotTimes, scaledWindow, timedStore } from "./slot-times.js";

const job = JSON.parse(process.argv[2] ?? "") as WorkerJob;
const redis = job.store === "redis" ? await createClient({ url: job.redisUrl }).connect() : undefined;
const redisStore = redis && createRedisStore({ client: redis });
const store = redisStore ?? sharedMemoryStore;
await warmUp(store);
const times: SlotTimes = { granted: [], released: [] };
const recall = createResources(createCore({ apiKey: job.apiKey, baseUrl: job.baseUrl, rateLimit: { store: timedStore(scaledWindow(store, job.windowMs), times) } }));
const go = new Promise((resolve) => process.once("message", resolve));
process.send!("ready");
await go;
const settled = await Promise.allSettled(Array.from({ length: job.calls }, () => recall.recordings.update(job.recordingId, { metadata: { worker: String(process.pid) } })));
// The last calls' releases may still be on their way to Redis: closing the client now would leave their slots held.
await redisStore?.flush();
const report: WorkerReport = {
  ok: settled.filter((s) => s.status === "fulfilled").length,
  errors: settled.flatMap((s) => (s.status === "rejected" ? [String((s.reason as Error)?.name)] : [])),
  times,
};
process.send!(report, () => {
  redis?.destroy();
  process.disconnect();
});
