// Where requests go: a region of the generated server template, or an explicit base URL (https, or http on loopback).

import { RecallValidationError } from "./errors.js";

/** The shape of generated/servers.ts: a URL template and its variables. */
export interface ServerInfo {
  readonly url: string;
  readonly variables: Readonly<Record<string, { readonly default: string; readonly enum?: readonly string[] }>>;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Fills the server template's variables (`{region}`), each checked against its enum. */
export function serverUrl(server: ServerInfo, values: Readonly<Record<string, string | undefined>>): string {
  return server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const variable = server.variables[name];
    if (variable === undefined) throw new RecallValidationError(name, "no such server variable");
    const value = values[name] ?? variable.default;
    if (variable.enum !== undefined && !variable.enum.includes(value)) {
      throw new RecallValidationError(name, `expected one of ${variable.enum.join(", ")}, got ${JSON.stringify(value)}`);
    }
    return value;
  });
}

/** Normalises a base URL (no trailing slash) and refuses anything that would send the key in clear or astray. */
export function checkBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new RecallValidationError("baseUrl", `not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new RecallValidationError("baseUrl", "must be https (plain http only on 127.0.0.1, localhost or [::1])");
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new RecallValidationError("baseUrl", "must not carry credentials, a query or a fragment");
  }
  return url.href.replace(/\/+$/, "");
}
