// The Prism harness itself: a Prism that cannot start fails loudly with its output, and stop() leaves nothing behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startPrism } from "./prism.js";
import { specEntry } from "./use-prism.js";

const dir = mkdtempSync(join(tmpdir(), "recall-prism-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const groupAlive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("startPrism", () => {
  it("rejects with Prism's own output when Prism exits before listening", async () => {
    const missing = join(dir, "missing.yaml");
    await expect(startPrism(missing)).rejects.toThrow(/exited before listening[\s\S]*--- Prism output ---[\s\S]*ENOENT[\s\S]*missing\.yaml/);
  });

  it("rejects once readyTimeout passes without a listening line", async () => {
    await expect(startPrism(specEntry, { readyTimeout: 1 })).rejects.toThrow(/no "listening" line within 1 ms/);
  });

  it("answers on 127.0.0.1 until stop(), which ends its process group and frees the port", async () => {
    const prism = await startPrism(specEntry);
    expect(new URL(prism.url).hostname).toBe("127.0.0.1");
    expect((await fetch(`${prism.url}/api/v1/recording/`, { headers: { Authorization: "Token test-key" } })).status).toBe(200);
    await prism.stop();
    expect(groupAlive(prism.pid)).toBe(false);
    await expect(fetch(`${prism.url}/api/v1/recording/`)).rejects.toThrow();
  });
});
