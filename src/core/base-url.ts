// Where requests go: a region of the generated server template, or an explicit base URL (https, or http on loopback).

import { RecallValidationError, oneLine } from "./errors.js";

/** The shape of generated/servers.ts: a URL template and its variables. */
export interface ServerInfo {
  readonly url: string;
  readonly variables: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[] }>>;
}

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];

/**
 * Fills the server template's variables (`{region}`), each required and checked against its enum. The spec's defaults
 * are not used: a default region would send every other region's key to the wrong host, which answers a bare 401.
 */
export function serverUrl(server: ServerInfo, values: Readonly<Record<string, string | undefined>>): string {
  return server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    // The template and its variables come from one spec object: every name has its entry.
    const allowed = server.variables[name]!.enum;
    const value = values[name];
    const choices = allowed ? `one of ${allowed.join(", ")}` : "a value";
    if (value === undefined) throw new RecallValidationError(name, `required (${choices}), or give baseUrl`);
    if (allowed && !allowed.includes(value)) throw new RecallValidationError(name, `expected ${choices}, got ${JSON.stringify(value)}`);
    return value;
  });
}

/** Normalises a base URL (no trailing slash) and refuses anything that would send the key in clear or astray. */
export function checkBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== "string" || !URL.canParse(baseUrl)) throw new RecallValidationError("baseUrl", `not a URL: ${typeof baseUrl === "string" ? JSON.stringify(withoutQuery(baseUrl)) : typeof baseUrl}`);
  const url = new URL(baseUrl);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.includes(url.hostname))) {
    throw new RecallValidationError("baseUrl", "must be https (plain http only on 127.0.0.1, localhost or [::1])");
  }
  if (url.username || url.password || url.search || url.hash) throw new RecallValidationError("baseUrl", "must not carry credentials, a query or a fragment");
  return url.href.replace(/\/+$/, "");
}

/** A URL as an error may show it: a query can carry a signature or a token, so it never does. */
export function withoutQuery(url: string): string {
  const cut = url.split(/[?#]/, 1)[0]!;
  return oneLine(cut.length < url.length ? `${cut}?…` : cut, 200);
}
