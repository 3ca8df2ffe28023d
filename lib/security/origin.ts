/**
 * Cross-site request forgery guard for state-changing requests authenticated by cookie. Browsers send `Origin` on
 * every cross-origin POST (and on same-origin ones): one naming another host is a foreign site's page posting with
 * our user's cookies. Requests without `Origin` come from non-browser clients, which cookies do not ride along with.
 */
export function isForeignOrigin(headers: Headers, ownOrigins: readonly string[]): boolean {
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  // A sandboxed frame or a privacy redirect says "null": it cannot prove it is ours.
  if (origin === "null") return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  return !ownOrigins.some((own) => own === host);
}

/** The hosts this request may legitimately come from: the one it was sent to (directly or via a proxy) and the configured public URL. */
export function ownHosts(headers: Headers, publicUrl: string | undefined): string[] {
  const hosts = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0]?.trim()];
  if (publicUrl) hosts.push(new URL(publicUrl).host);
  return hosts.filter((host): host is string => Boolean(host));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** Exactly `application/json`, with parameters such as charset allowed (not `application/jsonx` or `application/json-seq`). */
export function isJsonContentType(value: string | null): boolean {
  return value?.split(";")[0]?.trim().toLowerCase() === "application/json";
}
