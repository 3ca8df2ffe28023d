import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { loadBidForQualification } from "../qualification/load";
import { advanceQualification } from "../qualification/progress";
import { bidAssessable, tenderAssessable } from "../qualification/states";
import { ZAssessQualificationInput, type StoredExclusionAssessment, type StoredRequirementAssessment } from "../qualification/schemas";

/**
 * An officer of the region assesses an opened bid: every qualification requirement of the competition met or not
 * (with a reason when not), and the self-declared exclusion grounds (a reason for each that applies). All met and
 * none applying → the bid is QUALIFIED; otherwise it stays OPENED for the officer to reject (rejectBid) with its
 * legal basis. Re-assessment is allowed until evaluation starts; every version is in the audit trail.
 */
export const assessQualification = defineCommand({
  name: "qualification.assess",
  action: "bid.qualify",
  input: ZAssessQualificationInput,
  load: ({ tx, input }) => loadBidForQualification(tx, input.bidId),
  run: async ({ tx, actor, input, now, resource: bid }) => {
    if (!tenderAssessable(bid.tender.status)) throw new AppError("INVALID_STATE", "opening.errors.notQualifying", { status: bid.tender.status });
    if (!bidAssessable(bid.status)) throw new AppError("INVALID_STATE", "opening.errors.bidNotAssessable", { status: bid.status });
    const known = bid.tender.requirements.map((r) => r.id);
    const given = new Map(input.requirements.map((row) => [row.requirementId, row]));
    const missing = known.findIndex((requirementId) => !given.has(requirementId));
    if (missing >= 0 || given.size !== known.length) {
      throw new AppError("VALIDATION", "errors.validation", { fieldErrors: { [`requirements.${Math.max(missing, 0)}.met`]: ["opening.errors.metRequired"] } });
    }
    const requirements: StoredRequirementAssessment[] = known.map((requirementId) => {
      const row = given.get(requirementId)!;
      return { requirementId, met: row.met === "yes", reason: row.reason };
    });
    const exclusions: StoredExclusionAssessment[] = input.exclusions.map((row) => ({ code: row.code, applies: row.applies, reason: row.reason }));
    const qualified = requirements.every((r) => r.met) && exclusions.every((e) => !e.applies);
    const data = { requirements: requirements as object[], exclusions: exclusions as object[], assessedById: actor.userId, assessedAt: now };
    await tx.bidQualification.upsert({ where: { bidId: bid.id }, create: { bidId: bid.id, ...data }, update: data });
    const status = qualified ? "QUALIFIED" : "OPENED";
    await tx.bid.update({ where: { id: bid.id }, data: { status } });
    const tender = await advanceQualification(tx, bid.tender);
    return {
      data: { bidId: bid.id, tenderId: bid.tenderId, qualified, tenderStatus: tender.status },
      audit: {
        chain: `tender:${bid.tenderId}`, action: "bid.qualification_assessed", entityType: "Bid", entityId: bid.id,
        before: { status: bid.status }, after: { status, requirements, exclusions: exclusions.filter((e) => e.applies) },
      },
    };
  },
});
