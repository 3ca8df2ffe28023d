import { ROUTES } from "@/lib/routes";

/** The supplier's bid for a competition (form, state, receipts). */
export const portalBid = (tenderId: string) => `${ROUTES.portal}/tilbud/${encodeURIComponent(tenderId)}`;
/** One receipt, and its download. */
export const portalReceipt = (receiptId: string) => `${ROUTES.portal}/tilbud/kvitteringer/${encodeURIComponent(receiptId)}`;
export const portalReceiptFile = (receiptId: string) => `${portalReceipt(receiptId)}/fil`;
