// The colour decision of everything the scripts print: colour only on a terminal (or FORCE_COLOR), never under NO_COLOR.
import { createColors } from "picocolors";

/** picocolors alone also colours whenever CI is set; a CI log is a file, not a terminal. */
export const pc = createColors(
  !("NO_COLOR" in process.env) &&
    ((process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") || (process.stdout.isTTY === true && process.env.TERM !== "dumb")),
);
