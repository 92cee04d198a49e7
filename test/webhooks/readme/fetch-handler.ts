import { createRecallClient, createWebhookHandler } from "../../../src/index.js";

const recall = createRecallClient({ apiKey: process.env.RECALLAI_API_KEY!, region: "us-west-2" });

// Next.js (app/api/recall/route.ts), Hono, Bun, Deno, Workers: anything that hands you a Web Request.
export const webhooks = createWebhookHandler({
  secret: process.env.RECALL_WEBHOOK_SECRET!, // whsec_..., the workspace verification secret
  on: {
    "recording.done": async (event, delivery) => {
      console.log(`recording ${event.data.recording.id} done (delivery ${delivery.id})`);
    },
    "transcript.done": async (event) => {
      await recall.transcripts.download(event.data.transcript.id, `/tmp/${event.data.transcript.id}.json`);
    },
  },
  onUnknown: (event) => console.log(`acknowledged ${event.event}`), // bot.* and other events: 200, no retries
});

export const POST = (request: Request) => webhooks.fetch(request); // Hono: app.post(path, (c) => webhooks.fetch(c.req.raw))
