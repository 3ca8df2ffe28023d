import Decimal from "decimal.js";

import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import type { ProtocolEntry, ProtocolSection, SectionBuilder, SectionContext } from "./types";

/*
 * The protocol's sections after the consensus: every evaluation run (what caused it, the valid bids, the ranking per
 * lot, and the sensitivity of the latest), the award letters with the standstill, and the complaints with the
 * injunctions. Each from the stored rows (EvaluationRun, AwardDecision, Complaint, Injunction) and, where only the
 * audit trail holds it (to whom the letters went, why the evaluation was reopened), from that event's payload.
 */

const m = (ctx: SectionContext, key: string, params?: Record<string, string | number>) => ctx.t(`protocol.${key}`, params);
const section = (ctx: SectionContext, id: string, entries: ProtocolEntry[]): ProtocolSection => ({ id, title: m(ctx, `sections.${id}`), facts: [], entries });
const byTime = (a: ProtocolEntry, b: ProtocolEntry) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0);
const list = (names: string[]) => names.join(", ");
/** A free text as a sentence: with a full stop unless it already ends like one, so templates can go on after it. */
const sentence = (text: string) => (/[.!?»”"]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A lib/scoring decimal string rounded for display only (2 decimals, half up), as the result page shows it. */
function points(value: string, locale: "nb" | "en"): string {
  const fixed = new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return locale === "nb" ? fixed.replace(".", ",") : fixed;
}

function bidNames(ctx: SectionContext): Map<string, string> {
  return new Map(ctx.source.tender.bids.map((bid) => [bid.id, bid.supplier.name]));
}

/** Each run per lot: cause, valid bids, ranking with totals, who left since the previous run, ties; then sensitivity. */
export const runs: SectionBuilder = (ctx) => {
  const { runs: stored, tender } = ctx.source;
  const names = bidNames(ctx);
  const name = (bidId: string | null) => (bidId ? (names.get(bidId) ?? bidId) : "–");
  const lotNumber = new Map(tender.lots.map((lot) => [lot.id, lot.number]));
  const criterion = new Map(tender.criteria.map((c) => [c.id, c.name]));
  const cause = (key: string) => {
    const label = ctx.t(`evaluation.causes.${key}`);
    return label === `evaluation.causes.${key}` ? key : label;
  };
  const entries: ProtocolEntry[] = [];
  stored.forEach((run, index) => {
    const previous = stored[index - 1];
    for (const lot of run.lots) {
      const number = lotNumber.get(lot.lotId) ?? "–";
      const ranking = lot.results.map((r) => m(ctx, "runs.rank", { rank: r.rank, supplier: name(r.id), total: points(r.total, ctx.locale) })).join("; ");
      const parts = [m(ctx, "runs.run", { cause: cause(run.cause), lot: number, valid: list(lot.validBidIds.map(name)), ranking })];
      const before = previous?.lots.find((l) => l.lotId === lot.lotId);
      const left = before ? before.validBidIds.filter((id) => !lot.validBidIds.includes(id)) : [];
      if (left.length > 0) parts.push(m(ctx, "runs.left", { names: list(left.map(name)) }));
      const ties = new Set(lot.results.filter((r) => r.tiedWith.length > 0).map((r) => [r.id, ...r.tiedWith].sort().join(" ")));
      for (const tie of ties) parts.push(m(ctx, "runs.tie", { names: list(tie.split(" ").map(name)) }));
      entries.push({ at: run.createdAt, actor: run.actor, text: parts.join(" ") });
    }
  });
  // The sensitivity of the result as it stands (the latest run): lib/scoring computed it with the run.
  const latest = stored.at(-1);
  for (const lot of latest?.lots ?? []) {
    const number = lotNumber.get(lot.lotId) ?? "–";
    for (const s of lot.sensitivity) {
      const criterionName = criterion.get(s.criterionId) ?? s.criterionId;
      entries.push({
        at: latest!.createdAt,
        actor: null,
        text: s.winnerChangesAt === null
          ? m(ctx, "runs.sensitivityNone", { lot: number, criterion: criterionName })
          : m(ctx, "runs.sensitivity", { lot: number, criterion: criterionName, from: s.currentWeight, to: points(String(s.winnerChangesAt), ctx.locale), winner: name(s.newWinner) }),
      });
    }
  }
  return section(ctx, "runs", entries);
};

/** The letters (to which organisations, when, by whose approval) and the standstill they started. */
export const letters: SectionBuilder = (ctx) => {
  const { events, supplierNames, tender } = ctx.source;
  const entries: ProtocolEntry[] = [];
  const standstill = (at: Date, endsAt: Date | null, applies: boolean, actor: string | null): ProtocolEntry => ({
    at,
    actor,
    // The stored instant is 00:00 Oslo of the first day the contract may be concluded; the standstill runs through the day before.
    text: !applies || endsAt === null ? m(ctx, "letters.noStandstill") : m(ctx, "letters.standstill", { day: formatOsloDate(new Date(endsAt.getTime() - 1), ctx.locale), from: formatOsloDateTime(endsAt, ctx.locale) }),
  });
  const sent = events.filter((e) => e.action === "award.letters_sent");
  for (const event of sent) {
    const after = (event.after ?? {}) as { suppliers?: string[]; standstillEndsAt?: string; standstill?: boolean };
    const recipients = (after.suppliers ?? []).map((id) => supplierNames.get(id) ?? id).sort((a, b) => a.localeCompare(b, "nb"));
    entries.push({ at: event.at, actor: event.actor, text: m(ctx, "letters.sent", { count: recipients.length, names: list(recipients) }) });
    entries.push(standstill(event.at, after.standstillEndsAt ? new Date(after.standstillEndsAt) : null, after.standstill !== false, event.actor));
  }
  if (sent.length === 0) {
    // Rows written without the command (older or imported data): the decisions' own send times, to every bidder.
    const bidders = [...new Set(tender.bids.filter((b) => b.versions.length > 0 && b.status !== "WITHDRAWN").map((b) => b.supplier.name))].sort((a, b) => a.localeCompare(b, "nb"));
    const seen = new Set<number>();
    for (const award of tender.awards) {
      if (!award.sentAt || seen.has(award.sentAt.getTime())) continue;
      seen.add(award.sentAt.getTime());
      entries.push({ at: award.sentAt, actor: award.approvedBy?.name ?? null, text: m(ctx, "letters.sent", { count: bidders.length, names: list(bidders) }) });
      entries.push(standstill(award.sentAt, award.standstillEndsAt, bidders.length > 1, award.approvedBy?.name ?? null));
    }
  }
  for (const award of tender.awards) {
    if (award.standstillSkippedReason) entries.push({ at: tender.contracts[0]?.signedAt ?? award.approvedAt, actor: null, text: m(ctx, "letters.skipped", { reason: award.standstillSkippedReason }) });
  }
  return section(ctx, "letters", entries.sort(byTime));
};

/** Complaints (by which organisation, the text, the documents by name, the decision with reasons), reopenings, injunctions. */
export const complaints: SectionBuilder = (ctx) => {
  const { tender, events } = ctx.source;
  const entries: ProtocolEntry[] = [];
  for (const c of tender.complaints) {
    const supplier = c.supplier.name;
    const documents = c.documents.length > 0 ? m(ctx, "complaints.documents", { names: list(c.documents.map((d) => d.filename)) }) : m(ctx, "complaints.noDocuments");
    // The organisation is the party; the person who pressed "send" is not needed in the protocol.
    entries.push({ at: c.lodgedAt, actor: supplier, text: `${m(ctx, "complaints.lodged", { supplier, text: c.text })} ${documents}.` });
    if (c.status === "PENDING") entries.push({ at: c.lodgedAt, actor: null, text: m(ctx, "complaints.pending", { supplier }) });
    else entries.push({ at: c.decidedAt, actor: c.decidedBy?.name ?? null, text: m(ctx, `complaints.${c.status}`, { supplier, reason: sentence(c.decisionReason ?? "") }) });
  }
  for (const event of events.filter((e) => e.action === "evaluation.reopened")) {
    entries.push({ at: event.at, actor: event.actor, text: m(ctx, "complaints.reopened", { reason: String((event.after as { reason?: unknown } | null)?.reason ?? "") }) });
  }
  for (const i of tender.injunctions) {
    entries.push({ at: i.registeredAt, actor: i.registeredBy.name, text: m(ctx, "complaints.injunction", { note: i.note }) });
    if (i.liftedAt) entries.push({ at: i.liftedAt, actor: i.liftedBy?.name ?? null, text: m(ctx, "complaints.lifted", { reason: i.liftReason ?? "" }) });
  }
  return section(ctx, "complaints", entries.sort(byTime));
};
