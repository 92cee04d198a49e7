// The rating of every kind of spec change by what it does to this client's users (their TypeScript code and
// their calls), not to the API in the abstract. Redocly's diff engine finds the changes and applies its rules
// with the impacts set here; the `recall-*` rules are ours, for what only this client's generator knows.
// docs/releases.md's "Rule ratings" table is printed from this table (npm run diff:spec -- --rules).

export type Impact = "major" | "minor" | "patch";

export const IMPACTS: readonly Impact[] = ["major", "minor", "patch"];

export interface Rule {
  readonly impact: Impact;
  /** Why, in terms of the user's code: one sentence. */
  readonly why: string;
}

/** Redocly's diff rules (all on in its `diff-recommended`), rated for this client. */
const REDOCLY_RULES: Readonly<Record<string, Rule>> = {
  "operation-removed": { impact: "major", why: "its method disappears from the client" },
  "path-removed": { impact: "major", why: "the methods of its operations disappear" },
  "operation-id-changed": { impact: "major", why: "method and type names come from the operationId, so they change" },
  "parameter-removed": { impact: "major", why: "a call that passes it no longer type-checks" },
  "parameter-became-required": { impact: "major", why: "a call without it no longer type-checks" },
  "parameter-serialization-changed": { impact: "patch", why: "the client encodes parameters from the spec; callers' code is unchanged" },
  "request-body-removed": { impact: "major", why: "a call that sends a body no longer type-checks" },
  "request-body-became-required": { impact: "major", why: "a call without a body no longer type-checks" },
  "response-removed": { impact: "major", why: "code reading that response's body loses its type" },
  "response-header-removed": { impact: "major", why: "code reading the header from .withResponse() gets null" },
  "media-type-removed": { impact: "major", why: "bodies of that media type lose their type" },
  "security-requirement-changed": { impact: "major", why: "existing credentials may be refused" },
  "security-scheme-changed": { impact: "major", why: "existing credentials may be refused" },
  "server-removed": { impact: "major", why: "a `region` or base URL that was valid is refused" },
  "schema-type-changed": {
    impact: "major",
    why: "a response type that widens (e.g. gains null) breaks code using the old type; a request type that narrows refuses old input",
  },
  "enum-values-added": { impact: "major", why: "a response enum that gains a value breaks an exhaustive `switch` over it" },
  "enum-values-removed": { impact: "major", why: "a request value that was valid no longer type-checks" },
  "required-properties-added": { impact: "major", why: "request objects built without the property no longer type-check" },
  "required-properties-removed": { impact: "major", why: "a response property becomes optional (`T | undefined`), breaking code under strict null checks" },
  "property-removed": { impact: "major", why: "code reading or sending the property no longer type-checks" },
  "schema-constraint-changed": { impact: "major", why: "request values that were valid are refused" },
  "schema-combinator-changed": { impact: "major", why: "the generated union or intersection type changes shape" },
};

/** Our rules, applied to the changes Redocly found but no Redocly rule rated. */
export const RECALL_RULES = {
  "recall-method-renamed": { impact: "major", why: "x-sdk-method changed the client method's name, so calls to the old name fail" },
  "recall-read-only-added": { impact: "major", why: "request types leave out readOnly properties, so code sending it no longer type-checks" },
  "recall-pagination-changed": { impact: "major", why: "x-pagination decides whether the method returns a page iterator, so its return type changes" },
  "recall-rate-limit-changed": { impact: "patch", why: "only the client's built-in limiter changes pace; callers' code is unchanged" },
  "recall-added": { impact: "minor", why: "new, so existing code is unaffected" },
  "recall-documentation": { impact: "patch", why: "documentation only (descriptions, summaries, examples, links)" },
  "recall-other": { impact: "patch", why: "no rule finds a way it breaks existing code" },
} as const satisfies Record<string, Rule>;

export type RecallRuleId = keyof typeof RECALL_RULES;

export function ruleOf(id: string): Rule | undefined {
  return REDOCLY_RULES[id] ?? (RECALL_RULES as Record<string, Rule>)[id];
}

/** The `diff:` section of a Redocly config with our impacts. */
export function redoclyRatings(): Record<string, Impact> {
  return Object.fromEntries(Object.entries(REDOCLY_RULES).map(([id, rule]) => [id, rule.impact]));
}

export const rank = (impact: Impact): number => IMPACTS.length - IMPACTS.indexOf(impact);

/** docs/releases.md's table: every rule, its rating and why; Redocly's rules first, as they run first. */
export function rulesTable(): string {
  const rows = [
    ...Object.entries(REDOCLY_RULES).map(([id, rule]) => ({ id, rule, by: "Redocly" })),
    ...Object.entries(RECALL_RULES).map(([id, rule]) => ({ id, rule: rule as Rule, by: "ours" })),
  ];
  return [
    "| rule | rated | why, for this client's users | from |",
    "|---|---|---|---|",
    ...rows.map(({ id, rule, by }) => `| \`${id}\` | ${rule.impact} | ${rule.why.replace(/\|/g, "\\|")} | ${by} |`),
  ].join("\n");
}
