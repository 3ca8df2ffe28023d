import type { Db } from "@/lib/db";
import { day } from "./time";

/** The 12 NAV regions (fylkesenheter) since 1 January 2019 (domain.md §6.1). */
export const REGIONS = [
  { code: "0200", name: "Nav Øst-Viken", seat: "Moss" },
  { code: "0300", name: "Nav Oslo", seat: "Oslo" },
  { code: "0400", name: "Nav Innlandet", seat: "Hamar" },
  { code: "0600", name: "Nav Vest-Viken", seat: "Drammen" },
  { code: "0800", name: "Nav Vestfold og Telemark", seat: "Skien" },
  { code: "1000", name: "Nav Agder", seat: "Arendal" },
  { code: "1100", name: "Nav Rogaland", seat: "Stavanger" },
  { code: "1200", name: "Nav Vestland", seat: "Bergen" },
  { code: "1500", name: "Nav Møre og Romsdal", seat: "Molde" },
  { code: "5700", name: "Nav Trøndelag", seat: "Steinkjer" },
  { code: "1800", name: "Nav Nordland", seat: "Bodø" },
  { code: "1900", name: "Nav Troms og Finnmark", seat: "Tromsø" },
] as const;

export type RegionCode = (typeof REGIONS)[number]["code"];

/** Upserts the regions; returns their ids by code. */
export async function seedRegions(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const region of REGIONS) {
    const row = await db.region.upsert({
      where: { code: region.code },
      update: {},
      create: { ...region, validFrom: day("2019-01-01") },
    });
    ids.set(region.code, row.id);
  }
  return ids;
}
