// createRecallClient: the generated resources bound to one request core.

import { type Resources, createResources, server } from "../generated/index.js";
import { RecallValidationError } from "./core/errors.js";
import { serverUrl } from "./core/base-url.js";
import { createCore } from "./core/request-core.js";
import type { CoreOptions, RequestCore } from "./core/types.js";

/** A Recall region; keys and data never cross regions (https://docs.recall.ai/docs/regions). */
export type Region = (typeof server.variables.region.enum)[number];

export interface ClientOptions extends Omit<CoreOptions, "baseUrl"> {
  /** Region whose host to call (default: the spec's, us-east-1). Use your key's region, or every call gets 401. */
  region?: Region;
  /** Instead of `region`: an https base URL (plain http only on loopback, for tests and mocks). */
  baseUrl?: string;
}

/** The client: one property per resource, e.g. `recall.recordings.update(id, { metadata })`. */
export type RecallClient = Resources;

/**
 * Creates a client. Calls resolve to the parsed body and throw a RecallError subclass on failure
 * (no `{ data, error }` pairs: a forgotten check cannot pass an error off as data).
 */
export function createRecallClient(options: ClientOptions): RecallClient {
  return createResources(createRecallCore(options));
}

/**
 * The request core alone, for the resource classes one at a time (`new Recordings(core)`): a bundler then keeps
 * only the resources a program uses, where the client object keeps every one.
 */
export function createRecallCore(options: ClientOptions): RequestCore {
  const { region, baseUrl, ...rest } = options;
  if (region !== undefined && baseUrl !== undefined) throw new RecallValidationError("region", "give region or baseUrl, not both");
  return createCore({ ...rest, baseUrl: baseUrl ?? serverUrl(server, { region }) });
}
