import type { Tx } from "@/lib/db";

export type SeededCriteria = { priceId: string; priceWeight: number; quality: Array<{ id: string; weight: number }> };

/** Quality sub-criteria as shares of the quality weight; sub-criterion weights are percent of the total. */
const QUALITY_PARTS = [
  { name: "Gjennomføring og metodikk", share: 0.5, description: "Plan for innhold, progresjon og tilpasning til den enkelte deltaker." },
  { name: "Kompetanse og bemanning", share: 0.3, description: "Relevant utdanning og erfaring hos de som skal følge opp deltakerne." },
  { name: "Samarbeid med Nav og arbeidsgivere", share: 0.2, description: "Rutiner for rapportering til Nav og kontakt med lokalt arbeidsliv." },
];

/** Price plus quality (with three sub-criteria); top-level weights sum to 100 and children to their parent. */
export async function createCriteria(tx: Tx, tenderId: string, qualityWeight: number): Promise<SeededCriteria> {
  const priceWeight = 100 - qualityWeight;
  const price = await tx.awardCriterion.create({
    data: {
      tenderId,
      kind: "PRICE",
      name: "Pris",
      description: "Evaluert pris per månedsverk multiplisert med antall plasser og avtaleperiodens lengde.",
      weight: priceWeight,
      position: 1,
    },
  });
  const parent = await tx.awardCriterion.create({
    data: { tenderId, kind: "QUALITY", name: "Kvalitet", description: "Tjenestens kvalitet.", weight: qualityWeight, position: 2 },
  });
  const quality: SeededCriteria["quality"] = [];
  for (const [index, part] of QUALITY_PARTS.entries()) {
    const weight = qualityWeight * part.share;
    const child = await tx.awardCriterion.create({
      data: { tenderId, parentId: parent.id, kind: "QUALITY", name: part.name, description: part.description, weight, position: index + 1 },
    });
    quality.push({ id: child.id, weight });
  }
  return { priceId: price.id, priceWeight, quality };
}
