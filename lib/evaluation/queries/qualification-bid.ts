import { z } from "zod";

import { can } from "@/lib/auth/policy";
import { readOpenedBid } from "@/lib/bids/opened";
import { defineDetailQuery } from "@/lib/query";
import { id } from "@/lib/schemas";

import type { StoredExclusionAssessment, StoredRequirementAssessment } from "../qualification/schemas";

/**
 * One opened bid for its qualification page: the decrypted latest version (prices, answers, requirement answers, the
 * self-declaration, attachments), the competition's requirements and criteria, and the officer's stored assessment.
 * Decrypts only for an actor the policy lets read opened bids (runQuery authorizes after load, so this checks first),
 * and lib/bids/opened refuses while the competition is sealed.
 */
export const getBidForQualification = defineDetailQuery({
  name: "evaluation.getBidForQualification",
  action: "bid.read_opened",
  input: z.object({ tenderId: id(), bidId: id() }),
  load: async ({ db, actor, input }) => {
    const bid = await db.bid.findFirst({
      where: { id: input.bidId, tenderId: input.tenderId },
      select: {
        id: true, status: true, rejectionBasis: true, rejectionReason: true, rejectedAt: true, rejectedBy: { select: { name: true } }, priceOre: true,
        supplier: { select: { id: true, name: true, orgnr: true } },
        lot: { select: { id: true, number: true, title: true } },
        qualification: { select: { requirements: true, exclusions: true, assessedAt: true, assessedBy: { select: { name: true } } } },
        tender: {
          select: {
            id: true, reference: true, title: true, status: true, regionId: true, openedAt: true,
            requirements: { orderBy: { position: "asc" }, select: { id: true, requirement: true, documentation: true } },
            criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, kind: true, parentId: true } },
          },
        },
      },
    });
    if (!bid) return null;
    const scope = { regionId: bid.tender.regionId };
    const opened = bid.tender.openedAt !== null && can(actor, "bid.read_opened", scope) ? await db.$transaction((tx) => readOpenedBid(tx, bid.id)) : null;
    const { qualification, ...rest } = bid;
    return {
      ...rest,
      regionId: bid.tender.regionId,
      opened,
      assessment: qualification
        ? { requirements: qualification.requirements as unknown as StoredRequirementAssessment[], exclusions: qualification.exclusions as unknown as StoredExclusionAssessment[], assessedAt: qualification.assessedAt, assessedBy: qualification.assessedBy.name }
        : null,
    };
  },
});

export type BidForQualification = NonNullable<Awaited<ReturnType<typeof getBidForQualification.load>>>;
