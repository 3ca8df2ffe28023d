import { defineListQuery, noInput, scopeWhere } from "@/lib/query";

/** The supplier's own bids (never anyone else's), newest first. Sealed content is not read here. */
export const listSupplierBids = defineListQuery({
  name: "bids.listOwn",
  action: "bid.read_own",
  input: noInput,
  load: ({ db, scope }) =>
    db.bid.findMany({
      where: scopeWhere(scope),
      orderBy: { updatedAt: "desc" },
      select: {
        id: true,
        status: true,
        submittedAt: true,
        supplierId: true,
        tender: { select: { reference: true, title: true } },
        lot: { select: { title: true } },
      },
    }),
});
