import { z } from "zod";

import { id, text } from "@/lib/schemas";

/** A calendar day as typed ("20.05.2025") or as ISO ("2025-05-20"), always out as "yyyy-MM-dd". */
const day = (required: string) =>
  z.string().trim()
    .transform((v) => {
      const typed = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
      return typed ? `${typed[3]}-${typed[2]!.padStart(2, "0")}-${typed[1]!.padStart(2, "0")}` : v;
    })
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, required));

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
