import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJSON, isSecretKey, toAuditJson } from "@/lib/audit/canonical";
import { GENESIS_HASH, eventHash, tenderChain, type HashedEvent } from "@/lib/audit/hash";

const event: HashedEvent = {
  chain: "tender:t1",
  seq: 1,
  at: new Date("2025-03-14T11:00:00.000Z"),
  actorId: "u1",
  action: "tender.announce",
  entityType: "Tender",
  entityId: "t1",
  before: { status: "READY" },
  after: { status: "ANNOUNCED" },
  prevHash: GENESIS_HASH,
};

describe("canonicalJSON", () => {
  it("sorts keys at every depth and drops undefined members", () => {
    expect(canonicalJSON({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("writes BigInt as a string, Dates as ISO, non-finite numbers as null", () => {
    expect(canonicalJSON({ ore: 149_000_000_00n, at: new Date("2025-03-14T11:00:00Z"), x: Number.NaN })).toBe(
      '{"at":"2025-03-14T11:00:00.000Z","ore":"14900000000","x":null}',
    );
  });

  it("is independent of key insertion order (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJSON(reversed)).toBe(canonicalJSON(record));
        expect(JSON.parse(canonicalJSON(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});

describe("toAuditJson", () => {
  it("strips secret-named keys at any depth", () => {
    const summary = { email: "kari@nav.no", passwordHash: "$argon2id$…", nested: { clientSecret: "s", apiToken: "t", name: "x" } };
    expect(toAuditJson(summary)).toEqual({ email: "kari@nav.no", nested: { name: "x" } });
    expect(["password", "newPassword", "PASSWORD_HASH", "secret", "sessionToken", "authorization", "cookie"].every(isSecretKey)).toBe(true);
    expect(["status", "regionId", "passport"].some(isSecretKey)).toBe(false);
  });

  it("makes BigInt, Decimal-like, Dates and bytes JSON-safe", () => {
    const decimal = { toJSON: () => "12.5000" };
    expect(toAuditJson({ v: 10n, w: decimal, at: new Date("2025-01-01T00:00:00Z"), doc: new Uint8Array(3), gone: undefined, list: [undefined, 1] })).toEqual({
      v: "10", w: "12.5000", at: "2025-01-01T00:00:00.000Z", doc: "<3 bytes>", list: [null, 1],
    });
  });

  it("rejects cycles but allows shared references", () => {
    const shared = { a: 1 };
    expect(toAuditJson({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => toAuditJson(cyclic)).toThrow(TypeError);
  });
});

describe("eventHash", () => {
  it("is a stable sha256 hex over the canonical event", () => {
    const hash = eventHash(event);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash({ ...event, after: { status: "ANNOUNCED" } })).toBe(hash);
    expect(eventHash({ ...event, at: new Date(event.at.getTime()) })).toBe(hash);
  });

  it.each([
    ["chain", { chain: "tender:t2" }],
    ["seq", { seq: 2 }],
    ["at", { at: new Date("2025-03-14T11:00:00.001Z") }],
    ["actorId", { actorId: null }],
    ["action", { action: "tender.cancel" }],
    ["entityType", { entityType: "Bid" }],
    ["entityId", { entityId: "t2" }],
    ["before", { before: null }],
    ["after", { after: { status: "CANCELLED" } }],
    ["prevHash", { prevHash: "f".repeat(64) }],
  ] as const)("changes when %s changes", (_field, change) => {
    expect(eventHash({ ...event, ...change })).not.toBe(eventHash(event));
  });

  it("ignores fields outside the link (e.g. a row id)", () => {
    expect(eventHash({ ...event, id: 99n } as HashedEvent)).toBe(eventHash(event));
  });

  it("names tender chains", () => {
    expect(tenderChain("abc")).toBe("tender:abc");
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });
});
