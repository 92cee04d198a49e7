// Where requests go: a region of the generated server template, or an explicit base URL (https, or http on loopback).

import { RecallValidationError } from "./errors.js";

/** The shape of generated/servers.ts: a URL template and its variables. */
export interface ServerInfo {
  readonly url: string;
  readonly variables: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[] }>>;
}

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];

/** Fills the server template's variables (`{region}`), each checked against its enum. */
export function serverUrl(server: ServerInfo, values: Readonly<Record<string, string | undefined>>): string {
  return server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    // The template and its variables come from one spec object: every name has its entry.
    const { default: fallback, enum: allowed } = server.variables[name]!;
    const value = values[name] ?? fallback;
    if (allowed && !allowed.includes(value)) throw new RecallValidationError(name, `expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
    return value;
  });
}

/** Normalises a base URL (no trailing slash) and refuses anything that would send the key in clear or astray. */
export function checkBaseUrl(baseUrl: string): string {
  if (!URL.canParse(baseUrl)) throw new RecallValidationError("baseUrl", `not a URL: ${JSON.stringify(baseUrl)}`);
  const url = new URL(baseUrl);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.includes(url.hostname))) {
    throw new RecallValidationError("baseUrl", "must be https (plain http only on 127.0.0.1, localhost or [::1])");
  }
  if (url.username || url.password || url.search || url.hash) throw new RecallValidationError("baseUrl", "must not carry credentials, a query or a fragment");
  return url.href.replace(/\/+$/, "");
}
