// createRecallClient: the generated resources bound to one request core.

import { type Resources, createResources } from "../generated/create-resources.js";
import { server } from "../generated/servers.js";
import { RecallValidationError } from "./core/errors.js";
import { serverUrl } from "./core/base-url.js";
import { createCore } from "./core/request-core.js";
import type { CoreOptions, RequestCore } from "./core/types.js";
import type { Webhooks } from "./webhooks.js";

/** A Recall region; keys and data never cross regions (https://docs.recall.ai/docs/regions). */
export type Region = (typeof server.variables.region.enum)[number];

interface CommonOptions extends Omit<CoreOptions, "baseUrl"> {}

/** Where calls go: your API key's `region`, or a `baseUrl`. Required: a key sent to another region's host gets a bare 401. */
export type ClientOptions = CommonOptions &
  (
    | {
        /** Your API key's region (https://docs.recall.ai/docs/regions); its host is `https://<region>.recall.ai`. */
        region: Region;
        baseUrl?: undefined;
      }
    | {
        /** Instead of `region`: an https base URL, path prefix allowed (plain http only on loopback, for tests and mocks). */
        baseUrl: string;
        region?: undefined;
      }
  );

/** The client: one property per resource, e.g. `recall.recordings.update(id, { metadata })`, and `webhooks`. */
export type RecallClient = Resources & { readonly webhooks: Webhooks };

// Computed, so bundlers leave the webhook verifier (and its crypto) out of clients that never call unwrap.
const WEBHOOKS = "./webhooks.js";

const load = async () => (await import(/* @vite-ignore */ WEBHOOKS)) as typeof import("./webhooks.js");
const webhooks: Webhooks = {
  unwrap: async (...args) => (await load()).unwrapWebhook(...args),
  verify: async (...args) => (await load()).verifyWebhook(...args),
};

/**
 * Creates a client. Calls resolve to the parsed body and throw a RecallError subclass on failure
 * (no `{ data, error }` pairs: a forgotten check cannot pass an error off as data).
 */
export function createRecallClient(options: ClientOptions): RecallClient {
  return { ...createResources(createRecallCore(options)), webhooks };
}

/**
 * The request core alone, for the resource classes one at a time (`new RecordingsResource(core)`): a bundler then keeps
 * only the resources a program uses, where the client object keeps every one.
 */
export function createRecallCore(options: ClientOptions): RequestCore {
  const { region, baseUrl, ...rest } = options;
  if (region !== undefined && baseUrl !== undefined) throw new RecallValidationError("region", "give region or baseUrl, not both");
  // Neither: serverUrl refuses the missing region (no default, see there).
  return createCore({ ...rest, baseUrl: baseUrl ?? serverUrl(server, { region }) });
}
