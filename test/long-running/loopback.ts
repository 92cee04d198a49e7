// One loopback server playing both sides of a download: Recall's API (an artifact whose status and signed URL the
// test scripts) and the file host (which can drop the connection midway, refuse an expired URL, or ignore Range).

import { randomBytes } from "node:crypto";
import { type IncomingHttpHeaders, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** How the file host answers its n-th request (0-based): `from` is the Range start asked for. */
export type FileBehaviour = (res: ServerResponse, file: Buffer, from: number, n: number, signature: string) => void;

export interface Loopback {
  readonly url: string;
  readonly file: Buffer;
  readonly api: Seen[];
  readonly files: Seen[];
  /** The artifact each API retrieve answers, given the retrieve's 0-based number and the URL it should carry. */
  artifact: (n: number, downloadUrl: string) => unknown;
  close(): Promise<void>;
}

export async function startLoopback(behaviour: FileBehaviour = serveRange, size = 256 * 1024): Promise<Loopback> {
  const file = randomBytes(size);
  const api: Seen[] = [];
  const files: Seen[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const seen = { method: req.method ?? "", path: url.pathname + url.search, headers: req.headers };
    req.resume();
    if (url.pathname.startsWith("/files/")) {
      files.push(seen);
      const from = Number(/^bytes=(\d+)-$/.exec(req.headers.range ?? "")?.[1] ?? 0);
      return behaviour(res, file, from, files.length - 1, url.searchParams.get("sig") ?? "");
    }
    api.push(seen);
    const n = api.length - 1;
    // Each retrieve signs a fresh URL: sig=1, sig=2, ...
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(loopback.artifact(n, `${base}/files/artifact.bin?sig=${n + 1}`)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const loopback: Loopback = {
    url: base,
    file,
    api,
    files,
    artifact: (_, downloadUrl) => transcript("done", downloadUrl),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return loopback;
}

export const TRANSCRIPT_ID = "0b1e4f4e-9a2c-4c55-8a41-2f5a4f0e6b11";

/** A transcript artifact as the spec describes it, in a given status. */
export function transcript(code: string, downloadUrl: string | null = null, subCode: string | null = null) {
  return {
    id: TRANSCRIPT_ID,
    created_at: "2024-12-03T02:54:11.397104Z",
    status: { code, sub_code: subCode, updated_at: "2024-12-03T02:55:03.088727Z" },
    metadata: {},
    data: { download_url: downloadUrl, provider_data_download_url: null },
    diarization: null,
    provider: { recallai_async: {} },
    recording: { id: "5a7062f3-bd54-4838-b296-df84f85c7b92", metadata: {} },
  };
}

/** A well-behaved file host: 200 with the whole file, or 206 from the Range start. */
export const serveRange: FileBehaviour = (res, file, from) => {
  if (from === 0) return void res.writeHead(200, { "content-length": String(file.length) }).end(file);
  res.writeHead(206, { "content-length": String(file.length - from), "content-range": `bytes ${from}-${file.length - 1}/${file.length}` }).end(file.subarray(from));
};

/** Sends the first `fraction` of what was asked, then drops the connection, on the first `times` requests. */
export const dropMidway = (times = 1, fraction = 0.5): FileBehaviour => (res, file, from, n, signature) => {
  if (n >= times) return serveRange(res, file, from, n, signature);
  const end = from + Math.floor((file.length - from) * fraction);
  const headers = from === 0 ? { "content-length": String(file.length) } : { "content-length": String(file.length - from), "content-range": `bytes ${from}-${file.length - 1}/${file.length}` };
  res.writeHead(from === 0 ? 200 : 206, headers);
  res.write(file.subarray(from, end), () => setTimeout(() => res.socket?.destroy(), 20));
};

/** The first signed URL has expired: S3's 403 for sig=1, the file for any later signature. */
export const expiresFirstUrl: FileBehaviour = (res, file, from, n, signature) => {
  if (signature === "1") return void res.writeHead(403, { "content-type": "application/xml" }).end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
  serveRange(res, file, from, n, signature);
};

/** A host that ignores Range: always 200 with the whole file (after dropping the first attempt midway). */
export const ignoresRange: FileBehaviour = (res, file, from, n, signature) => (n === 0 ? dropMidway()(res, file, from, n, signature) : serveRange(res, file, 0, n, signature));
