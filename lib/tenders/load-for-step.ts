import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

import { readPaymentSplit } from "./draft-model-schemas";

/** The stored row an approval or announcement is judged on: region, drafter, the region's approval rule, state. */
export async function loadForStep(tx: Tx, tenderId: string) {
  const tender = await tx.tender.findUnique({
    where: { id: tenderId },
    select: {
      id: true, reference: true, regionId: true, status: true, version: true, createdById: true, submittedAt: true, title: true,
      description: true, estimatedValueOre: true, procedure: true, deadline: true, questionDeadline: true,
      chosenRegime: true, chosenRegimeReason: true, reservation: true, reservationBasis: true, paymentSplit: true, expectedOutcomeRate: true,
      region: { select: { draftApproval: true } },
      measureType: { select: { code: true } },
      lots: { orderBy: { number: "asc" }, select: { places: true, reservation: true, reservationBasis: true } },
      criteria: { select: { parentId: true, weight: true } },
    },
  });
  if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
  return { ...tender, draftApproval: tender.region.draftApproval, measureCode: tender.measureType.code, paymentSplit: readPaymentSplit(tender.paymentSplit) };
}

export type StepTender = Awaited<ReturnType<typeof loadForStep>>;

