import { supplierScope } from "@/lib/auth/policy";
import { checkDocument, MAX_DOCUMENT_LABEL } from "@/lib/documents/rules";
import { sniffType } from "@/lib/documents/sniff";
import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";
import { postgresStorage, sha256Hex } from "@/lib/storage";

import { complaintRecipients } from "../complaint-recipients";
import { loadAwardTender, PARTICIPATING_BID_STATUSES, standstillEndOf } from "../load";
import { officerAward } from "../routes";
import { ZLodgeComplaintInput } from "../schemas";

/**
 * A bidder lodges a complaint (klage) on the award during the standstill, with text and documents (checked like every
 * upload: type sniffed from the bytes, size limit). It suspends the conclusion of the contract until the officer
 * records a decision. Only an organisation that bid may complain, for itself (the policy checks the organisation).
 * Every officer of the region and the award's proposer are told (complaintRecipients).
 */
export const lodgeComplaint = defineCommand({
  name: "complaint.lodge",
  action: "complaint.lodge",
  input: ZLodgeComplaintInput,
  load: async ({ tx, actor, input }) => {
    const tender = await loadAwardTender(tx, input.tenderId);
    const own = supplierScope(actor);
    if (input.supplierId === undefined && own.length > 1) throw new AppError("VALIDATION", "bids.errors.chooseSupplier", { fieldErrors: { supplierId: ["bids.errors.chooseSupplier"] } });
    const supplierId = input.supplierId ?? own[0] ?? null;
    // An organisation that did not bid is not a party; it is refused like any stranger.
    const bid = supplierId ? await tx.bid.findFirst({ where: { tenderId: tender.id, supplierId, status: { in: [...PARTICIPATING_BID_STATUSES] } }, select: { id: true } }) : null;
    return { ...tender, supplierId: bid ? supplierId : null };
  },
  run: async ({ tx, input, actor, now, resource: tender }) => {
    const endsAt = standstillEndOf(tender);
    const during = (tender.status === "STANDSTILL" || tender.status === "AWARD_DECIDED") && endsAt !== null && now < endsAt;
    if (!during) throw new AppError("INVALID_STATE", "awards.errors.complaintClosed");
    const checked = [];
    for (const [index, file] of input.files.entries()) {
      const verdict = checkDocument({ filename: file.filename, sizeBytes: file.bytes.byteLength, claimedType: file.claimedType, sniffed: await sniffType(file.bytes) });
      if (!verdict.ok) {
        const code = verdict.messageKey === "documents.errors.tooLarge" ? "TOO_LARGE" : "VALIDATION";
        throw new AppError(code, verdict.messageKey, { fieldErrors: { files: [verdict.messageKey] }, messageParams: { limit: MAX_DOCUMENT_LABEL }, index });
      }
      checked.push({ file, contentType: verdict.contentType });
    }
    const storage = postgresStorage(tx);
    const complaint = await tx.complaint.create({
      data: { tenderId: tender.id, supplierId: tender.supplierId!, lodgedById: actor.userId, lodgedAt: now, text: input.text },
    });
    const documents = [];
    for (const { file, contentType } of checked) {
      const sha256 = sha256Hex(file.bytes);
      const storageKey = await storage.put(file.bytes);
      documents.push(await tx.complaintDocument.create({
        data: { complaintId: complaint.id, filename: file.filename, contentType, sizeBytes: file.bytes.byteLength, sha256, storageKey, createdAt: now },
        select: { id: true, filename: true, sha256: true, sizeBytes: true },
      }));
    }
    return {
      data: { id: complaint.id },
      audit: {
        chain: `tender:${tender.id}`, action: "complaint.lodged", entityType: "Complaint", entityId: complaint.id,
        after: { supplierId: tender.supplierId, documents: documents.map((d) => ({ filename: d.filename, sha256: d.sha256, sizeBytes: d.sizeBytes })) },
      },
      notify: (await complaintRecipients(tx, tender)).map((userId) => ({ to: { userId }, template: "complaint.lodged" as const, params: { path: officerAward(tender.id), reference: tender.reference } })),
    };
  },
});
