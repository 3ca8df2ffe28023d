import type { Db } from "@/lib/db";
import { must } from "./lookup";
import type { RegionCode } from "./regions";

/** Municipalities with their kommunenummer after the 2024 county reform, by NAV region. */
const BY_REGION: Record<RegionCode, Array<[number: string, name: string]>> = {
  "0200": [["3101", "Halden"], ["3103", "Moss"], ["3105", "Sarpsborg"], ["3107", "Fredrikstad"], ["3205", "Lillestrøm"], ["3207", "Nordre Follo"], ["3209", "Ullensaker"], ["3222", "Lørenskog"]],
  "0300": [["0301", "Oslo"]],
  "0400": [["3401", "Kongsvinger"], ["3403", "Hamar"], ["3405", "Lillehammer"], ["3407", "Gjøvik"], ["3420", "Elverum"]],
  "0600": [["3201", "Bærum"], ["3203", "Asker"], ["3301", "Drammen"], ["3303", "Kongsberg"], ["3305", "Ringerike"], ["3312", "Lier"]],
  "0800": [["3905", "Tønsberg"], ["3907", "Sandefjord"], ["3909", "Larvik"], ["4001", "Porsgrunn"], ["4003", "Skien"], ["4005", "Notodden"]],
  "1000": [["4202", "Grimstad"], ["4203", "Arendal"], ["4204", "Kristiansand"], ["4205", "Lindesnes"]],
  "1100": [["1101", "Eigersund"], ["1103", "Stavanger"], ["1106", "Haugesund"], ["1108", "Sandnes"], ["1124", "Sola"]],
  "1200": [["4601", "Bergen"], ["4614", "Stord"], ["4621", "Voss"], ["4626", "Øygarden"], ["4640", "Sogndal"], ["4647", "Sunnfjord"]],
  "1500": [["1505", "Kristiansund"], ["1506", "Molde"], ["1508", "Ålesund"], ["1577", "Volda"]],
  "5700": [["5001", "Trondheim"], ["5006", "Steinkjer"], ["5007", "Namsos"], ["5035", "Stjørdal"], ["5037", "Levanger"]],
  "1800": [["1804", "Bodø"], ["1806", "Narvik"], ["1824", "Vefsn"], ["1833", "Rana"], ["1860", "Vestvågøy"]],
  "1900": [["5501", "Tromsø"], ["5503", "Harstad"], ["5601", "Alta"], ["5603", "Hammerfest"], ["5607", "Vadsø"]],
};

export const MUNICIPALITIES = Object.entries(BY_REGION).flatMap(([regionCode, list]) =>
  list.map(([number, name]) => ({ number, name, regionCode })),
);

/** Upserts the municipalities; returns their ids by kommunenummer. */
export async function seedMunicipalities(db: Db, regionIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { number, name, regionCode } of MUNICIPALITIES) {
    const regionId = must(regionIds, regionCode, "region");
    const row = await db.municipality.upsert({ where: { number }, update: {}, create: { number, name, regionId } });
    ids.set(number, row.id);
  }
  return ids;
}
