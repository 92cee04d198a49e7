import { describe, expect, it } from "vitest";
import { apiPromise } from "../../src/core/index.js";

const response = new Response(null, { status: 200 });

describe("apiPromise", () => {
  it("is a Promise of the body, with the response one call away", async () => {
    const promise = apiPromise(Promise.resolve({ data: { id: "x" }, response }));
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise).resolves.toEqual({ id: "x" });
    await expect(promise.withResponse()).resolves.toEqual({ data: { id: "x" }, response });
  });

  it("rejects with the call's error", async () => {
    const failure = new Error("boom");
    await expect(apiPromise(Promise.reject(failure))).rejects.toBe(failure);
  });

  it("leaves no unhandled rejection when only withResponse() is awaited", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const failure = new Error("boom");
      await expect(apiPromise(Promise.reject(failure)).withResponse()).rejects.toBe(failure);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
