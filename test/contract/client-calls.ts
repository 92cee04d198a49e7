// The client's calls and the spec facts the contract tests compare them with.
import type { operations } from "../../generated/operations.js";
import { type RecallClient, type Recording, type RecordingListItem, createRecallClient } from "../../src/index.js";
import { atPointer, bundledSpec, deref, isObject, type Json } from "../spec/spec-bundle.js";
import { type Exchange, recordExchanges } from "./exchange-recorder.js";

export type OperationId = keyof typeof operations;

/** The id of the spec's RecordingId parameter example, so path validation sees a real UUID. */
export const ID = atPointer(bundledSpec(), "#/components/parameters/RecordingId/example") as string;

/** The `value` of a named example under `#/components/examples`. */
export const exampleValue = (name: string): Json => atPointer(bundledSpec(), `#/components/examples/${name}/value`);

export interface Contract {
  readonly recall: RecallClient;
  /** Every request the client sent and Prism's answer, in order. */
  readonly exchanges: Exchange[];
}

/**
 * A client on Prism whose fetch records each exchange. `prefer` is sent as `Prefer` on every request
 * (`example=<name>`, `code=<status>`). No retries and no client-side limiter: each call is one request.
 */
export function contractClient(baseUrl: string, prefer?: string): Contract {
  const recorder = recordExchanges(prefer === undefined ? {} : { Prefer: prefer });
  const recall = createRecallClient({ apiKey: "test-key", baseUrl, fetch: recorder.fetch, maxRetries: 0, rateLimit: false });
  return { recall, exchanges: recorder.exchanges };
}

export async function collect(items: AsyncIterable<RecordingListItem>): Promise<RecordingListItem[]> {
  const out: RecordingListItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** One call per client method; `satisfies` makes a new operation in the spec a type error here until it is covered. */
export const calls = {
  recording_retrieve: (recall: RecallClient): Promise<Recording> => recall.recordings.retrieve(ID),
  recording_partial_update: (recall: RecallClient): Promise<Recording> => recall.recordings.update(ID, { metadata: { user_id: "12345" } }),
  recording_list: (recall: RecallClient): Promise<RecordingListItem[]> => collect(recall.recordings.list()),
  recording_destroy: (recall: RecallClient): Promise<void> => recall.recordings.delete(ID),
} satisfies Record<OperationId, (recall: RecallClient) => Promise<unknown>>;

export interface DocumentedResponse {
  readonly operationId: OperationId;
  readonly status: number;
  /** The schema name of its application/json body, when it declares one. */
  readonly jsonSchema: string | undefined;
}

/** Every error status (4xx, 5xx) each operation documents, read from the bundled spec. */
export function documentedErrors(): DocumentedResponse[] {
  const doc = bundledSpec();
  const out: DocumentedResponse[] = [];
  for (const item of Object.values(doc.paths as Record<string, Json>)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || typeof operation.operationId !== "string" || !isObject(operation.responses)) continue;
      for (const [code, ref] of Object.entries(operation.responses)) {
        if (Number(code) < 400) continue;
        const response = deref(doc, ref);
        const content = isObject(response) && isObject(response.content) ? response.content["application/json"] : undefined;
        const schema = isObject(content) && isObject(content.schema) ? content.schema.$ref : undefined;
        out.push({
          operationId: operation.operationId as OperationId,
          status: Number(code),
          jsonSchema: typeof schema === "string" ? schema.replace("#/components/schemas/", "") : undefined,
        });
      }
    }
  }
  return out;
}
