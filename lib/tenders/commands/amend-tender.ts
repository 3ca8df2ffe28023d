import Decimal from "decimal.js";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { publicNotice } from "@/lib/routes";
import { earliestAmendedDeadline } from "@/lib/rules";
import { formatOsloInput } from "@/lib/time";

import { ZAmendTenderInput } from "../amendment-schemas";
import { diffCriteria, type AmendmentChanges } from "../amendment-changes";
import { followersOf } from "../followers";
import { guardedUpdate } from "../guarded-transition";
import { amendmentRefusal, isAmendable } from "../preconditions";

/**
 * A correction (rettelse) to an announced competition, with a mandatory reason: new deadlines, the documents uploaded
 * since the last amendment, and the criteria's names, descriptions and weights (only while no bid has been
 * submitted; weights still sum to 100). A material amendment (documents or criteria) must extend the bid deadline to
 * at least earliestAmendedDeadline (lib/rules), and no deadline moves earlier than the rules allow. A guarded write on
 * the version the officer saw; audited; every follower notified. An officer of the tender's region may amend.
 */
export const amendTender = defineCommand({
  name: "tender.amend",
  action: "tender.amend",
  input: ZAmendTenderInput,
  load: async ({ tx, input }) => {
    const tender = await tx.tender.findUnique({
      where: { id: input.tenderId },
      select: {
        id: true, reference: true, regionId: true, status: true, version: true, deadline: true, questionDeadline: true, announcedAt: true, regime: true, procedure: true,
        criteria: { select: { id: true, parentId: true, kind: true, name: true, description: true, weight: true } },
      },
    });
    if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
    return tender;
  },
  run: async ({ tx, input, actor, now, resource: tender }) => {
    if (!isAmendable(tender, now)) {
      throw amendmentRefusal(tender, now) === "notOpen"
        ? new AppError("INVALID_STATE", "amendments.errors.notAnnounced")
        : new AppError("DEADLINE_PASSED", "amendments.errors.deadlinePassed");
    }
    const { announcedAt, deadline: currentDeadline } = tender;
    const fail = (field: string, key: string, messageParams?: Record<string, string>) => {
      throw new AppError("VALIDATION", key, { fieldErrors: { [field]: [key] }, messageParams });
    };

    const changes: AmendmentChanges = {};
    const criteria = input.changeCriteria ? diffCriteria(tender.criteria, input.criteria) : null;
    if (criteria && !criteria.ok) fail("criteria", criteria.messageKey);
    const criteriaUpdates = criteria?.ok ? criteria.updates : [];
    if (criteria?.ok && criteria.changes.length > 0) changes.criteria = criteria.changes;

    const pending = await tx.tenderDocumentVersion.findMany({
      where: { pending: true, document: { tenderId: tender.id } },
      orderBy: [{ uploadedAt: "asc" }, { number: "asc" }],
      select: { id: true, number: true, filename: true, sha256: true, document: { select: { id: true, title: true } } },
    });
    if (pending.length > 0) {
      changes.documents = pending.map((version) => ({ documentId: version.document.id, title: version.document.title, number: version.number, filename: version.filename, sha256: version.sha256 }));
    }

    const material = changes.documents !== undefined || changes.criteria !== undefined;
    const deadline = input.deadline && input.deadline.getTime() !== currentDeadline.getTime() ? input.deadline : null;
    const floor = earliestAmendedDeadline({ now, announcedAt, currentDeadline, regime: tender.regime, procedure: tender.procedure, material });
    if (material && !deadline) fail("deadline", "amendments.errors.mustExtend", { at: formatOsloInput(floor) });
    if (deadline && deadline < floor) fail("deadline", material ? "amendments.errors.mustExtend" : "amendments.errors.deadlineTooEarly", { at: formatOsloInput(floor) });
    if (deadline) changes.deadline = { from: currentDeadline.toISOString(), to: deadline.toISOString() };

    const questionDeadline = input.questionDeadline && input.questionDeadline.getTime() !== tender.questionDeadline?.getTime() ? input.questionDeadline : null;
    if (questionDeadline && questionDeadline <= now) fail("questionDeadline", "errors.announce.deadlinePast");
    const effectiveQuestion = questionDeadline ?? tender.questionDeadline;
    if (effectiveQuestion && effectiveQuestion >= (deadline ?? currentDeadline)) fail("questionDeadline", "errors.announce.questionAfterDeadline");
    if (questionDeadline) changes.questionDeadline = { from: tender.questionDeadline?.toISOString() ?? null, to: questionDeadline.toISOString() };

    if (Object.keys(changes).length === 0) throw new AppError("VALIDATION", "amendments.errors.nothingChanged");

    // The guarded write first: from here the tender row is locked until commit, so two amendments on one version
    // cannot both pass, and a bid submission that locks the tender (FOR SHARE) cannot slip in after the check below.
    const version = await guardedUpdate(tx, { id: tender.id, status: "ANNOUNCED", version: input.version }, {
      ...(deadline ? { deadline } : {}),
      ...(questionDeadline ? { questionDeadline } : {}),
    }, { event: "amend" });

    if (criteriaUpdates.length > 0) {
      // Invariant 1 (domain.md §3.1): the evaluation model may be corrected only while no bid has been submitted.
      const submitted = await tx.bid.count({ where: { tenderId: tender.id, OR: [{ submittedAt: { not: null } }, { status: { not: "DRAFT" } }] } });
      if (submitted > 0) throw new AppError("INVALID_STATE", "amendments.errors.criteriaAfterBid", { fieldErrors: { criteria: ["amendments.errors.criteriaAfterBid"] } });
      for (const update of criteriaUpdates) {
        await tx.awardCriterion.update({ where: { id: update.id }, data: { name: update.name, description: update.description, weight: update.weight } });
      }
      // A parent's weight is the sum of its sub-criteria.
      const children = await tx.awardCriterion.findMany({ where: { tenderId: tender.id, parentId: { not: null } }, select: { parentId: true, weight: true } });
      const sums = new Map<string, Decimal>();
      for (const child of children) sums.set(child.parentId!, (sums.get(child.parentId!) ?? new Decimal(0)).plus(child.weight.toString()));
      for (const [parentId, sum] of sums) await tx.awardCriterion.update({ where: { id: parentId }, data: { weight: sum.toFixed() } });
    }

    const last = await tx.amendment.findFirst({ where: { tenderId: tender.id }, orderBy: { number: "desc" }, select: { number: true } });
    const amendment = await tx.amendment.create({
      data: { tenderId: tender.id, number: (last?.number ?? 0) + 1, summary: input.reason, changes: changes as object, newDeadline: deadline, createdById: actor.userId, publishedAt: now },
    });
    if (pending.length > 0) {
      const { count } = await tx.tenderDocumentVersion.updateMany({ where: { id: { in: pending.map((row) => row.id) }, pending: true }, data: { pending: false, amendmentId: amendment.id } });
      if (count !== pending.length) throw new AppError("CONFLICT", "errors.conflict");
    }
    const followers = await followersOf(tx, tender.id);
    return {
      data: { id: tender.id, amendmentId: amendment.id, number: amendment.number, version },
      audit: {
        chain: `tender:${tender.id}`, action: "tender.amended", entityType: "Amendment", entityId: amendment.id,
        after: { number: amendment.number, reason: input.reason, material, changes: JSON.parse(JSON.stringify(changes)) },
      },
      notify: followers.map((supplierId) => ({
        to: { supplierId },
        template: "tender.amended" as const,
        params: { path: publicNotice(tender.id), reference: tender.reference, number: amendment.number, reason: input.reason, deadline: (deadline ?? currentDeadline).toISOString() },
      })),
    };
  },
});
