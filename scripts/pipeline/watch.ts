// Reads change events under spec/ and on redocly.yaml; runs one generation per quiet spell (debounced),
// never two at once. A failed run is reported and the watcher keeps going; generated/ only changes on success.
import { watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

export const DEBOUNCE_MS = 150;

export interface Watcher {
  close(): void;
}

export function watchSpec(root: string, regenerate: () => Promise<unknown>, log: (line: string) => void = console.log): Watcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = regenerate().catch((error: unknown) => log(String(error)));
    await running;
    running = undefined;
    log("watching spec/ and redocly.yaml for changes (Ctrl-C to stop)");
    if (again) {
      again = false;
      void run();
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = [
    watch(join(root, "spec"), { recursive: true }, schedule),
    watch(root, (_event, name) => {
      if (name === "redocly.yaml") schedule();
    }),
  ];
  void run();
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
