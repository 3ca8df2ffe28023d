import type { Tx } from "@/lib/db";

/**
 * Who hears that a complaint was lodged: every active officer of the tender's region (any of them may have to decide
 * it, and it stops the contract) and the person(s) who proposed the award under complaint, even when that is a manager
 * or someone who has since moved, as long as the account is active. Sorted and without duplicates.
 */
export async function complaintRecipients(tx: Tx, tender: { regionId: string; awards: { proposedById: string }[] }): Promise<string[]> {
  const proposers = [...new Set(tender.awards.map((a) => a.proposedById))];
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [{ memberships: { some: { role: "OFFICER", regionId: tender.regionId, revokedAt: null } } }, { id: { in: proposers } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}
