/**
 * The header our own HTTP server (scripts/start/next-server.ts) sets on every request to "<token> <TCP peer address>",
 * overwriting whatever a client sent under that name. The token is random per process (PEER_ADDRESS_TOKEN), so under
 * a plain `next start`, which sets no such header, a client cannot forge one.
 */
export const PEER_ADDRESS_HEADER = "x-tiltaksanbud-peer";

// Node reports IPv4 peers on a dual-stack socket as "::ffff:1.2.3.4".
const normalise = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address for rate limits and logs. X-Forwarded-For is believed only as far as the hops are proxies
 * named in TRUSTED_PROXIES: from the peer, walk the list right to left past trusted proxies; the first address that
 * is not one is the client. Without a trusted peer the header is ignored, so a client cannot choose its address.
 * "unknown" when the app runs behind no server that tells it the peer (then all share one bucket: fail safe).
 */
export function clientAddress(headers: { get(name: string): string | null }, trustedProxies: readonly string[], token: string | undefined): string {
  const [given, peer] = (headers.get(PEER_ADDRESS_HEADER) ?? "").split(" ");
  if (!token || given !== token || !peer) return "unknown";
  const trusted = new Set(trustedProxies.map(normalise));
  let client = normalise(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  while (trusted.has(client) && forwarded.length > 0) client = forwarded.pop()!;
  return client;
}
