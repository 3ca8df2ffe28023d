import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { standstillEndsAt } from "@/lib/rules";
import { transitionTender } from "@/lib/tenders/guarded-transition";

import { bidderSuppliers, loadAwardTender, VALID_BID_STATUSES } from "../load";
import { portalAwardLetter } from "../routes";
import { ZAwardStepInput } from "../schemas";
import { refreshHistoryRow } from "@/lib/history/refresh";

/**
 * The leader's decision (four eyes): a MANAGER whose scope covers the tender's region approves the proposal of every
 * lot — never one of its proposers. The award letters (tildelingsbrev) go to every bidding organisation at once, and
 * the standstill (karenstid, lib/rules standstillEndsAt) counts from the day after they were sent. With more than one
 * bidder the tender enters STANDSTILL; a single-bidder competition stays AWARD_DECIDED, where the contract may be
 * concluded without a standstill given a reason (§ 25-2's exception), or after it.
 */
export const approveAward = defineCommand({
  name: "award.approve",
  action: "award.approve",
  input: ZAwardStepInput,
  load: ({ tx, input }) => loadAwardTender(tx, input.tenderId),
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (tender.status !== "AWARD_PROPOSED" || tender.proposals.length === 0) throw new AppError("INVALID_STATE", "awards.errors.noProposal");
    // The policy saw the first proposer; a lot proposed by someone else must not be approved by that person either.
    if (tender.proposals.some((p) => p.proposedById === actor.userId)) throw new AppError("FORBIDDEN", "awards.errors.ownProposal");
    const endsAt = standstillEndsAt(now);
    const decided = await transitionTender(tx, { ...tender, version: input.version }, "decideAward");
    const bidders = await bidderSuppliers(tx, tender.id);
    const single = bidders.length <= 1;
    const final = single ? decided : await transitionTender(tx, { id: tender.id, status: decided.status, version: decided.version }, "startStandstill");

    const ids = tender.proposals.map((p) => p.id);
    await tx.awardDecision.updateMany({
      where: { id: { in: ids }, status: "PROPOSED" },
      data: { status: "APPROVED", approvedById: actor.userId, approvedAt: now, sentAt: now, standstillEndsAt: endsAt },
    });
    const winners = tender.proposals.map((p) => p.winningBidId);
    const lots = [...new Set(tender.proposals.map((p) => p.lotId))];
    await tx.bid.updateMany({ where: { id: { in: winners } }, data: { status: "AWARDED" } });
    await tx.bid.updateMany({ where: { tenderId: tender.id, lotId: { in: lots }, id: { notIn: winners }, status: { in: [...VALID_BID_STATUSES] } }, data: { status: "NOT_AWARDED" } });
    await refreshHistoryRow(tx, tender.id);

    const chain = `tender:${tender.id}` as const;
    return {
      data: { id: tender.id, status: final.status, standstillEndsAt: endsAt, letters: bidders.length },
      audit: [
        { chain, action: "award.approved", entityType: "Tender", entityId: tender.id, before: { status: tender.status }, after: { status: decided.status, awards: ids, winners } },
        { chain, action: "award.letters_sent", entityType: "Tender", entityId: tender.id, after: { status: final.status, suppliers: bidders, sentAt: now.toISOString(), standstillEndsAt: endsAt.toISOString(), standstill: !single } },
      ],
      notify: bidders.map((supplierId) => ({
        to: { supplierId },
        template: "award.letter" as const,
        params: { path: portalAwardLetter(tender.id), reference: tender.reference, standstillEndsAt: endsAt.toISOString() },
      })),
    };
  },
});
