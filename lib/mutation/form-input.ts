/** FormData → plain object (single values), the raw input a zod schema parses. */
export function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  }
  return input;
}

const INDEX = /^\d+$/;
// A posted name must not reach the object prototype ("__proto__.admin").
const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);

/**
 * FormData with dotted names ("lots.0.title", "quality.2.weight") → nested objects and arrays, for forms with
 * repeated rows. Gaps in the indexes (a removed row) close up, so the order on screen is the order saved.
 */
export function nestedFormInput(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(formInput(formData))) {
    const parts = key.split(".");
    if (parts.some((part) => FORBIDDEN.has(part) || part === "")) continue;
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      if (typeof child !== "object" || child === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return compactArrays(root) as Record<string, unknown>;
}

function compactArrays(node: unknown): unknown {
  if (typeof node !== "object" || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>);
  if (entries.length > 0 && entries.every(([key]) => INDEX.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => compactArrays(value));
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, compactArrays(value)]));
}
