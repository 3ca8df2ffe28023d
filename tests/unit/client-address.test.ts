import { describe, expect, it } from "vitest";

import { clientAddress, PEER_ADDRESS_HEADER } from "@/lib/security/client-address";

const TOKEN = "s3cret";
const request = (peer: string | null, forwardedFor?: string, token = TOKEN) =>
  new Headers({ ...(peer ? { [PEER_ADDRESS_HEADER]: `${token} ${peer}` } : {}), ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientAddress", () => {
  it("uses the TCP peer and ignores a client's own X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("203.0.113.9", "1.1.1.1"), [], TOKEN)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:203.0.113.9", "1.1.1.1, 2.2.2.2"), [], TOKEN)).toBe("203.0.113.9");
  });

  it("believes X-Forwarded-For only through trusted proxies, taking the first untrusted hop from the right", () => {
    expect(clientAddress(request("10.0.0.2", "198.51.100.7"), ["10.0.0.2"], TOKEN)).toBe("198.51.100.7");
    // The client prepended a fake address; the proxy appended the real one.
    expect(clientAddress(request("10.0.0.2", "6.6.6.6, 198.51.100.7"), ["10.0.0.2"], TOKEN)).toBe("198.51.100.7");
    expect(clientAddress(request("10.0.0.3", "198.51.100.7, 10.0.0.2"), ["10.0.0.2", "10.0.0.3"], TOKEN)).toBe("198.51.100.7");
    // An untrusted peer cannot relay someone else's address.
    expect(clientAddress(request("203.0.113.9", "198.51.100.7"), ["10.0.0.2"], TOKEN)).toBe("203.0.113.9");
  });

  it("is 'unknown' without a peer address, or with one our server did not set (never a client-chosen one)", () => {
    expect(clientAddress(request(null, "1.2.3.4"), ["10.0.0.2"], TOKEN)).toBe("unknown");
    expect(clientAddress(request("6.6.6.6", undefined, "guess"), [], TOKEN)).toBe("unknown");
    expect(clientAddress(request("6.6.6.6"), [], undefined)).toBe("unknown");
  });
});
