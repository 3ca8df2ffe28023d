import { supplierScope } from "@/lib/auth/policy";
import { defineDetailQuery } from "@/lib/query";

import { loadLetter } from "../letter-load";
import { ZAwardTenderParam } from "../schemas";

/**
 * One organisation's award letter and its complaints. Only that organisation's users may read it (award.read_letter:
 * forOwnSupplier): the letter shows other bidders' names only as winners, and never another bidder's own points
 * unless it won. Reads decided (APPROVED) decisions only; a revoked award's letter is gone with it. Null → 404.
 */
export const getAwardLetter = defineDetailQuery({
  name: "awards.getLetter",
  action: "award.read_letter",
  input: ZAwardTenderParam,
  load: async ({ db, actor, input, now }) => {
    const own = actor ? supplierScope(actor) : [];
    const supplierId = input.supplierId ?? own[0];
    if (!supplierId) return null;
    const letter = await loadLetter(db, input.tenderId, supplierId);
    if (!letter) return null;
    const complaints = await db.complaint.findMany({
      where: { tenderId: input.tenderId, supplierId },
      orderBy: { lodgedAt: "asc" },
      select: { id: true, lodgedAt: true, text: true, status: true, decidedAt: true, decisionReason: true, documents: { select: { id: true, filename: true, sizeBytes: true, sha256: true } } },
    });
    const open = letter.standstillEndsAt !== null && now < letter.standstillEndsAt && ["STANDSTILL", "AWARD_DECIDED"].includes(letter.status);
    return { supplierId, letter: letter.letter, status: letter.status, complaints, complaintOpen: open };
  },
});

export type AwardLetterView = NonNullable<Awaited<ReturnType<typeof getAwardLetter.load>>>;
