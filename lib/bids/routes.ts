import { ROUTES } from "@/lib/routes";

/** The supplier's bid page for a competition (form, state, receipts); `supplierId` names the organisation acted for (a user of several chooses one). */
export const portalBid = (tenderId: string, supplierId?: string) =>
  `${ROUTES.portal}/tilbud/${encodeURIComponent(tenderId)}${supplierId ? `?org=${encodeURIComponent(supplierId)}` : ""}`;
/** Every receipt of the user's organisations (paged), one receipt, and its download. */
export const portalReceipts = (page?: number) => `${ROUTES.portal}/tilbud/kvitteringer${page && page > 1 ? `?page=${page}` : ""}`;
export const portalReceipt = (receiptId: string) => `${ROUTES.portal}/tilbud/kvitteringer/${encodeURIComponent(receiptId)}`;
export const portalReceiptFile = (receiptId: string) => `${portalReceipt(receiptId)}/fil`;
