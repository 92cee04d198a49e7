import { afterEach, describe, expect, it, vi } from "vitest";
import { createResources } from "../../generated/create-resources.js";
import { APIResponseParseError, createCore } from "../../src/core/index.js";
import { apiKey, recording } from "./fixtures.js";
import { type TestServer, json, startServer } from "../support/loopback-server.js";

const BOT = "6e1f5adb-3340-4f50-900d-9aa2cdc53d6c";

let server: TestServer;
afterEach(async () => {
  await server?.close();
  vi.useRealTimers();
});

const item = (n: number) => ({ ...recording, id: `00000000-0000-4000-8000-00000000000${n}` });

function client(baseUrl: string, fetch?: (url: string) => Promise<Response>) {
  return createResources(createCore({ apiKey: apiKey(), baseUrl, fetch }, { sleep: async () => {} }));
}

describe("list", () => {
  it("follows next across two pages, lazily, and stops at next: null", async () => {
    server = await startServer(
      (res, req) => json(200, { results: [item(1), item(2)], next: `${server.url}/api/v1/recording/?cursor=p2&status_code=done`, previous: null })(res, req),
      json(200, { results: [item(3)], next: null, previous: "x" }),
    );
    const iterator = client(server.url).recordings.list({ status_code: "done", bot_id: "6e1f5adb-3340-4f50-900d-9aa2cdc53d6c" })[Symbol.asyncIterator]();
    expect(server.received).toHaveLength(0);
    const ids: string[] = [];
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) {
      ids.push(step.value.id);
      expect(server.received).toHaveLength(ids.length <= 2 ? 1 : 2);
    }
    expect(ids).toEqual([item(1).id, item(2).id, item(3).id]);
    expect(server.received.map((r) => r.url)).toEqual(["/api/v1/recording/?status_code=done&bot_id=6e1f5adb-3340-4f50-900d-9aa2cdc53d6c", "/api/v1/recording/?status_code=done&bot_id=6e1f5adb-3340-4f50-900d-9aa2cdc53d6c&cursor=p2"]);
  });

  it("yields whole pages from pages(), each with its response", async () => {
    server = await startServer(
      (res, req) => json(200, { results: [item(1)], next: `${server.url}/api/v1/recording/?cursor=p2`, previous: null })(res, req),
      json(200, { results: [], next: null, previous: null }),
    );
    const pages = [];
    for await (const page of client(server.url).recordings.list().pages()) pages.push(page);
    expect(pages.map((p) => [p.items.length, p.next, p.response.status])).toEqual([
      [1, `${server.url}/api/v1/recording/?cursor=p2`, 200],
      [0, null, 200],
    ]);
  });

  // A proxy at a path prefix that passes Recall's own `next` through: page 2 must still go to the proxy, prefix and all.
  it("asks for the next page at the base URL, with the original query and the cursor from next", async () => {
    server = await startServer(
      json(200, { results: [item(1)], next: "https://us-east-1.recall.ai/api/v1/recording/?cursor=p2&status_code=done", previous: null }),
      json(200, { results: [item(2)], next: "/api/v1/recording/?cursor=p3", previous: null }),
      json(200, { results: [item(3)], next: null, previous: null }),
    );
    const key = apiKey();
    const recall = createResources(createCore({ apiKey: key, baseUrl: `${server.url}/recall` }, { sleep: async () => {} }));
    const ids: string[] = [];
    for await (const r of recall.recordings.list({ status_code: "done", bot_id: BOT })) ids.push(r.id);
    expect(ids).toEqual([item(1).id, item(2).id, item(3).id]);
    expect(server.received.map((r) => r.url)).toEqual([
      `/recall/api/v1/recording/?status_code=done&bot_id=${BOT}`,
      `/recall/api/v1/recording/?status_code=done&bot_id=${BOT}&cursor=p2`,
      `/recall/api/v1/recording/?status_code=done&bot_id=${BOT}&cursor=p3`,
    ]);
    expect(server.received.every((r) => r.headers.authorization === `Token ${key}`)).toBe(true);
  });

  it.each([
    ["another host", "https://evil.example/api/v1/recording/?cursor=p2"],
    ["another port", "http://127.0.0.1:1/api/v1/recording/?cursor=p2"],
    ["https instead of http", "https://127.0.0.1/api/v1/recording/?cursor=p2"],
  ])("never sends the key to a next URL on %s: only its cursor is read", async (_, next) => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      return Response.json({ results: [item(urls.length)], next: urls.length === 1 ? next : null, previous: null });
    };
    const seen: string[] = [];
    for await (const r of client("http://127.0.0.1:9", fetch).recordings.list()) seen.push(r.id);
    expect(seen).toEqual([item(1).id, item(2).id]);
    expect(urls).toEqual(["http://127.0.0.1:9/api/v1/recording/", "http://127.0.0.1:9/api/v1/recording/?cursor=p2"]);
  });

  it("refuses a next URL without a cursor, naming its path but never its query", async () => {
    server = await startServer(json(200, { results: [item(1)], next: "https://recall.example/api/v1/recording/?page=2&token=SIGNATURE", previous: null }));
    const iterator = client(server.url).recordings.list()[Symbol.asyncIterator]();
    const error = await iterator.next().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect((error as Error).message).toBe('recordings.list: the 200 page\'s "next" has no cursor parameter (https://recall.example/api/v1/recording/?…)');
    expect(server.received).toHaveLength(1);
  });

  it.each([
    ["the same cursor every time", (n: number) => `?cursor=same&n=${n}`, 1, 2],
    ["a cursor that comes back after two others", (n: number) => `?cursor=c${n % 3}`, 1, 4],
  ])("stops with a clear error when %s", async (_, nextOf, before, read) => {
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      return Response.json({ results: [item(urls.length)], next: `http://127.0.0.1:9/api/v1/recording/${nextOf(urls.length)}`, previous: null });
    };
    const seen: string[] = [];
    const error = await (async () => {
      for await (const r of client("http://127.0.0.1:9", fetch).recordings.list()) seen.push(r.id);
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect((error as Error).message).toBe(`page ${read}'s next cursor repeats page ${before}'s: the list would never end`);
    expect(urls).toHaveLength(read);
    expect(seen).toHaveLength(read);
  });

  it("refuses a page without a results array", async () => {
    server = await startServer(json(200, { items: [], next: null }));
    const iterator = client(server.url).recordings.list()[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(APIResponseParseError);
  });

  it("waits for the rate limiter before every page fetch (60 per minute on list)", async () => {
    vi.useFakeTimers();
    const urls: string[] = [];
    const fetch = async (url: string) => {
      urls.push(url);
      const n = urls.length;
      return Response.json({ results: [item(n % 10)], next: `http://127.0.0.1:9/api/v1/recording/?cursor=${n}`, previous: null });
    };
    const iterator = client("http://127.0.0.1:9", fetch).recordings.list()[Symbol.asyncIterator]();
    for (let i = 0; i < 60; i++) await iterator.next();
    expect(urls).toHaveLength(60);
    const blocked = iterator.next();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(urls).toHaveLength(60);
    await vi.advanceTimersByTimeAsync(1_000);
    await blocked;
    expect(urls).toHaveLength(61);
  });
});
