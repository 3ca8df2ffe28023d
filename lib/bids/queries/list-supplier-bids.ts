import { supplierScope, type Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";

/** The supplier's own bids (never anyone else's), newest first. Sealed content is not read here. */
export function listSupplierBids(db: Db, actor: Actor) {
  return db.bid.findMany({
    where: { supplierId: { in: supplierScope(actor) } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      status: true,
      submittedAt: true,
      tender: { select: { reference: true, title: true } },
      lot: { select: { title: true } },
    },
  });
}

export function listActorSuppliers(db: Db, actor: Actor) {
  return db.supplier.findMany({ where: { id: { in: supplierScope(actor) } }, select: { id: true, name: true } });
}
