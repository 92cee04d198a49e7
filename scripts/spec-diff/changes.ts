// Turns Redocly's diff report into this project's changes: each rated by rules.ts, with the reason, and
// placed in a group a reader knows: the client method (operation) or the component schema it is in.
import type { OpenAPIDocument } from "../openapi/json.js";
import { HTTP_METHODS } from "../openapi/document.js";
import { isObject } from "../openapi/json.js";
import { escapeSegment as encode, pointerOf, splitPointer, unescapeSegment as decodeSegment, valueAt } from "../openapi/pointer.js";
import { methodLabel, operationTitle, requestSchemas, schemaUsers } from "./document.js";
import type { RedoclyChange } from "./redocly-diff.js";
import { type Impact, RECALL_RULES, type RecallRuleId, rank, ruleOf } from "./rules.js";

export interface ChangeGroup {
  readonly kind: "operation" | "webhook" | "schema" | "document";
  /** Sort key and identity, e.g. `paths /api/v1/recording/ get` or `Recording`. */
  readonly key: string;
  /** `recordings.list  (GET /api/v1/recording/)`, `schema Recording (used by ...)`. */
  readonly title: string;
  /** Short name for one-line changelog entries: `recordings.list`, `Recording`. */
  readonly short: string;
}

export interface SpecChange {
  readonly group: ChangeGroup;
  /** The place inside the group: `response 200 · results[].created_at · type`. */
  readonly where: string;
  readonly kind: "added" | "removed" | "modified";
  readonly impact: Impact;
  readonly rules: readonly string[];
  /** What changed. */
  readonly message: string;
  /** Why it has this impact, for this client's users. */
  readonly why: string;
}

const DOCUMENTATION = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "tags", "x-logo", "contact", "license"]);

export function rateChanges(changes: readonly RedoclyChange[], base: OpenAPIDocument, revision: OpenAPIDocument): SpecChange[] {
  const users = new Map([...schemaUsers(base), ...schemaUsers(revision)]);
  const sent = requestSchemas(revision);
  return changes
    .filter((change) => !(change.path === "#/info" && change.property === "version"))
    .flatMap((change) => perOperation(change, change.kind === "removed" ? base : revision))
    .map((change) => rateOne(change, base, revision, users, sent))
    .sort(byGroupThenImpact);
}

/** A path (or webhook) added or removed whole is one change per operation in it, so each method is named. */
function perOperation(change: RedoclyChange, document: OpenAPIDocument): RedoclyChange[] {
  const segments = splitPointer(change.path);
  if (change.kind === "modified" || segments.length !== 2 || !["paths", "webhooks"].includes(segments[0] ?? "")) return [change];
  const item = valueAt(document, change.path);
  const methods = HTTP_METHODS.filter((method) => isObject(item) && isObject(item[method]));
  if (methods.length === 0) return [change];
  const at = (side: RedoclyChange["base"], method: string) => (side ? { ...side, pointer: `${change.path}/${method}` } : undefined);
  return methods.map((method) => ({ ...change, path: `${change.path}/${method}`, base: at(change.base, method), revision: at(change.revision, method) }));
}

function rateOne(change: RedoclyChange, base: OpenAPIDocument, revision: OpenAPIDocument, users: Map<string, string[]>, sent: Set<string>): SpecChange {
  const pointer = change.revision?.pointer ?? change.base?.pointer ?? change.path;
  const schema = /^#\/components\/schemas\/([^/]+)(.*)$/.exec(pointer);
  let group: ChangeGroup;
  let where: string;
  if (schema?.[1] !== undefined) {
    const name = decodeSegment(schema[1]);
    const usedBy = users.get(name);
    group = { kind: "schema", key: name, short: name, title: `schema ${name}${usedBy ? ` (used by ${usedBy.join(", ")})` : ""}` };
    where = describePath(splitPointer(schema[2] ?? ""), change, base, revision, "");
  } else {
    ({ group, where } = placeInDocument(change, base, revision));
  }
  const message = messageOf(change, group, where);
  if (change.verdicts.length > 0) {
    const rules = [...new Set(change.verdicts.map((verdict) => verdict.ruleId))];
    return {
      group,
      where,
      kind: change.kind,
      impact: change.verdicts.map((verdict) => verdict.impact).sort((a, b) => rank(b) - rank(a))[0] ?? change.impact,
      rules,
      message: change.verdicts.map((verdict) => verdict.message).join(" "),
      why: rules.map((id) => ruleOf(id)?.why ?? "rated by Redocly").join("; "),
    };
  }
  const id = recallRule(change, base, revision, group.kind === "schema" && sent.has(group.key));
  const renamed = id === "recall-method-renamed" ? renameMessage(change, base, revision) : undefined;
  const rule = RECALL_RULES[id];
  return { group, where, kind: change.kind, impact: rule.impact, rules: [id], message: renamed ?? message, why: rule.why };
}

function recallRule(change: RedoclyChange, base: OpenAPIDocument, revision: OpenAPIDocument, inRequests: boolean): RecallRuleId {
  const segments = [...splitPointer(change.path), ...(change.property ? [change.property] : [])];
  if (change.property === "readOnly" && change.revision?.value === true && inRequests) return "recall-read-only-added";
  if (segments.includes("x-sdk-method") && renameMessage(change, base, revision)) return "recall-method-renamed";
  if (segments.includes("x-pagination")) return "recall-pagination-changed";
  if (segments.some((segment) => segment === "x-rate-limit" || segment === "x-throttles")) return "recall-rate-limit-changed";
  if (segments.some((segment) => DOCUMENTATION.has(segment))) return "recall-documentation";
  if (change.kind === "added") return "recall-added";
  return "recall-other";
}

/** `recordings.retrieve -> recordings.get` when an x-sdk-method change renames the method. */
function renameMessage(change: RedoclyChange, base: OpenAPIDocument, revision: OpenAPIDocument): string | undefined {
  const segments = splitPointer(change.path);
  const at = segments.findIndex((segment) => (HTTP_METHODS as readonly string[]).includes(segment));
  if (at < 0) return undefined;
  const pointer = pointerOf(...segments.slice(0, at + 1));
  const [before, after] = [valueAt(base, pointer), valueAt(revision, pointer)];
  if (!isObject(before) || !isObject(after)) return undefined;
  const path = segments[at - 1] ?? "";
  const [from, to] = [methodLabel(before, path, ""), methodLabel(after, path, "")];
  return from !== to ? `Method ${from} is now ${to}.` : undefined;
}

function messageOf(change: RedoclyChange, group: ChangeGroup, where: string): string {
  const subject = `\`${change.kind === "modified" ? (change.property ?? "value") : (where.split(" · ").pop() || group.short)}\``;
  if (change.kind === "added") return group.kind === "operation" && isOperationPath(change.path) ? `New method ${group.short}.` : `${subject} was added.`;
  if (change.kind === "removed") return `${subject} was removed.`;
  return `${subject} changed from ${short(change.base?.value)} to ${short(change.revision?.value)}.`;
}

function isOperationPath(path: string): boolean {
  const segments = splitPointer(path);
  return segments.length === 3 && (HTTP_METHODS as readonly string[]).includes(segments[2] ?? "");
}

function short(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function placeInDocument(change: RedoclyChange, base: OpenAPIDocument, revision: OpenAPIDocument): { group: ChangeGroup; where: string } {
  const [section, key, method, ...rest] = splitPointer(change.path);
  if ((section === "paths" || section === "webhooks") && key !== undefined) {
    const document = change.kind === "removed" ? base : revision;
    if (method !== undefined && (HTTP_METHODS as readonly string[]).includes(method)) {
      const operation = valueAt(document, `#/${section}/${encode(key)}/${method}`);
      const ref = { section, key, method, operation: isObject(operation) ? operation : {} };
      const title = operationTitle(ref);
      const group: ChangeGroup = {
        kind: section === "webhooks" ? "webhook" : "operation",
        key: `${section} ${key} ${method}`,
        title,
        short: title.split("  ")[0] ?? title,
      };
      const where = describePath(rest, change, base, revision, `#/${section}/${encode(key)}/${method}`);
      // A webhook's request body is what the user's handler receives; Redocly already rates it as a response.
      return { group, where: section === "webhooks" ? where.replace(/^request body/, "payload") : where };
    }
    const label = section === "webhooks" ? `webhook ${key}` : `every method of ${key}`;
    const group: ChangeGroup = { kind: section === "webhooks" ? "webhook" : "operation", key: `${section} ${key}`, title: label, short: label };
    return { group, where: describePath(method === undefined ? [] : [method, ...rest], change, base, revision, `#/${section}/${encode(key)}`) };
  }
  const all = splitPointer(change.path);
  return { group: { kind: "document", key: "", title: "the document (info, servers, security, components)", short: "document" }, where: describePath(all, change, base, revision, "#") };
}


/** Human path inside a group: `parameter query bot_id`, `response 200 · results[].created_at`, then ` · property`. */
function describePath(segments: readonly string[], change: RedoclyChange, base: OpenAPIDocument, revision: OpenAPIDocument, prefix: string): string {
  const document = change.kind === "removed" ? base : revision;
  const parts: string[] = [];
  let field = "";
  const flushField = () => {
    if (field) parts.push(field);
    field = "";
  };
  let pointer = prefix;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] ?? "";
    const next = segments[i + 1];
    if (segment === "parameters" && next !== undefined) {
      const parameter = valueAt(document, `${pointer}/parameters/${next}`);
      flushField();
      parts.push(isObject(parameter) ? `${String(parameter.in)} parameter ${String(parameter.name)}` : `parameter ${next}`);
      pointer += `/parameters/${next}`;
      i++;
      continue;
    }
    pointer += `/${encode(segment)}`;
    if (segment === "responses" && next !== undefined) {
      flushField();
      parts.push(`response ${next}`);
      pointer += `/${encode(next)}`;
      i++;
    } else if (segment === "content" && next !== undefined) {
      if (next !== "application/json") parts.push(next);
      pointer += `/${encode(next)}`;
      i++;
    } else if (segment === "requestBody") {
      flushField();
      parts.push("request body");
    } else if (segment === "properties" && next !== undefined) {
      field = field ? `${field}.${next}` : next;
      pointer += `/${encode(next)}`;
      i++;
    } else if (segment === "items") {
      field += "[]";
    } else if (segment === "schema" || segment === "$ref") {
      continue;
    } else if (!(change.kind === "modified" && i === segments.length - 1 && segment === change.property)) {
      flushField();
      parts.push(segment);
    }
  }
  flushField();
  if (change.kind === "modified" && change.property) parts.push(change.property);
  return parts.join(" · ");
}

function byGroupThenImpact(a: SpecChange, b: SpecChange): number {
  const order = ["operation", "webhook", "schema", "document"];
  return (
    order.indexOf(a.group.kind) - order.indexOf(b.group.kind) ||
    compare(a.group.key, b.group.key) ||
    rank(b.impact) - rank(a.impact) ||
    compare(a.where, b.where) ||
    compare(a.message, b.message)
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function requiredBump(changes: readonly SpecChange[]): Impact | undefined {
  return [...changes].sort((a, b) => rank(b.impact) - rank(a.impact))[0]?.impact;
}
