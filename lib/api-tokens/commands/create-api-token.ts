import { randomUUID } from "node:crypto";

import { AppError } from "@/lib/errors";
import { defineCommand } from "@/lib/mutation";

import { ZCreateApiTokenInput } from "../schemas";
import { generateToken } from "../token";

/**
 * An organisation's administrator (supplier.admin) creates an API token for the organisation's own systems. The token
 * is in the result only — shown once — and the row keeps its SHA-256 and a short hint. The audit names the token by id
 * and hint, never the token or its hash.
 */
export const createApiToken = defineCommand({
  name: "apiTokens.create",
  action: "supplier.admin",
  input: ZCreateApiTokenInput,
  load: async ({ actor, input }) => {
    const administered = actor.memberships.flatMap((m) => (m.role === "SUPPLIER_USER" && m.supplierAdmin === true && m.supplierId !== null ? [m.supplierId] : []));
    if (input.supplierId === undefined && administered.length > 1) {
      throw new AppError("VALIDATION", "api.tokens.errors.chooseSupplier", { fieldErrors: { supplierId: ["api.tokens.errors.chooseSupplier"] } });
    }
    // The policy (asSupplierAdmin) judges the organisation named against the actor's memberships.
    return { supplierId: input.supplierId ?? administered[0] ?? null };
  },
  run: async ({ tx, actor, input, now, resource }) => {
    const supplierId = resource.supplierId!;
    const { token, hash, hint } = generateToken();
    const id = randomUUID();
    await tx.apiToken.create({ data: { id, supplierId, name: input.name, tokenHash: hash, hint, createdById: actor.userId, createdAt: now } });
    return {
      data: { id, supplierId, name: input.name, hint, token },
      audit: { chain: "global", action: "api_token.created", entityType: "ApiToken", entityId: id, after: { supplierId, name: input.name, hint } },
    };
  },
});
