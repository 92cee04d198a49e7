// Reads the bundled document's `webhooks` (OpenAPI 3.1, 4.8.1); produces generated/webhooks.ts: the map from each
// event name to its payload's named type, the union of every payload (`event` narrows `data`), and the names as data,
// so src/webhooks.ts can tell an event this spec describes from one it does not.
import { type SourceFileStructure, StructureKind, VariableDeclarationKind } from "ts-morph";
import { byCodeUnit } from "../../openapi/keys.js";
import type { Json, OpenAPIDocument } from "../../openapi/json.js";
import { SpecError } from "../../openapi/document.js";
import { pointerOf, resolveRef, schemaRefName } from "../../openapi/pointer.js";
import { docText, printKey } from "./literal.js";


interface WebhookModel {
  readonly name: string;
  /** The named type (a component schema) of the payload. */
  readonly type: string;
  readonly summary: string | undefined;
}

export function readWebhooks(document: OpenAPIDocument): WebhookModel[] {
  const webhooks = (document.webhooks ?? {}) as Json;
  return Object.keys(webhooks)
    .sort(byCodeUnit)
    .map((name) => {
      const post = resolveRef(document, webhooks[name]).post as Json | undefined;
      if (!post) throw new SpecError(pointerOf("webhooks", name), "webhook without POST", "only POST webhooks are supported");
      const body = post.requestBody ? resolveRef(document, post.requestBody) : undefined;
      const type = schemaRefName(((body?.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema);
      if (type === undefined) {
        const pointer = pointerOf("webhooks", name, "post", "requestBody", "content", "application/json", "schema");
        throw new SpecError(pointer, "webhook payload without a component $ref", "the application/json request body must $ref a component schema, so the payload is a named type");
      }
      return { name, type, summary: post.description as string | undefined };
    });
}

export function emitWebhookEventsFile(document: OpenAPIDocument): Pick<SourceFileStructure, "statements"> {
  const webhooks = readWebhooks(document);
  const types = [...new Set(webhooks.map((webhook) => webhook.type))].sort(byCodeUnit);
  return {
    statements: [
      ...(types.length > 0 ? [{ kind: StructureKind.ImportDeclaration as const, isTypeOnly: true, moduleSpecifier: "./types.js", namedImports: types }] : []),
      {
        kind: StructureKind.Interface,
        name: "WebhookEvents",
        isExported: true,
        docs: ["Every webhook event of the spec: its name and the payload Recall POSTs for it."],
        properties: webhooks.map((webhook) => ({
          name: printKey(webhook.name),
          type: webhook.type,
          docs: webhook.summary ? [docText(webhook.summary.trim().split("\n\n")[0] ?? "")] : [],
        })),
      },
      {
        kind: StructureKind.TypeAlias,
        name: "WebhookEventName",
        isExported: true,
        docs: ["The name of a webhook event of the spec, e.g. `recording.done`."],
        type: "keyof WebhookEvents",
      },
      {
        kind: StructureKind.TypeAlias,
        name: "WebhookEvent",
        isExported: true,
        docs: ["Any webhook event of the spec; checking `event` narrows `data`."],
        type: "WebhookEvents[WebhookEventName]",
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["The name of every webhook event of the spec, sorted."],
        declarations: [{ name: "webhookEventNames", initializer: `[\n${webhooks.map((webhook) => `  ${JSON.stringify(webhook.name)},`).join("\n")}\n] as const satisfies readonly WebhookEventName[]` }],
      },
    ],
  };
}
