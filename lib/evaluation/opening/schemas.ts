import { z } from "zod";

import { id } from "@/lib/schemas";

/** Request the opening of a competition's bids (and, under ONE_PERSON, open them). `version` = the tender the user saw. */
export const ZRequestOpeningInput = z.object({
  tenderId: id(),
  version: z.coerce.number({ error: "errors.field.version" }).int().min(0),
});
export type TRequestOpeningInput = z.output<typeof ZRequestOpeningInput>;

/** Confirm a requested opening: the second person; the bids are decrypted now. */
export const ZConfirmOpeningInput = z.object({
  tenderId: id(),
  version: z.coerce.number({ error: "errors.field.version" }).int().min(0),
});
export type TConfirmOpeningInput = z.output<typeof ZConfirmOpeningInput>;
