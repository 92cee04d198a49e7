// npm run demo: one typed `recordings.update` against the mock of `npm run mock` (or RECALL_BASE_URL), then
// prints the recording that came back. Optional: RECALL_API_KEY (any value works on the mock), a recording id as argument.
// With RECALL_DOWNLOAD=<video_mixed id> (a real workspace: the mock's URLs lead nowhere), downloads that mp4 with a progress bar.
import { APIConnectionError, APIError, type DownloadProgress, type Recording, type RecordingPartialUpdateBody, createRecallClient } from "../src/index.js";

const baseUrl = process.env.RECALL_BASE_URL ?? "http://127.0.0.1:4010";
const id = process.argv[2] ?? "5a7062f3-bd54-4838-b296-df84f85c7b92";
const body: RecordingPartialUpdateBody = { metadata: { user_id: "12345", source: "npm run demo" } };

// One attempt: against a mock that is not running, retrying with backoff would only delay the hint below.
const recall = createRecallClient({ apiKey: process.env.RECALL_API_KEY ?? "mock-key", baseUrl, maxRetries: 0 });

try {
  console.log(`PATCH ${baseUrl}/api/v1/recording/${id}/ ${JSON.stringify(body)}`);
  const { data, response }: { data: Recording; response: Response } = await recall.recordings.update(id, body).withResponse();
  console.log(`${response.status} ${response.statusText}`);
  console.log(`id:          ${data.id}`);
  console.log(`status.code: ${data.status.code}`);
  console.log(`metadata:    ${JSON.stringify(data.metadata ?? {})}`);
  if (baseUrl.startsWith("http://127.0.0.1")) console.log("(A mock answers with the spec's example, not with the metadata sent.)");
  const videoId = process.env.RECALL_DOWNLOAD;
  if (videoId) {
    const { path, bytes } = await recall.videoMixed.download(videoId, `${videoId}.mp4`, { onProgress: (progress) => process.stderr.write(`\r${bar(progress)}`) });
    console.log(`\nsaved ${bytes} bytes to ${path}`);
  }
} catch (error) {
  if (error instanceof APIConnectionError) {
    console.error(`Nothing answered at ${baseUrl}: start the mock first with \`npm run mock\`, or set RECALL_BASE_URL. (${error.message})`);
  } else if (error instanceof APIError) {
    console.error(`${error.name}: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}

/** `[##########----------]  50%  12.3 of 24.6 MB`, or the bytes so far when the host sent no length. */
function bar({ received, total }: DownloadProgress): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  if (!total) return `${mb(received)} MB`;
  const filled = Math.round((received / total) * 20);
  return `[${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${String(Math.floor((received / total) * 100)).padStart(3)}%  ${mb(received)} of ${mb(total)} MB`;
}
