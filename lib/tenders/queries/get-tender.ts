import { defineDetailQuery } from "@/lib/query";

import { ZTenderIdParam } from "../schemas";

/** One competition as its officers see it: every field of the draft, its lots, criteria and requirements. */
export const getTenderForOfficer = defineDetailQuery({
  name: "tenders.getForOfficer",
  action: "tender.read",
  input: ZTenderIdParam,
  load: ({ db, input }) =>
    db.tender.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        reference: true,
        title: true,
        description: true,
        status: true,
        version: true,
        regionId: true,
        announcedAt: true,
        openedAt: true,
        regime: true,
        procedure: true,
        reservation: true,
        reservationBasis: true,
        chosenRegime: true,
        chosenRegimeReason: true,
        maxPoints: true,
        priceModel: true,
        qualityMode: true,
        tieBreak: true,
        paymentSplit: true,
        expectedOutcomeRate: true,
        estimatedValueOre: true,
        optionModel: true,
        questionDeadline: true,
        deadline: true,
        createdAt: true,
        createdById: true,
        submittedAt: true,
        approvedAt: true,
        returnComment: true,
        region: { select: { name: true, draftApproval: true, municipalities: { orderBy: { name: "asc" }, select: { id: true, name: true } } } },
        measureType: { select: { code: true, nameNb: true, nameEn: true } },
        createdBy: { select: { name: true } },
        lots: {
          orderBy: { number: "asc" },
          select: {
            number: true, title: true, places: true, continuousIntake: true, reservation: true, reservationBasis: true,
            municipalities: { select: { municipality: { select: { id: true, name: true } } }, orderBy: { municipality: { name: "asc" } } },
          },
        },
        criteria: { orderBy: { position: "asc" }, select: { id: true, parentId: true, kind: true, name: true, description: true, weight: true } },
        requirements: { orderBy: { position: "asc" }, select: { requirement: true, documentation: true, espdCode: true } },
      },
    }),
});
