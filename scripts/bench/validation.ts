// Response validation cost: a 100-recording list page (the spec's example recording, each with its own ids) parsed
// with JSON.parse, against the same parse followed by the check the client runs in warn mode. Rounds alternate the
// two and pair them, so the machine's drift cancels; the ratio is the median over rounds.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { createResponseChecker } from "../../src/core/response-check.js";
import type { OperationInfo } from "../../src/core/operation.js";
import { operationTable as operations } from "../../generated/operations.js";
import * as validators from "../../generated/validators.js";
import { median } from "./stats.js";

export interface ValidationFigures {
  readonly pageBytes: number;
  /** Median µs per page. */
  readonly parseMicros: number;
  /** Median over rounds of (parse + validate) / parse, and of validate / parse. */
  readonly parseAndValidateRatio: number;
  readonly validateRatio: number;
  /** The same with a property the spec does not name in every recording: both variants run, and the issues are built. */
  readonly newPropertyValidateRatio: number;
}

const ITEMS = 100;

function pageText(root: string, extra: Record<string, unknown> = {}): string {
  const example = parse(readFileSync(join(root, "spec/components/examples/RecordingListLastPage.yaml"), "utf8")) as { value: { results: Record<string, unknown>[] } };
  const recording = example.value.results[0];
  if (!recording) throw new Error("the list example has no recording");
  const hex = (n: number) => n.toString(16).padStart(12, "0");
  const results = Array.from({ length: ITEMS }, (_, n) => ({ ...structuredClone(recording), id: `5a7062f3-bd54-4838-b296-${hex(n)}`, ...extra }));
  return JSON.stringify({ next: "https://us-east-1.recall.ai/api/v1/recording/?cursor=abc", previous: null, results });
}

export async function benchValidation(root: string): Promise<ValidationFigures> {
  const conforming = await measure(pageText(root), true);
  const withNew = await measure(pageText(root, { added_by_recall: { since: "2026" } }), false);
  return { ...conforming, newPropertyValidateRatio: withNew.validateRatio };
}

async function measure(text: string, conforms: boolean, rounds = 200, perRound = 5): Promise<Omit<ValidationFigures, "newPropertyValidateRatio">> {
  const lines: string[] = [];
  const check = createResponseChecker("warn", { warn: (line) => void lines.push(line) });
  // The table's loader imports validators.js beside it, which is not there once this script is bundled: imported above.
  const op: OperationInfo = { ...operations.recording_list, responseValidators: async () => validators.recording_list };
  const response = new Response(null, { headers: { "x-request-id": "bench" } });
  const parseOnce = () => JSON.parse(text) as unknown;
  const validateOnce = () => check(op, JSON.parse(text), response);
  // The first check loads the operation's validators; every later one runs synchronously, as measured.
  await validateOnce();
  for (let warm = 0; warm < 50; warm++) validateOnce();
  if ((lines.length > 0) === conforms) throw new Error(`the bench page logged ${lines.length} lines:\n${lines.join("\n")}`);
  const parses: number[] = [];
  const ratios: number[] = [];
  const validateRatios: number[] = [];
  const time = (run: () => unknown) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) run();
    return Number(process.hrtime.bigint() - start) / 1000 / perRound;
  };
  for (let round = 0; round < rounds; round++) {
    let p: number;
    let v: number;
    if (round % 2 === 0) {
      p = time(parseOnce);
      v = time(validateOnce);
    } else {
      v = time(validateOnce);
      p = time(parseOnce);
    }
    parses.push(p);
    ratios.push(v / p);
    validateRatios.push((v - p) / p);
  }
  return {
    pageBytes: Buffer.byteLength(text),
    parseMicros: median(parses),
    parseAndValidateRatio: median(ratios),
    validateRatio: median(validateRatios),
  };
}
