// A throwaway redis-server on a free 127.0.0.1 port for the Redis tests and bench, or the one REDIS_URL names.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { createClient } from "redis";

export interface RedisServer {
  readonly url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

/** True when a redis-server binary is on PATH. */
export const hasRedisServer = (): boolean => !spawnSync("redis-server", ["--version"]).error;

/** Why Redis cannot be had here, or undefined when REDIS_URL is set or redis-server is on PATH. */
export function redisUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.REDIS_URL || hasRedisServer()) return undefined;
  return "no redis-server on PATH and no REDIS_URL set (apt-get install redis-server, or REDIS_URL=redis://host:port)";
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answersPing(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 500 } });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/** REDIS_URL's server, else a fresh redis-server without persistence, ready once it answers PING. */
export async function startRedis(env: NodeJS.ProcessEnv = process.env): Promise<RedisServer> {
  if (env.REDIS_URL) return { url: env.REDIS_URL, stop: async () => {} };
  const port = await freePort();
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `redis://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  for (const started = Date.now(); Date.now() - started < 10_000; ) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}: ${stderr}`);
    if (await answersPing(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`redis-server on port ${port} did not answer PING within 10 s: ${stderr}`);
}
