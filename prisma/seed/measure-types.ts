import type { Db } from "@/lib/db";
import type { Acquisition } from "@/lib/generated/prisma/client";

/** NAV tiltakstyper (codes as in navikt/mulighetsrommet, Arena codes in brackets there). */
export const MEASURE_TYPES: Array<{ code: string; arenaCode: string; nameNb: string; nameEn: string; acquisition: Acquisition }> = [
  { code: "AVKLARING", arenaCode: "AVKLARAG", nameNb: "Avklaring", nameEn: "Assessment", acquisition: "PROCURED" },
  { code: "OPPFOLGING", arenaCode: "INDOPPFAG", nameNb: "Oppfølging", nameEn: "Follow-up", acquisition: "PROCURED" },
  { code: "ARBEIDSRETTET_REHABILITERING", arenaCode: "ARBRRHDAG", nameNb: "Arbeidsrettet rehabilitering", nameEn: "Work-oriented rehabilitation", acquisition: "PROCURED" },
  { code: "JOBBKLUBB", arenaCode: "JOBBK", nameNb: "Jobbklubb", nameEn: "Job club", acquisition: "PROCURED" },
  { code: "DIGITALT_OPPFOLGINGSTILTAK", arenaCode: "DIGIOPPARB", nameNb: "Digitalt oppfølgingstiltak", nameEn: "Digital follow-up", acquisition: "PROCURED" },
  { code: "GRUPPE_ARBEIDSMARKEDSOPPLAERING", arenaCode: "GRUPPEAMO", nameNb: "Arbeidsmarkedsopplæring (gruppe)", nameEn: "Labour market training (group)", acquisition: "PROCURED" },
  { code: "GRUPPE_FAG_OG_YRKESOPPLAERING", arenaCode: "GRUFAGYRKE", nameNb: "Fag- og yrkesopplæring (gruppe)", nameEn: "Vocational training (group)", acquisition: "PROCURED" },
  { code: "ENKELTPLASS_ARBEIDSMARKEDSOPPLAERING", arenaCode: "ENKELAMO", nameNb: "Arbeidsmarkedsopplæring (enkeltplass)", nameEn: "Labour market training (single place)", acquisition: "PROCURED" },
  { code: "ENKELTPLASS_FAG_OG_YRKESOPPLAERING", arenaCode: "ENKFAGYRKE", nameNb: "Fag- og yrkesopplæring (enkeltplass)", nameEn: "Vocational training (single place)", acquisition: "PROCURED" },
  { code: "ARBEIDSFORBEREDENDE_TRENING", arenaCode: "ARBFORB", nameNb: "Arbeidsforberedende trening", nameEn: "Work preparatory training", acquisition: "PRE_APPROVED" },
  { code: "VARIG_TILRETTELAGT_ARBEID_SKJERMET", arenaCode: "VASV", nameNb: "Varig tilrettelagt arbeid (skjermet)", nameEn: "Permanent adapted work (sheltered)", acquisition: "PRE_APPROVED" },
];

export async function seedMeasureTypes(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const type of MEASURE_TYPES) {
    const row = await db.measureType.upsert({ where: { code: type.code }, update: {}, create: type });
    ids.set(type.code, row.id);
  }
  return ids;
}
