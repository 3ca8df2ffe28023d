import type { Tx } from "@/lib/db";

/**
 * Who hears that a question was asked: the competition's drafter while they are still an officer of its region;
 * otherwise (moved, revoked, deactivated) every active officer of the region, so a question is never left unseen.
 */
export async function questionRecipients(tx: Tx, tender: { regionId: string; createdById: string }): Promise<string[]> {
  const officers = await tx.membership.findMany({
    where: { role: "OFFICER", regionId: tender.regionId, revokedAt: null, user: { active: true } },
    distinct: ["userId"],
    select: { userId: true },
  });
  const ids = officers.map((row) => row.userId).sort();
  return ids.includes(tender.createdById) ? [tender.createdById] : ids;
}
