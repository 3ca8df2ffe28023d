import type { Tx } from "@/lib/db";
import type { NotifyRecord } from "@/lib/notifications";
import { publicNotice } from "@/lib/routes";

/**
 * For tender.announce: when the competition came from a market dialogue, every organisation that registered
 * interest there now follows the competition (a TenderInterest, so answers, amendments and cancellation reach it as
 * they reach anyone who registered on the notice) and is told it is announced, with a link to the public notice.
 * Told at announcement, not at conversion: before that the draft is not public and the link would lead nowhere.
 */
export async function dialogueFollowersOnAnnouncement(tx: Tx, tender: { id: string; reference: string }, now: Date): Promise<NotifyRecord[]> {
  const dialogue = await tx.marketDialogue.findUnique({
    where: { tenderId: tender.id },
    select: { reference: true, title: true, responses: { where: { interested: true }, orderBy: { supplierId: "asc" }, select: { supplierId: true } } },
  });
  if (!dialogue || dialogue.responses.length === 0) return [];
  const supplierIds = dialogue.responses.map((response) => response.supplierId);
  await tx.tenderInterest.createMany({ data: supplierIds.map((supplierId) => ({ tenderId: tender.id, supplierId, registeredAt: now })), skipDuplicates: true });
  return supplierIds.map((supplierId) => ({
    to: { supplierId },
    template: "dialogue.tender-announced" as const,
    params: { path: publicNotice(tender.id), reference: tender.reference, dialogueReference: dialogue.reference, dialogueTitle: dialogue.title },
  }));
}
