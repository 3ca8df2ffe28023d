import { z } from "zod";

import { id, text } from "@/lib/schemas";

export const API_TOKEN_NAME_MAX = 100;

/** A new token: a name its owners recognise it by, for the organisation named (or the admin's only one). */
export const ZCreateApiTokenInput = z.object({
  supplierId: id().optional(),
  name: text({ error: "api.tokens.errors.nameRequired" }).trim().min(1, "api.tokens.errors.nameRequired").max(API_TOKEN_NAME_MAX, "api.tokens.errors.nameTooLong"),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: id() });
export type TRevokeApiTokenInput = z.input<typeof ZRevokeApiTokenInput>;
