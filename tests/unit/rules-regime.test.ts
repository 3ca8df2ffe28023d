import { describe, expect, it } from "vitest";
import { Regime as PrismaRegime } from "@/lib/generated/prisma/enums";
import { DEFAULT_THRESHOLDS, REGIMES, regimeFor, stricterRegimes, thresholdAt, type ThresholdRow } from "@/lib/rules";
import { THRESHOLDS, THRESHOLDS_VALID_FROM } from "@/prisma/seed/thresholds";

const AT = new Date("2025-06-02T10:00:00Z");
type Kind = "social-services" | "other";
type Authority = "state" | "other";
const decide = (estimatedValue: string, serviceKind: Kind, authority: Authority, at = AT) =>
  regimeFor({ estimatedValue, serviceKind, authority, at });

describe("regimeFor: every threshold applies at or above its value (domain.md §0, §4.1)", () => {
  it.each([
    // value, service kind, authority, regime, threshold
    ["0", "other", "state", "EXEMPT", "100000"],
    ["99999.99", "other", "state", "EXEMPT", "100000"],
    ["100000", "other", "state", "PART_I", "1300000"],
    ["1299999.99", "other", "state", "PART_I", "1300000"],
    ["1300000", "other", "state", "PART_II", "1300000"],
    ["1489999.99", "other", "state", "PART_II", "1300000"],
    ["1490000", "other", "state", "PART_III", "1490000"],
    ["1490000.00", "other", "state", "PART_III", "1490000"],
    ["2299999.99", "other", "state", "PART_III", "1490000"],
    ["1490000", "other", "other", "PART_II", "1300000"],
    ["2299999.99", "other", "other", "PART_II", "1300000"],
    ["2300000", "other", "other", "PART_III", "2300000"],
    ["99999.99", "social-services", "state", "EXEMPT", "100000"],
    ["100000", "social-services", "state", "PART_I", "7800000"],
    // social services never fall under Part II or III by value: Part I right up to 7.8 MNOK
    ["1300000", "social-services", "state", "PART_I", "7800000"],
    ["2300000", "social-services", "other", "PART_I", "7800000"],
    ["7799999.99", "social-services", "state", "PART_I", "7800000"],
    ["7799999.999999999999999999999", "social-services", "state", "PART_I", "7800000"],
    ["7800000", "social-services", "state", "PART_IV", "7800000"],
    ["7800000", "social-services", "other", "PART_IV", "7800000"],
    ["250000000", "social-services", "state", "PART_IV", "7800000"],
  ] as const)("%s NOK, %s, %s authority → %s (threshold %s)", (value, kind, authority, regime, threshold) => {
    const result = decide(value, kind, authority);
    expect(result.regime).toBe(regime);
    expect(result.threshold).toBe(threshold);
  });

  it("explains itself in English and with a message key and parameters", () => {
    expect(decide("7800000", "social-services", "state")).toEqual({
      regime: "PART_IV",
      threshold: "7800000",
      thresholdKind: "SPECIAL_SERVICES",
      reason: "The estimated value of NOK 7 800 000 is at or above the threshold of NOK 7 800 000 for health and social services: Part I and Part IV (ch. 30) apply.",
      reasonKey: "rules.regime.partIV",
      reasonParams: { value: "7800000", threshold: "7800000" },
    });
    expect(decide("1400000", "other", "state")).toMatchObject({
      reasonKey: "rules.regime.partII",
      reasonParams: { value: "1400000", threshold: "1300000", eeaThreshold: "1490000" },
      reason: "The estimated value of NOK 1 400 000 is at or above the national threshold of NOK 1 300 000 and below the EEA threshold of NOK 1 490 000: Part I and Part II apply.",
    });
    expect(decide("1490000", "other", "state")).toMatchObject({ reasonKey: "rules.regime.partIII", reasonParams: { authority: "state" } });
    expect(decide("50000.5", "other", "state")).toMatchObject({
      reasonKey: "rules.regime.exempt",
      reason: "The estimated value of NOK 50 000.5 is below the lower limit of NOK 100 000 (LOA § 2): the procurement rules do not apply.",
    });
    expect(decide("200000", "other", "state").reasonKey).toBe("rules.regime.partI.belowNational");
    expect(decide("200000", "social-services", "state").reasonKey).toBe("rules.regime.partI.belowSpecialServices");
  });

  it.each(["1e6", "-100", "1 000 000", "1000000,50", "", " 100000", "NaN"])("rejects the value %j", (value) => {
    expect(() => decide(value, "other", "state")).toThrow(RangeError);
  });

  it("rejects a value that is not a string and an invalid instant", () => {
    expect(() => regimeFor({ estimatedValue: 1_000_000 as unknown as string, serviceKind: "other", authority: "state", at: AT })).toThrow(RangeError);
    expect(() => decide("1000000", "other", "state", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("thresholds are dated data", () => {
  const row = (kind: string, authorityType: string, kroner: number, validFrom: string, validTo: string | null = null): ThresholdRow => ({
    kind,
    authorityType,
    valueOre: BigInt(kroner) * 100n,
    validFrom: new Date(`${validFrom}T00:00:00Z`),
    validTo: validTo === null ? null : new Date(`${validTo}T00:00:00Z`),
  });
  // a hypothetical 2026 revision: EEA state threshold 1.6 MNOK from 1 April 2026
  const rows: ThresholdRow[] = [
    ...DEFAULT_THRESHOLDS.filter((r) => !(r.kind === "EEA_GOODS_SERVICES" && r.authorityType === "STATE")),
    row("EEA_GOODS_SERVICES", "STATE", 1_490_000, "2024-03-14", "2026-04-01"),
    row("EEA_GOODS_SERVICES", "STATE", 1_600_000, "2026-04-01"),
  ];

  it("uses the row valid on the Oslo day of `at`: validFrom inclusive, validTo exclusive", () => {
    const lastOld = new Date("2026-03-31T21:59:59.999Z"); // 23:59:59.999 Oslo, 31 March
    const firstNew = new Date("2026-03-31T22:00:00Z"); // 00:00 Oslo, 1 April (UTC still 31 March)
    expect(regimeFor({ estimatedValue: "1500000", serviceKind: "other", authority: "state", at: lastOld }, rows).regime).toBe("PART_III");
    const after = regimeFor({ estimatedValue: "1500000", serviceKind: "other", authority: "state", at: firstNew }, rows);
    expect(after.regime).toBe("PART_II");
    expect(after.reasonParams.eeaThreshold).toBe("1600000");
  });

  it("a newer open row supersedes an older one that was never closed", () => {
    const open = [...DEFAULT_THRESHOLDS, row("SPECIAL_SERVICES", "STATE", 8_000_000, "2026-01-01")];
    expect(thresholdAt(open, "SPECIAL_SERVICES", "state", new Date("2025-12-31T12:00:00Z"))).toBe("7800000");
    expect(thresholdAt(open, "SPECIAL_SERVICES", "state", new Date("2026-01-01T12:00:00Z"))).toBe("8000000");
    expect(thresholdAt(open, "SPECIAL_SERVICES", "other", new Date("2026-01-01T12:00:00Z"))).toBe("7800000");
  });

  it("keeps øre: a threshold of 100.50 NOK stays exact", () => {
    const odd = [{ ...row("LOWER_LIMIT", "STATE", 0, "2024-01-01"), valueOre: 10_050n }];
    expect(thresholdAt(odd, "LOWER_LIMIT", "state", AT)).toBe("100.5");
  });

  it("refuses to decide a day no row covers", () => {
    expect(() => decide("1000000", "other", "state", new Date("2024-03-13T12:00:00Z"))).toThrow(/no LOWER_LIMIT threshold/);
    expect(decide("1000000", "other", "state", new Date("2024-03-13T23:00:00Z")).regime).toBe("PART_I"); // 00:00 Oslo, 14 March
    expect(() => regimeFor({ estimatedValue: "1", serviceKind: "other", authority: "state", at: AT }, [])).toThrow(RangeError);
  });

  it("DEFAULT_THRESHOLDS are the seeded rows", () => {
    const strip = (r: ThresholdRow) => ({ kind: r.kind, authorityType: r.authorityType, valueOre: r.valueOre, validFrom: r.validFrom, validTo: r.validTo ?? null });
    const seeded = THRESHOLDS.map((t) => ({ ...t, validFrom: THRESHOLDS_VALID_FROM, validTo: null }));
    expect(DEFAULT_THRESHOLDS.map(strip)).toEqual(seeded);
  });
});

describe("stricterRegimes", () => {
  it.each([
    ["EXEMPT", undefined, ["PART_I", "PART_II", "PART_IV", "PART_III"]],
    ["PART_I", undefined, ["PART_II", "PART_IV", "PART_III"]],
    ["PART_I", "social-services", ["PART_IV", "PART_III"]],
    ["PART_I", "other", ["PART_II", "PART_III"]],
    ["PART_II", undefined, ["PART_III"]],
    ["PART_II", "other", ["PART_III"]],
    ["PART_IV", "social-services", ["PART_III"]],
    ["PART_III", undefined, []],
  ] as const)("%s (%s) → %j", (regime, kind, expected) => {
    expect(stricterRegimes(regime, kind)).toEqual(expected);
  });

  it("never offers the regime itself or a laxer one, and the strictness order has no cycles", () => {
    for (const regime of REGIMES) {
      const stricter = stricterRegimes(regime);
      expect(stricter).not.toContain(regime);
      for (const other of stricter) expect(stricterRegimes(other)).not.toContain(regime);
    }
  });

  it("our regimes are the Prisma Regime enum plus EXEMPT, which the schema cannot store", () => {
    expect([...REGIMES].sort()).toEqual([...Object.values(PrismaRegime), "EXEMPT"].sort());
  });
});
