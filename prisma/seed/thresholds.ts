import type { Db } from "@/lib/db";
import { day } from "./time";

const NOK = (kroner: number) => BigInt(kroner) * 100n;

/** domain.md §4.1: the 2024–2026 values (NOK excl. VAT), in force from 14 March 2024. */
export const THRESHOLDS = [
  { kind: "LOWER_LIMIT", authorityType: "STATE", valueOre: NOK(100_000) },
  { kind: "LOWER_LIMIT", authorityType: "OTHER", valueOre: NOK(100_000) },
  { kind: "NATIONAL", authorityType: "STATE", valueOre: NOK(1_300_000) },
  { kind: "NATIONAL", authorityType: "OTHER", valueOre: NOK(1_300_000) },
  { kind: "EEA_GOODS_SERVICES", authorityType: "STATE", valueOre: NOK(1_490_000) },
  { kind: "EEA_GOODS_SERVICES", authorityType: "OTHER", valueOre: NOK(2_300_000) },
  { kind: "EEA_WORKS", authorityType: "STATE", valueOre: NOK(57_800_000) },
  { kind: "EEA_WORKS", authorityType: "OTHER", valueOre: NOK(57_800_000) },
  { kind: "SPECIAL_SERVICES", authorityType: "STATE", valueOre: NOK(7_800_000) },
  { kind: "SPECIAL_SERVICES", authorityType: "OTHER", valueOre: NOK(7_800_000) },
];

export const THRESHOLDS_VALID_FROM = day("2024-03-14");

/** Threshold has no natural unique key, so look up (kind, authorityType, validFrom) before creating. */
export async function seedThresholds(db: Db): Promise<void> {
  for (const threshold of THRESHOLDS) {
    const where = { kind: threshold.kind, authorityType: threshold.authorityType, validFrom: THRESHOLDS_VALID_FROM };
    if (await db.threshold.findFirst({ where })) continue;
    await db.threshold.create({ data: { ...threshold, validFrom: THRESHOLDS_VALID_FROM } });
  }
}
