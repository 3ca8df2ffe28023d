import { readFileSync } from "node:fs";
import { join } from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { contractNoticeXml, CPV_BY_MEASURE, FALLBACK_CPV, NoticeInputError, noticeSubtype } from "@/lib/notices";
import { eformsDate, eformsTime, nokFromOre, noticeText } from "@/lib/notices/format";

import { EFORMS_SDK_DIR } from "../helpers/eforms-xsd";
import { partIJobbklubb, partIvAvklaring, QUALITY_FIRST } from "../helpers/notice-fixtures";
import { all, parseXml, text } from "../helpers/xml-read";

describe("noticeSubtype", () => {
  it.each([
    ["PART_IV", "20"],
    ["PART_III", "16"],
    ["PART_II", "E3"],
    ["PART_I", "E3"],
  ] as const)("%s → %s", (regime, subtype) => {
    expect(noticeSubtype(regime)).toBe(subtype);
  });
});

describe("text", () => {
  it("removes control characters and keeps Norwegian letters, markup characters and quotes", () => {
    expect(noticeText("a\u0000b\u0007c\u000Bd\u001Fe\u007Ff\u0085g\uFFFEh\uD800i")).toBe("abcdefghi");
    expect(noticeText(" Tab\there,\nlinje\r\nÆØÅ æøå <&>\"' 🙂 ")).toBe("Tab\there,\nlinje\nÆØÅ æøå <&>\"' 🙂");
  });

  it("any title survives the round trip through the XML (escaped, control characters removed)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), (raw) => {
        const title = `T ${raw} T`;
        const root = all(parseXml(contractNoticeXml(partIJobbklubb({ title }))), "ContractNotice")[0]!;
        expect(text(root, "cac:ProcurementProject/cbc:Name")).toBe(noticeText(title));
      }),
      { numRuns: 100 },
    );
  });

  it("escapes the fixture's markup characters in the XML text", () => {
    const xml = contractNoticeXml(partIJobbklubb());
    expect(xml).toContain("Jobbklubb &lt;Hamar &amp; Gjøvik&gt; \"vår\" 'æøå'</cbc:Name>");
    expect(xml).toContain("?vis=dokumenter&amp;spr=nb</cbc:URI>");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe("money and time", () => {
  it("øre become exact NOK decimals with two places", () => {
    expect(nokFromOre(2_400_000_000n)).toBe("24000000.00");
    expect(nokFromOre(95_000_000_055n)).toBe("950000000.55");
    expect(nokFromOre(5n)).toBe("0.05");
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (ore) => {
        const nok = nokFromOre(ore);
        expect(nok).toMatch(/^\d+\.\d{2}$/);
        expect(BigInt(nok.replace(".", ""))).toBe(ore);
      }),
    );
  });

  it.each([
    ["2025-03-14T11:00:00Z", "2025-03-14+01:00", "12:00:00+01:00"],
    ["2025-04-14T10:00:00Z", "2025-04-14+02:00", "12:00:00+02:00"],
    ["2025-03-30T00:59:59Z", "2025-03-30+01:00", "01:59:59+01:00"],
    ["2025-03-30T01:00:00Z", "2025-03-30+02:00", "03:00:00+02:00"],
    ["2025-10-26T00:30:00Z", "2025-10-26+02:00", "02:30:00+02:00"],
    ["2025-10-26T01:30:00Z", "2025-10-26+01:00", "02:30:00+01:00"],
    ["2025-12-31T23:30:00Z", "2026-01-01+01:00", "00:30:00+01:00"],
  ])("%s is %s %s in Oslo", (instant, date, time) => {
    expect(eformsDate(new Date(instant))).toBe(date);
    expect(eformsTime(new Date(instant))).toBe(time);
  });
});

describe("inputs a notice cannot be made from", () => {
  const issuesOf = (make: () => unknown): string[] => {
    try {
      make();
    } catch (error) {
      if (error instanceof NoticeInputError) return error.issues;
      throw error;
    }
    return [];
  };

  it("weights that do not sum to 100, sub-criteria that do not sum to their parent", () => {
    const [quality, price] = QUALITY_FIRST;
    expect(issuesOf(() => contractNoticeXml(partIvAvklaring({ criteria: [{ ...price!, weight: "40" }, quality!] })))).toEqual(["criteria: top-level weights must sum to 100"]);
    const subs = quality!.subCriteria.map((s, i) => (i === 0 ? { ...s, weight: "25" } : s));
    expect(issuesOf(() => contractNoticeXml(partIvAvklaring({ criteria: [{ ...quality!, subCriteria: subs }, price!] })))).toEqual(['criteria: the sub-criteria of "Kvalitet" must sum to its weight 70']);
    expect(issuesOf(() => contractNoticeXml(partIvAvklaring({ criteria: [] })))).toEqual(["criteria: at least one award criterion"]);
  });

  it("no lots, duplicate lot numbers, identifiers that are not UUIDs, an orgnr that is not 9 digits", () => {
    expect(issuesOf(() => contractNoticeXml(partIvAvklaring({ lots: [] })))).toEqual(["lots: at least one"]);
    const lot = partIvAvklaring().lots[0]!;
    expect(issuesOf(() => contractNoticeXml(partIvAvklaring({ lots: [lot, lot] })))).toEqual(["lots: numbers are unique"]);
    const tender = partIvAvklaring();
    expect(issuesOf(() => contractNoticeXml({ ...tender, procedureId: "2025/0042", notice: { ...tender.notice, id: "x" }, buyer: { ...tender.buyer, organisationNumber: "889 640 782" } }))).toEqual([
      "notice.id: a UUID",
      "procedureId: a UUID",
      "buyer.organisationNumber: 9 digits",
    ]);
  });

  it("a reservation for ideelle on a measure whose CPV code eForms does not allow it for", () => {
    expect(issuesOf(() => contractNoticeXml(partIJobbklubb({ reservation: "IDEAL" })))).toEqual([
      "lots.1: eForms allows the public-service reservation only for social services CPV codes, not 79611000",
    ]);
  });
});

describe("the CPV table", () => {
  // Rule BR-BT-00262-0200 in the SDK's fields.json lists the CPV codes allowed with BT-71 = "res-pub-ser".
  const fields = JSON.parse(readFileSync(join(EFORMS_SDK_DIR, "fields.json"), "utf8")) as { fields: { id: string; assert?: { constraints?: { message?: string; value: string }[] } }[] };
  const rule = fields.fields.find((f) => f.id === "BT-262-Lot")!.assert!.constraints!.find((c) => c.message === "rule|text|BR-BT-00262-0200")!;
  const allowed = new Set([...rule.value.matchAll(/'(\d{8})'/g)].map((m) => m[1]));

  it.each(Object.entries({ ...CPV_BY_MEASURE, FALLBACK: FALLBACK_CPV }))("%s: the res-pub-ser flag matches the SDK", (_code, entry) => {
    expect(entry.code).toMatch(/^\d{8}$/);
    expect(entry.allowsPublicServiceReservation).toBe(allowed.has(entry.code));
  });
});
