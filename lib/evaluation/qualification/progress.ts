import type { Tx } from "@/lib/db";
import { transitionTender, type TenderSnapshot } from "@/lib/tenders/guarded-transition";

/**
 * Moves the competition along as qualification goes: the first assessment or rejection takes an OPENED competition to
 * QUALIFICATION; once every opened bid is QUALIFIED or REJECTED it goes on to EVALUATION. Returns the new status.
 */
export async function advanceQualification(tx: Tx, tender: TenderSnapshot): Promise<TenderSnapshot> {
  let current = tender;
  if (current.status === "OPENED") {
    const moved = await transitionTender(tx, current, "startQualification");
    current = { ...current, status: moved.status, version: moved.version };
  }
  if (current.status !== "QUALIFICATION") return current;
  const open = await tx.bid.count({ where: { tenderId: current.id, status: "OPENED" } });
  const valid = await tx.bid.count({ where: { tenderId: current.id, status: "QUALIFIED" } });
  if (open > 0 || valid === 0) return current;
  const moved = await transitionTender(tx, current, "startEvaluation");
  return { ...current, status: moved.status, version: moved.version };
}
