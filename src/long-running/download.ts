// download: streams an artifact's file from its signed URL to a file path or a WritableStream. A dropped connection
// resumes with a Range request; an expired URL (403) is replaced by retrieving the artifact again; the length is
// checked; a file is written under a temporary name and renamed at the end. The API key never goes to the file host.

import { APIUserAbortError, RecallValidationError } from "../core/errors.js";
import { sleep } from "../core/retry.js";
import type { RequestOptions } from "../core/types.js";
import { DownloadError } from "./errors.js";
import { type DownloadDestination, type FileSink, openSink } from "./sink.js";

export type { DownloadDestination };

export interface DownloadProgress {
  /** Bytes written so far. */
  readonly received: number;
  /** The file's size, when the host says it (Content-Length or Content-Range). */
  readonly total: number | undefined;
}

export interface DownloadOptions<File extends string = string> {
  /** Which of the artifact's download URLs to fetch (default `download_url`). */
  file?: File;
  /** Stops the download; a partial file is removed. */
  signal?: AbortSignal;
  /** Called after each chunk is written. */
  onProgress?: (progress: DownloadProgress) => void;
  /** Attempts in a row that may fail (dropped connection, 5xx) before DownloadError (default 5). */
  maxAttempts?: number;
  /** Milliseconds without a byte before an attempt counts as dropped and is resumed (default 60 000). */
  idleTimeout?: number;
}

/** Options of an artifact with no default file (participant events): `file` names which of its URLs to fetch. */
export type DownloadFileOptions<File extends string> = DownloadOptions<File> & { file: File };

export interface DownloadResult {
  /** Bytes written. */
  readonly bytes: number;
  /** The file path written, for a path destination. */
  readonly path?: string;
}

/** How many fresh URLs in a row a download asks for before it gives up on 403s. */
const MAX_URL_REFRESHES = 3;
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;
/** The same rule as the client's base URL: https, or plain http on loopback (tests, mocks). */
const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];

/**
 * Downloads the file the artifact's `data[file]` URL points at. `retrieve` fetches the artifact (through the client,
 * rate limited); the file itself is fetched with no Authorization header: the signed URL carries its own.
 */
export async function downloadArtifact(
  id: string,
  retrieve: (options: RequestOptions) => PromiseLike<unknown>,
  defaultFile: string | undefined,
  destination: DownloadDestination,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const { file = defaultFile, signal, onProgress, maxAttempts = DEFAULT_MAX_ATTEMPTS, idleTimeout = DEFAULT_IDLE_TIMEOUT_MS } = options;
  if (typeof file !== "string") throw new RecallValidationError("file", "name which download URL to fetch");
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RecallValidationError("maxAttempts", "must be a positive integer");
  if (!Number.isFinite(idleTimeout) || idleTimeout <= 0) throw new RecallValidationError("idleTimeout", "must be a positive number of milliseconds");
  const freshUrl = async (): Promise<URL> => urlOf(id, file, await retrieve({ signal }));
  let url = await freshUrl();
  const sink: FileSink = await openSink(destination);
  let received = 0;
  let total: number | undefined;
  let failures = 0;
  let refreshes = 0;
  let lastError: unknown;
  let lastStatus: number | undefined;
  try {
    for (;;) {
      if (signal?.aborted) throw new APIUserAbortError();
      if (failures >= maxAttempts) {
        throw new DownloadError(`${id}: ${file} failed ${failures} times in a row at byte ${received}${total === undefined ? "" : ` of ${total}`}`, lastStatus, { cause: lastError });
      }
      if (failures > 0) await sleep(Math.min(8_000, 250 * 2 ** (failures - 1)), signal);
      const attempt = await fetchRange(url, received, idleTimeout, signal);
      if ("error" in attempt) {
        failures++;
        lastError = attempt.error;
        continue;
      }
      const { response, idle, release } = attempt;
      // The idle timer runs from the response until its body is read or given up; never left armed behind.
      try {
        lastStatus = response.status;
        if (response.status === 403) {
          // S3 answers 403 "Request has expired" once the signed URL is 6 hours old: a fresh retrieve signs a new one.
          await response.body?.cancel();
          if (++refreshes > MAX_URL_REFRESHES) throw new DownloadError(`${id}: ${file} answered 403 after ${MAX_URL_REFRESHES} fresh URLs`, 403);
          url = await freshUrl();
          continue;
        }
        if (response.status === 416 && total !== undefined && received === total) break;
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel();
          failures++;
          continue;
        }
        if (response.status !== 200 && response.status !== 206) {
          await response.body?.cancel();
          throw new DownloadError(`${id}: ${file} answered ${response.status}`, response.status);
        }
        if (response.redirected && !allowed(new URL(response.url))) {
          await response.body?.cancel();
          throw new DownloadError(`${id}: ${file} redirected to a URL that is not https`);
        }
        // A 200 to a Range request is the whole file again: skip what is already written.
        let skip = response.status === 200 ? received : 0;
        if (response.status === 206) {
          const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers.get("content-range") ?? "");
          if (!range || Number(range[1]) !== received) throw new DownloadError(`${id}: ${file} answered a range that does not start at byte ${received}`, 206);
          if (range[2] !== "*") total = Number(range[2]);
        } else {
          const length = response.headers.get("content-length");
          total = length === null ? undefined : Number(length);
        }
        const before = received;
        let broke: unknown;
        try {
          for await (const chunk of idle(response.body)) {
            let bytes = chunk;
            if (skip > 0) {
              const dropped = Math.min(skip, bytes.length);
              skip -= dropped;
              bytes = bytes.subarray(dropped);
              if (bytes.length === 0) continue;
            }
            await sink.write(bytes);
            received += bytes.length;
            if (total !== undefined && received > total) throw new DownloadError(`${id}: ${file} sent more than its ${total} bytes`, response.status);
            onProgress?.({ received, total });
          }
        } catch (error) {
          if (signal?.aborted) throw new APIUserAbortError();
          if (error instanceof DownloadError) throw error;
          broke = error;
        }
        if (received > before) failures = 0;
        // Complete: every byte the host announced, or, with no length announced, a body that ended cleanly.
        if (total !== undefined ? received === total : broke === undefined) break;
        // Ended short of the length, or broke off: resume from `received`.
        failures++;
        lastError = broke ?? new Error(`the connection closed at byte ${received} of ${total}`);
      } finally {
        release();
      }
    }
    return { bytes: received, ...(await sink.commit()) };
  } catch (error) {
    await sink.discard(error);
    throw error;
  }
}

/** The artifact's URL for `file`, checked: present (the artifact is done) and https (or http on loopback). */
function urlOf(id: string, file: string, artifact: unknown): URL {
  const object = artifact as { data?: Record<string, unknown> | null; status?: { code?: unknown } } | undefined;
  const value = object?.data?.[file];
  if (typeof value !== "string" || value === "") {
    const code = object?.status?.code;
    throw new DownloadError(`${id} has no ${file} yet${typeof code === "string" ? ` (status ${code.slice(0, 40)}); waitUntilDone first` : ""}`);
  }
  if (!URL.canParse(value)) throw new DownloadError(`${id}: ${file} is not a URL`);
  const url = new URL(value);
  if (!allowed(url)) throw new DownloadError(`${id}: ${file} is not https (plain http only on 127.0.0.1, localhost or [::1])`);
  return url;
}

function allowed(url: URL): boolean {
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.includes(url.hostname));
}

type Attempt =
  | { response: Response; idle: (body: ReadableStream<Uint8Array> | null) => AsyncIterable<Uint8Array>; release: () => void }
  | { error: unknown };

/** One GET from byte `from`, with no header but Range: the signed URL is the only credential the file host sees. */
async function fetchRange(url: URL, from: number, idleTimeout: number, signal: AbortSignal | undefined): Promise<Attempt> {
  const stalled = new AbortController();
  let timer = setTimeout(() => stalled.abort(), idleTimeout);
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled.abort(), idleTimeout);
  };
  const attemptSignal = signal ? AbortSignal.any([signal, stalled.signal]) : stalled.signal;
  try {
    const response = await fetch(url, { headers: from > 0 ? { Range: `bytes=${from}-` } : {}, signal: attemptSignal });
    rearm();
    const idle = async function* (body: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
      if (!body) return;
      const reader = body.getReader();
      try {
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          rearm();
          yield read.value;
        }
      } finally {
        clearTimeout(timer);
        reader.cancel().catch(() => {});
      }
    };
    return { response, idle, release: () => clearTimeout(timer) };
  } catch (error) {
    clearTimeout(timer);
    if (signal?.aborted) throw new APIUserAbortError();
    return { error };
  }
}
