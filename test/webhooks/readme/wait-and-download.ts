import { DownloadError, WaitFailedError, createRecallClient } from "../../../src/index.js";

const recall = createRecallClient({ apiKey: process.env.RECALLAI_API_KEY!, region: "us-west-2" });
const recordingId = process.argv[2]!;

try {
  const recording = await recall.recordings.waitUntilDone(recordingId, { timeout: 30 * 60_000 });
  const transcript = await recall.recordings.createTranscriptAndWait(recording.id, { provider: { recallai_async: { language_code: "en" } } });
  await recall.transcripts.download(transcript.id, "transcript.json");
  const video = recording.media_shortcuts.video_mixed;
  if (video) {
    await recall.videoMixed.download(video.id, "meeting.mp4", {
      onProgress: ({ received, total }) => process.stdout.write(`\r${received} of ${total ?? "?"} bytes`),
    });
  }
} catch (error) {
  if (error instanceof WaitFailedError || error instanceof DownloadError) console.error(error.message);
  else throw error;
}
