import { supplierScope, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

/*
 * The organisation a supplier user acts for — the one resolver for every supplier command and read (bids,
 * questions, interest). A user may belong to several organisations: they act for the one they chose (the form's or
 * the API's `supplierId`, the page's `?org=`), or for their only one. Never for "the first".
 */

/** For reads: the chosen organisation if it is one of the actor's, else their only one; null when none applies. */
export function actingSupplierId(actor: Actor | null, chosen: string | undefined): string | null {
  const own = actor ? supplierScope(actor) : [];
  if (chosen !== undefined) return own.includes(chosen) ? chosen : null;
  return own.length === 1 ? own[0]! : null;
}

/**
 * For commands: the chosen organisation (the policy, forOwnSupplier, then refuses one that is not the actor's), or
 * the actor's only one; several and none chosen → VALIDATION with `messageKey` on `supplierId`.
 */
export function requireActingSupplier(actor: Actor, chosen: string | undefined, messageKey: string): string | null {
  if (chosen !== undefined) return chosen;
  const own = supplierScope(actor);
  if (own.length > 1) throw new AppError("VALIDATION", messageKey, { fieldErrors: { supplierId: [messageKey] } });
  return own[0] ?? null;
}
