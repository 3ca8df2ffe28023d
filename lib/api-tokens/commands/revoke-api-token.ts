import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZRevokeApiTokenInput } from "../schemas";

/**
 * An organisation's administrator revokes one of its API tokens: the next request with it is 401. The row stays
 * (who revoked it and when), and revoking twice changes nothing more (the guard is in the update itself).
 */
export const revokeApiToken = defineCommand({
  name: "apiTokens.revoke",
  action: "supplier.admin",
  input: ZRevokeApiTokenInput,
  load: async ({ tx, input }) => {
    const row = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, supplierId: true, hint: true, revokedAt: true } });
    if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
    return row;
  },
  run: async ({ tx, actor, now, resource: token }) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now, revokedById: actor.userId } });
    return {
      data: { id: token.id, revoked: true },
      audit:
        count === 1
          ? { chain: "global", action: "api_token.revoked", entityType: "ApiToken", entityId: token.id, after: { supplierId: token.supplierId, hint: token.hint } }
          : [],
    };
  },
});
