// The string formats the client checks, as regular expressions: one rule for the request checks (validate.ts) and
// the generated response validators (scripts/pipeline/emit/validators.ts emits these very patterns inline).

// A day that exists: 31-day months, 30-day months, February to the 28th, and the 29th in leap years (every fourth,
// except centuries not divisible by 400).
const DAY = String.raw`(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)`;
// RFC 3339 section 5.6: hours to 23, minutes to 59, seconds to 60 (a leap second), an offset or Z.
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;

/** RFC 3339 date-time (JSON Schema's `date-time`), RFC 4122 UUID, and an absolute URI (scheme, then no spaces). */
export const FORMATS = {
  "date-time": new RegExp(`^${DAY}[Tt ]${TIME}$`),
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
} as const satisfies Readonly<Record<string, RegExp>>;
