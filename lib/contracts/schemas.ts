import { z } from "zod";

import { id, text } from "@/lib/schemas";

const day = (required: string) => z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, required);

/** Concluding the contract: its date and start (the end and the option maximum follow from the tender's terms). */
export const ZConcludeContractInput = z.object({
  tenderId: id(),
  version: z.coerce.number().int().min(0),
  contractDate: day("contracts.errors.dateRequired"),
  startsOn: day("contracts.errors.startRequired"),
  /** Only for a single-bidder competition, which may skip the standstill (FOA § 25-2): why, for the protocol. */
  skipStandstillReason: text().trim().max(4000, "errors.field.descriptionTooLong").optional().transform((v) => (v ? v : undefined)),
});
export type TConcludeContractInput = z.input<typeof ZConcludeContractInput>;
