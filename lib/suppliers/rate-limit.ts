import { createHash } from "node:crypto";

import { hit, type RateLimitResult } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

/**
 * The public supplier forms (registration, accepting an invitation) count every attempt per client address, like the
 * log-in counts failures: 10 an hour. Enough for a person who mistypes; too few to enumerate orgnrs or guess the
 * password of an invited account. Shared by every app instance (RateLimit in Postgres).
 */
export const PUBLIC_SUPPLIER_FORM_LIMIT = { limit: 10, windowMs: 60 * 60_000 } as const;

export type PublicSupplierForm = "register" | "invitation";

const rateKey = (form: PublicSupplierForm, ip: string) => `supplier-${form}:${createHash("sha256").update(ip).digest("hex")}`;

/** Counts one attempt from `ip`; `allowed: false` once the address has used up the window. */
export function hitPublicSupplierForm(form: PublicSupplierForm, ip: string, now: Date): Promise<RateLimitResult> {
  return hit(db, rateKey(form, ip), { ...PUBLIC_SUPPLIER_FORM_LIMIT, now });
}
