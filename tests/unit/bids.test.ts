import { describe, expect, it } from "vitest";

import { canonicalJson, receiptHash } from "@/lib/bids/canonical";
import { bidContentSchema, canonicalBid, splitResultsBased, type BidSpec } from "@/lib/bids/content";
import { isBeforeDeadline } from "@/lib/bids/deadline";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES } from "@/lib/bids/documents";
import { checkDocument, sanitizeFilename } from "@/lib/documents/rules";
import { isEligible, refusedLots } from "@/lib/bids/eligibility";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { parseOslo } from "@/lib/time";

describe("canonical receipt hash", () => {
  it("sorts keys, drops whitespace, keeps array order, NFC-normalises, and hashes the UTF-8 bytes (hand-computed vectors)", () => {
    // printf '%s' '{"a":[true,null,3],"b":"blå","format":"x"}' | sha256sum
    const value = { format: "x", b: "bla\u030A", a: [true, null, 3] };
    expect(canonicalJson(value)).toBe('{"a":[true,null,3],"b":"blå","format":"x"}');
    expect(receiptHash(value)).toBe("3f5ce788406fe4d65d92ec50ede8e391a92e847daf98a3a37603727e6c62dcf3");
  });

  it("a whole bid: the README's example gives the documented hash", () => {
    const canonical = canonicalBid(
      { tenderId: "T1", tenderReference: "2026/0001", supplierOrgnr: "974760673" },
      {
        lots: [{ lotId: "L1", lotNumber: 1, price: { kind: "per-participant-month", unitPriceOre: "1980000" } }],
        quality: [{ criterionId: "C1", answer: "Tett oppfølging" }],
        requirements: [],
        exclusionGrounds: [{ code: "fraud", applies: false, comment: "" }],
      },
      [],
    );
    expect(canonicalJson(canonical)).toBe(
      '{"documents":[],"exclusionGrounds":[{"applies":false,"code":"fraud","comment":""}],"format":"tiltaksanbud-bid-1","lots":[{"lotId":"L1","lotNumber":1,"price":{"kind":"per-participant-month","unitPriceOre":"1980000"}}],"quality":[{"answer":"Tett oppfølging","criterionId":"C1"}],"requirements":[],"supplierOrgnr":"974760673","tenderId":"T1","tenderReference":"2026/0001"}',
    );
    expect(receiptHash(canonical)).toBe("1e05d55102bcb1bde229fe017d52730c8390edf11e94999a9aa21c735e59b15d");
  });

  it("orders documents by SHA-256 and refuses numbers that are not safe integers", () => {
    const docs = [
      { filename: "b.pdf", mimeType: "application/pdf", sha256: "bb", sizeBytes: 2 },
      { filename: "a.pdf", mimeType: "application/pdf", sha256: "aa", sizeBytes: 1 },
    ];
    const canonical = canonicalBid({ tenderId: "T", tenderReference: "R", supplierOrgnr: "O" }, { lots: [], quality: [], requirements: [], exclusionGrounds: [] }, docs) as { documents: { sha256: string }[] };
    expect(canonical.documents.map((d) => d.sha256)).toEqual(["aa", "bb"]);
    expect(() => canonicalJson({ price: 0.1 })).toThrow(TypeError);
  });
});

describe("eligibility for reserved competitions", () => {
  const none = { verifiedIdeal: false, verifiedWorkInclusion: false };
  it.each([
    ["NONE", none, true],
    ["WORK_INCLUSION", none, false],
    ["IDEAL", none, false],
    ["WORK_INCLUSION", { ...none, verifiedWorkInclusion: true }, true],
    ["IDEAL", { ...none, verifiedWorkInclusion: true }, false],
    ["IDEAL", { ...none, verifiedIdeal: true }, true],
    ["WORK_INCLUSION", { ...none, verifiedIdeal: true }, false],
  ] as const)("%s with %o → %s", (reservation, supplier, expected) => {
    expect(isEligible(supplier, reservation)).toBe(expected);
  });

  it("names each refused lot", () => {
    const lots = [
      { id: "1", title: "Bergen", reservation: "WORK_INCLUSION" as const, basis: "FOA § 30-3" },
      { id: "2", title: "Voss", reservation: "NONE" as const, basis: null },
    ];
    expect(refusedLots(none, lots).map((l) => l.title)).toEqual(["Bergen"]);
  });
});

describe("deadline boundary", () => {
  it.each([
    ["an ordinary day", "10.09.2026 12:00", "2026-09-10T10:00:00.000Z"],
    ["DST start (29.03.2026: 02:00 → 03:00)", "29.03.2026 03:00", "2026-03-29T01:00:00.000Z"],
    ["DST end (25.10.2026: 03:00 → 02:00), after the repeated hour", "25.10.2026 03:00", "2026-10-25T02:00:00.000Z"],
  ])("%s: T − 1 ms is in time, T and later are not", (_name, local, utc) => {
    const deadline = parseOslo(local);
    expect(deadline.toISOString()).toBe(utc);
    expect(isBeforeDeadline(new Date(deadline.getTime() - 1), deadline)).toBe(true);
    expect(isBeforeDeadline(deadline, deadline)).toBe(false);
    expect(isBeforeDeadline(new Date(deadline.getTime() + 1), deadline)).toBe(false);
  });
});

describe("bid content against the tender", () => {
  const spec: BidSpec = {
    tenderId: "T", reference: "2026/0001",
    price: { kind: "results-based", fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }, { name: "Utdanning", percent: "40" }] },
    lots: [{ id: "L1", number: 1, title: "Oslo", reservation: "NONE", basis: null }, { id: "L2", number: 2, title: "Bærum", reservation: "NONE", basis: null }],
    criteria: [{ id: "C1", name: "Metode" }],
    requirements: [{ id: "R1", requirement: "Erfaring", espdCode: "service-perform" }],
  };
  const exclusions = EXCLUSION_GROUNDS.map((code) => ({ code, applies: "no" }));

  it("splits a results-based price exactly by the tender's percentages", () => {
    expect(splitResultsBased(1_000_001n, { kind: "results-based", fixedPercent: "20", outcomes: [{ name: "a", percent: "40" }, { name: "b", percent: "40" }] })).toEqual({
      kind: "results-based", totalOre: "1000001", fixedOre: "200001", outcomes: [{ name: "a", percent: "40", ore: "400000" }, { name: "b", percent: "40", ore: "400000" }],
    });
  });

  it("accepts a complete bid for the lots chosen, and gives field-level errors otherwise", () => {
    const ok = bidContentSchema(spec).safeParse({
      lots: [{ lotId: "L1", selected: "no", price: "" }, { lotId: "L2", selected: "yes", price: "50 000" }],
      quality: [{ criterionId: "C1", answer: "  Tett oppfølging  " }],
      requirements: [{ requirementId: "R1", met: true }],
      exclusions,
    });
    expect(ok.success && ok.data.lots.map((l) => l.lotId)).toEqual(["L2"]);
    expect(ok.success && ok.data.quality[0]!.answer).toBe("Tett oppfølging");
    const bad = bidContentSchema(spec).safeParse({ lots: [{ lotId: "L1", selected: "no" }], quality: [{ criterionId: "C1", answer: "x".repeat(10_001) }], exclusions: [{ code: "fraud", applies: "yes" }] });
    expect(bad.success).toBe(false);
    const paths = bad.success ? [] : bad.error.issues.map((i) => `${i.path.join(".")}=${i.message}`);
    expect(paths).toEqual(expect.arrayContaining([
      "lots=bids.errors.lotRequired", "quality.0.answer=bids.errors.answerTooLong", "requirements.0.met=bids.errors.metRequired",
      "exclusions.0.comment=bids.errors.exclusionComment", "exclusions.1.applies=bids.errors.exclusionRequired",
    ]));
  });
});

describe("bid documents (the one document check under the bid limits)", () => {
  const limits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, maxTotalBytes: DEFAULT_MAX_TOTAL_BYTES };
  const pdf = { ext: "pdf", mime: "application/pdf" };
  it("defaults to 25 MB a file and 100 MB a bid", () => {
    expect([DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TOTAL_BYTES]).toEqual([25 * 1024 * 1024, 100 * 1024 * 1024]);
    expect(checkDocument({ filename: "a.pdf", sizeBytes: DEFAULT_MAX_FILE_BYTES + 1, sniffed: pdf }, { ...limits, otherBytes: 0 })).toMatchObject({ ok: false, messageKey: "documents.errors.tooLarge" });
    expect(checkDocument({ filename: "a.pdf", sizeBytes: 10, sniffed: pdf }, { ...limits, otherBytes: DEFAULT_MAX_TOTAL_BYTES - 5 })).toMatchObject({ ok: false, messageKey: "documents.errors.totalTooLarge" });
  });
  it("refuses executables, unknown types and mismatches", () => {
    expect(checkDocument({ filename: "a.pdf", sizeBytes: 10, sniffed: { ext: "exe", mime: "application/x-msdownload" } }, { ...limits, otherBytes: 0 })).toMatchObject({ messageKey: "documents.errors.executable" });
    expect(checkDocument({ filename: "a.txt", sizeBytes: 10 }, { ...limits, otherBytes: 0 })).toMatchObject({ messageKey: "documents.errors.type" });
    expect(checkDocument({ filename: "a.docx", sizeBytes: 10, sniffed: pdf }, { ...limits, otherBytes: 0 })).toMatchObject({ messageKey: "documents.errors.mismatch" });
    expect(checkDocument({ filename: "a.pdf", sizeBytes: 10, sniffed: pdf, claimedType: "text/html" }, { ...limits, otherBytes: 0 })).toMatchObject({ messageKey: "documents.errors.mismatch" });
    expect(checkDocument({ filename: "a.pdf", sizeBytes: 10, sniffed: pdf, claimedType: "application/pdf" }, { ...limits, otherBytes: 0 })).toMatchObject({ ok: true });
  });
  it("sanitises names: no path, control or bidi characters, no leading dots, bounded length", () => {
    expect(sanitizeFilename("C:\\Users\\x\\..\\Tilbud.pdf")).toBe("Tilbud.pdf");
    expect(sanitizeFilename("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFilename("evil\u202Efdp.exe.pdf")).toBe("evilfdp.exe.pdf");
    expect(sanitizeFilename(".hidden.pdf")).toBe("hidden.pdf");
    expect(sanitizeFilename("a<b>:c.pdf")).toBe("a_b__c.pdf");
    expect(sanitizeFilename(`${"x".repeat(300)}.pdf`)).toMatch(/^x{146}\.pdf$/);
    expect(sanitizeFilename("\u0000")).toBe("vedlegg");
  });
});
