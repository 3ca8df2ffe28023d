import type { TenderStatus } from "@/lib/generated/prisma/client";
import { standstillEndsAt as standstillEnd } from "@/lib/rules";
import { TENDER_STATUSES } from "@/lib/tenders/transitions";
import { addMonths, at, seedBase } from "../time";
import type { TenderSpec } from "./types";

/** The main path of a competition. TERMINATED sits beside EXPIRED; CANCELLED here means "cancelled after announcement". */
const ORDER: readonly TenderStatus[] = TENDER_STATUSES.filter((status) => status !== "TERMINATED" && status !== "CANCELLED");

/** Whether a tender now in `status` has passed through `stage`. */
export function reached(status: TenderStatus, stage: TenderStatus): boolean {
  if (stage === "EXPIRED" || stage === "TERMINATED" || stage === "CANCELLED") return status === stage;
  const effective = status === "CANCELLED" ? "ANNOUNCED" : status === "TERMINATED" ? "EXPIRED" : status;
  return ORDER.indexOf(effective) >= ORDER.indexOf(stage);
}

const DAY = 24 * 60 * 60 * 1000;
const plus = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Every date of a tender's life, derived from its announcement so the story stays consistent. */
export function timeline(spec: TenderSpec) {
  const announcedAt = at(spec.announcedDay, 8);
  const deadline = plus(at(spec.announcedDay), 35);
  const proposedAt = plus(deadline, 21);
  const decided = spec.status === "AWARD_DECIDED";
  const approvedAt = decided ? plus(seedBase(), -1) : plus(proposedAt, 3);
  const sentAt = decided ? null : approvedAt;
  // The real rule (lib/rules), so the demo's standstill ends where a live one would: the start of an Oslo day.
  const standstillEndsAt = sentAt ? standstillEnd(sentAt) : null;
  const signedAt = standstillEndsAt ? plus(standstillEndsAt, 2) : seedBase();
  const startsOn = new Date(Date.UTC(signedAt.getUTCFullYear(), signedAt.getUTCMonth() + 2, 1));
  return {
    createdAt: plus(announcedAt, -21),
    announcedAt,
    questionDeadline: plus(deadline, -10),
    deadline,
    openedAt: plus(deadline, 1 / 24),
    proposedAt,
    approvedAt,
    sentAt,
    standstillEndsAt,
    signedAt,
    startsOn,
    endsOn: plus(addMonths(startsOn, spec.contractMonths), -1),
  };
}

export type Timeline = ReturnType<typeof timeline>;

