// One redis-server (or REDIS_URL's) and one connected client for a Redis test file: started before its tests,
// stopped after. Apart from redis-server.ts, which the bench imports too, because this one registers vitest hooks.

import { type RedisClientType, createClient } from "redis";
import { afterAll, beforeAll } from "vitest";
import { type RedisServer, startRedis } from "./redis-server.js";

export interface RedisFixture {
  /** The server's URL, for more clients of a test's own. */
  readonly url: string;
  /** A connected client the file shares. */
  readonly client: RedisClientType;
}

/** Call inside the suite's describe; the fields are set once its beforeAll has run. */
export function useRedis(): RedisFixture {
  let server: RedisServer | undefined;
  let client: RedisClientType | undefined;
  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url }) as RedisClientType;
    await client.connect();
  });
  afterAll(async () => {
    client?.destroy();
    await server?.stop();
  });
  return {
    get url() {
      if (!server) throw new Error("useRedis: read url inside a test, after beforeAll");
      return server.url;
    },
    get client() {
      if (!client) throw new Error("useRedis: read client inside a test, after beforeAll");
      return client;
    },
  };
}
