import Decimal from "decimal.js";

import type { Tx } from "@/lib/db";

import type { CriterionTemplate } from "./templates";

/**
 * Writes a draft's award criteria: price, and quality as a parent whose sub-criteria carry the weights (percent of
 * the total; the parent's weight is their sum). Replaces whatever the draft had.
 */
export async function replaceCriteria(tx: Tx, tenderId: string, price: string | number, quality: readonly CriterionTemplate[] | readonly { name: string; description: string; weight: string }[]) {
  await tx.awardCriterion.deleteMany({ where: { tenderId, parentId: { not: null } } });
  await tx.awardCriterion.deleteMany({ where: { tenderId } });
  await tx.awardCriterion.create({ data: { tenderId, kind: "PRICE", name: "Pris", description: "Evaluert pris.", weight: String(price), position: 1 } });
  if (quality.length === 0) return;
  const total = quality.reduce((sum, criterion) => sum.plus(criterion.weight), new Decimal(0));
  const parent = await tx.awardCriterion.create({
    data: { tenderId, kind: "QUALITY", name: "Kvalitet", description: "Tjenestens kvalitet.", weight: total.toFixed(), position: 2 },
  });
  await tx.awardCriterion.createMany({
    data: quality.map((criterion, index) => ({
      tenderId,
      parentId: parent.id,
      kind: "QUALITY" as const,
      name: criterion.name,
      description: criterion.description,
      weight: String(criterion.weight),
      position: index + 1,
    })),
  });
}
