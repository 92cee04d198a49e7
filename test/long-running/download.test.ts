// Issue 21 item 5: download() against a loopback file host that drops the connection midway, expires the signed URL,
// ignores Range or keeps failing; the file appears whole under its name or not at all, and the key never goes there.

import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APIUserAbortError, DownloadError, type DownloadProgress, createRecallClient } from "../../src/index.js";
import { apiKey } from "../client/fixtures.js";
import { rejection } from "../client/harness.js";
import { type FileBehaviour, type Loopback, TRANSCRIPT_ID, dropMidway, expiresFirstUrl, ignoresRange, serveRange, startLoopback, transcript } from "./loopback.js";

let loopback: Loopback | undefined;
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "recall-download-"));
});
afterEach(async () => {
  await loopback?.close();
  loopback = undefined;
  rmSync(folder, { recursive: true, force: true });
});

async function setup(behaviour: FileBehaviour = serveRange) {
  loopback = await startLoopback(behaviour);
  const key = apiKey();
  return { loopback, key, recall: createRecallClient({ apiKey: key, baseUrl: loopback.url }), path: join(folder, "transcript.bin") };
}

describe("download", () => {
  it("streams the file to a path, reports progress up to the total, and sends the file host no key", async () => {
    const { loopback, key, recall, path } = await setup();
    const progress: DownloadProgress[] = [];
    const result = await recall.transcripts.download(TRANSCRIPT_ID, path, { onProgress: (step) => progress.push(step) });
    expect(result).toEqual({ bytes: loopback.file.length, path });
    expect(readFileSync(path).equals(loopback.file)).toBe(true);
    expect(readdirSync(folder)).toEqual(["transcript.bin"]);
    expect(progress.at(-1)).toEqual({ received: loopback.file.length, total: loopback.file.length });
    expect(progress.map((step) => step.received)).toEqual([...progress.map((step) => step.received)].sort((a, b) => a - b));
    expect(loopback.api[0]?.headers.authorization).toBe(`Token ${key}`);
    for (const request of loopback.files) {
      expect(request.headers.authorization).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toContain(key);
    }
  });

  it("resumes with a Range request after the connection drops midway", async () => {
    const { loopback, recall, path } = await setup(dropMidway());
    await recall.transcripts.download(TRANSCRIPT_ID, path);
    expect(readFileSync(path).equals(loopback.file)).toBe(true);
    expect(loopback.files).toHaveLength(2);
    expect(loopback.files[0]?.headers.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(loopback.files[1]?.headers.range ?? "")?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThan(loopback.file.length);
  });

  it("retrieves the artifact again for a fresh URL when the signed one has expired (403)", async () => {
    const { loopback, recall, path } = await setup(expiresFirstUrl);
    await recall.transcripts.download(TRANSCRIPT_ID, path);
    expect(readFileSync(path).equals(loopback.file)).toBe(true);
    expect(loopback.api).toHaveLength(2);
    expect(loopback.files.map((request) => request.path)).toEqual(["/files/artifact.bin?sig=1", "/files/artifact.bin?sig=2"]);
  });

  it("skips what it has when the host answers a Range request with the whole file", async () => {
    const { loopback, recall, path } = await setup(ignoresRange);
    await recall.transcripts.download(TRANSCRIPT_ID, path);
    expect(readFileSync(path).equals(loopback.file)).toBe(true);
  });

  it("refuses a resumed range that does not start where the file left off, leaving no file", async () => {
    const misplaced: FileBehaviour = (res, file, from, n, signature) => {
      if (n === 0) return dropMidway()(res, file, from, n, signature);
      res.writeHead(206, { "content-range": `bytes 0-${file.length - 1}/${file.length}` }).end(file);
    };
    const { recall, path } = await setup(misplaced);
    const error = await rejection(recall.transcripts.download(TRANSCRIPT_ID, path));
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toMatch(/answered a range that does not start at byte \d+/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("writes to a WritableStream", async () => {
    const { loopback, recall } = await setup(dropMidway());
    const chunks: Uint8Array[] = [];
    const result = await recall.transcripts.download(TRANSCRIPT_ID, new WritableStream({ write: (chunk) => void chunks.push(chunk) }));
    expect(Buffer.concat(chunks).equals(loopback.file)).toBe(true);
    expect(result).toEqual({ bytes: loopback.file.length });
  });

  it("gives up with DownloadError when the host keeps ending short, leaving no file under either name", async () => {
    const { recall, path } = await setup(dropMidway(100, 0));
    const error = await rejection(recall.transcripts.download(TRANSCRIPT_ID, path, { maxAttempts: 2 }));
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toMatch(/failed 2 times in a row at byte 0 of 262144/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("refuses a download URL that is plain http off loopback, fetching nothing", async () => {
    const { loopback, recall, path } = await setup();
    loopback.artifact = () => transcript("done", "http://files.example.com/artifact.bin?sig=1");
    const error = await rejection(recall.transcripts.download(TRANSCRIPT_ID, path));
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toContain("not https");
    expect(loopback.files).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("says to wait first when the artifact has no URL yet", async () => {
    const { loopback, recall, path } = await setup();
    loopback.artifact = () => transcript("processing");
    const error = await rejection(recall.transcripts.download(TRANSCRIPT_ID, path));
    expect(error).toBeInstanceOf(DownloadError);
    expect(error.message).toBe(`${TRANSCRIPT_ID} has no download_url yet (status processing); waitUntilDone first`);
  });

  it("downloads another of the artifact's URLs named by file", async () => {
    const { loopback, recall, path } = await setup();
    loopback.artifact = (_, url) => ({ ...transcript("done", null), data: { download_url: null, provider_data_download_url: url } });
    await recall.transcripts.download(TRANSCRIPT_ID, path, { file: "provider_data_download_url" });
    expect(readFileSync(path).equals(loopback.file)).toBe(true);
  });

  it("stops on abort with APIUserAbortError and removes the partial file", async () => {
    const { recall, path } = await setup(dropMidway(100, 0.5));
    const controller = new AbortController();
    const error = await rejection(
      recall.transcripts.download(TRANSCRIPT_ID, path, { signal: controller.signal, onProgress: () => controller.abort() }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(readdirSync(folder)).toEqual([]);
  });
});
