/** JSON as stored in the audit log's before/after columns. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

// Secrets never enter the log, however a caller names them (passwordHash, clientSecret, apiToken …).
const SECRET_KEY = /pass(word|wd)|secret|token|authorization|cookie|api[-_]?key/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * Turns a before/after summary into plain JSON: secret-named keys removed at any depth, BigInt and
 * Decimal (anything with toJSON) to strings, Dates to ISO, bytes to a size marker, undefined dropped.
 * The hash is computed over exactly this value, which is also what is stored.
 */
export function toAuditJson(value: unknown, seen: Set<object> = new Set()): JsonValue | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
      // Postgres jsonb rejects NUL characters; everything else is stored as given.
      return value.replaceAll("\u0000", "");
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "bigint":
      return value.toString();
    case "object":
      return objectToAuditJson(value, seen);
    default:
      return undefined;
  }
}

function objectToAuditJson(value: object, seen: Set<object>): JsonValue | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return `<${value.byteLength} bytes>`;
  if (seen.has(value)) throw new TypeError("Audit summary contains a cycle");
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => toAuditJson(item, seen) ?? null);
    if ("toJSON" in value && typeof value.toJSON === "function") return toAuditJson(value.toJSON(), seen);
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (isSecretKey(key)) continue;
      const json = toAuditJson(item, seen);
      if (json !== undefined) out[key] = json;
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * Deterministic JSON: object keys sorted (UTF-16 code unit order), no whitespace, BigInt as a
 * string, Dates as ISO strings, undefined members omitted. Equal values give equal text.
 */
export function canonicalJSON(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(",")}]`;
  if (typeof value === "object") {
    const members = Object.entries(value)
      .filter(([, item]) => item !== undefined && typeof item !== "function")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJSON(item)}`);
    return `{${members.join(",")}}`;
  }
  return "null";
}
