import { z } from "zod";

import { id, text } from "@/lib/schemas";

import { ZBidContentShape } from "./content";

/*
 * Inputs of the bid commands, shared by the portal's forms and the REST API (the API engineer builds OpenAPI from
 * these). Content is the loose shape here; the tender's own rules run inside the command (lib/bids/content.ts).
 */

/** An Idempotency-Key header or the form's hidden token: printable, 8–200 characters. */
export const ZIdempotencyKey = text().trim().min(8, "bids.errors.idempotencyKey").max(200, "bids.errors.idempotencyKey");

export const ZUploadedBidFile = z.object({
  filename: text().trim().min(1, "bids.errors.fileRequired").max(500, "bids.errors.fileRequired"),
  claimedType: text().trim().max(200).optional(),
  bytes: z.instanceof(Uint8Array, { error: "bids.errors.fileRequired" }),
});

const ZOwnTender = z.object({
  tenderId: id(),
  /** The organisation acted for; may be left out when the user acts for one only. */
  supplierId: id().optional(),
});

export const ZSaveBidDraftInput = ZBidContentShape.extend(ZOwnTender.shape);

export const ZSubmitBidInput = ZBidContentShape.extend({
  ...ZOwnTender.shape,
  idempotencyKey: ZIdempotencyKey.optional(),
  /** Attach the draft's uploaded documents (the portal form); an API caller sends `documents` instead, or too. */
  useDraftDocuments: z.union([z.boolean(), z.enum(["yes", "no"])]).optional().transform((v) => v === true || v === "yes"),
  documents: z.array(ZUploadedBidFile).max(50, "bids.errors.tooManyFiles").default([]),
});
export type TSubmitBidInput = z.input<typeof ZSubmitBidInput>;

export const ZWithdrawBidInput = ZOwnTender.extend({ idempotencyKey: ZIdempotencyKey.optional() });
export type TWithdrawBidInput = z.input<typeof ZWithdrawBidInput>;

export const ZUploadBidDocumentInput = ZOwnTender.extend(ZUploadedBidFile.shape);
export const ZRemoveBidDocumentInput = ZOwnTender.extend({ documentId: id() });

/** A read of the organisation's own bid: `supplierId` is the organisation chosen (a user of several must choose). */
export const ZBidTenderParam = z.object({ tenderId: id(), supplierId: id().optional() });
export const ZReceiptParam = z.object({ id: id() });
