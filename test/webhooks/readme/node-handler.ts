import express from "express";
import { createClient } from "redis";
import { createWebhookHandler } from "../../../src/index.js";
import { createRedisDedupeStore } from "../../../src/redis.js";

const redis = await createClient({ url: process.env.REDIS_URL }).connect();
const webhooks = createWebhookHandler({
  secrets: [process.env.RECALL_WEBHOOK_SECRET!, process.env.RECALL_WEBHOOK_SECRET_PREVIOUS!], // while rotating
  on: {
    "transcript.failed": async (event) => console.error(`transcript ${event.data.transcript.id} failed`),
  },
  dedupe: createRedisDedupeStore({ client: redis }), // each webhook-id runs once across every process
  onError: (error, delivery) => console.error(`delivery ${delivery.id} answered 500, Recall will retry`, error),
});

const app = express();
// No JSON parser on this route: the handler reads and verifies the raw bytes (express.raw() works too).
app.post("/webhooks/recall", (req, res) => webhooks.node(req, res)); // node:http: createServer(webhooks.node)
app.listen(3000);
