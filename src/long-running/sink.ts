// Where a download's bytes go. A file path is written under a temporary name in the same folder and renamed at the
// end, so the final name only ever holds a whole file; a WritableStream gets the bytes as they come.

/** Where the file goes: a file path (Node, Bun, Deno), or a WritableStream of bytes. */
export type DownloadDestination = string | WritableStream<Uint8Array>;

export interface FileSink {
  write(bytes: Uint8Array): Promise<void>;
  /** Finishes: closes, and renames a temporary file to its final name. */
  commit(): Promise<{ path?: string }>;
  /** Gives up: removes a temporary file, or aborts the stream with the error. */
  discard(reason: unknown): Promise<void>;
}

// Computed, so bundlers for the browser leave node:fs out; only a path destination loads it.
const FS = "node:fs/promises";

/** The part of node:fs/promises a path destination uses (Node, Bun and Deno all have it); no @types/node needed. */
interface FileSystem {
  open(path: string, flags: "wx"): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}
interface FileHandle {
  write(bytes: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export async function openSink(destination: DownloadDestination): Promise<FileSink> {
  if (typeof destination !== "string") return streamSink(destination);
  const fs = (await import(/* @vite-ignore */ FS)) as FileSystem;
  const temporary = `${destination}.${crypto.randomUUID().slice(0, 8)}.part`;
  const handle = await fs.open(temporary, "wx");
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(bytes) {
      for (let offset = 0; offset < bytes.length; ) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
    },
    async commit() {
      await handle.sync();
      await close();
      await fs.rename(temporary, destination);
      return { path: destination };
    },
    async discard() {
      await close().catch(() => {});
      await fs.rm(temporary, { force: true }).catch(() => {});
    },
  };
}

function streamSink(stream: WritableStream<Uint8Array>): FileSink {
  const writer = stream.getWriter();
  return {
    async write(bytes) {
      await writer.write(bytes);
    },
    async commit() {
      await writer.close();
      return {};
    },
    async discard(reason) {
      await writer.abort(reason).catch(() => {});
    },
  };
}
