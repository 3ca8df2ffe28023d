import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";

import { hashToken, isTokenShaped } from "./token";

/** lastUsedAt is written at most once a minute per token, so a busy integration does not serialise on its row. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The actor an API token stands for: a supplier user of the token's organisation only (never its administrator,
 * never another organisation), acting as the user who created the token so rows that name a person (who asked a
 * question) have one. Null for a malformed, unknown or revoked token — the route layer answers 401.
 */
export async function actorForToken(db: Pick<Db, "apiToken" | "$queryRaw">, token: string, now: Date): Promise<Actor | null> {
  if (!isTokenShaped(token)) return null;
  // One round trip (the token and its creator's language): every API request starts here.
  const [row] = await db.$queryRaw<{ id: string; supplierId: string; revokedAt: Date | null; lastUsedAt: Date | null; createdById: string; locale: string }[]>`
    SELECT t."id", t."supplierId", t."revokedAt", t."lastUsedAt", t."createdById", u."locale"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."createdById"
    WHERE t."tokenHash" = ${hashToken(token)}`;
  if (!row || row.revokedAt !== null) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    userId: row.createdById,
    apiTokenId: row.id,
    active: true,
    locale: row.locale === "en" ? "en" : "nb",
    memberships: [{ role: "SUPPLIER_USER", regionId: null, supplierId: row.supplierId }],
  };
}

/** The token in an `Authorization: Bearer <token>` header; null when the header is absent or another scheme. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
