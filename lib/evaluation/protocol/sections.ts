import { formatNok } from "@/lib/money";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import type { StoredExclusionAssessment, StoredRequirementAssessment } from "../qualification/schemas";
import { complaints, letters, runs } from "./sections-award";
import type { ProtocolEntry, SectionBuilder, SectionContext } from "./types";

/*
 * The protocol's sections, in order: each a builder over the loaded source. The lead (and the engineers of later
 * models — EvaluationRun, Complaint, letters) add a section by writing a builder and listing it in PROTOCOL_SECTIONS,
 * and give their audit actions a label as `<area>.protocolActions.<action>` with the area in PROTOCOL_ACTION_AREAS.
 */

const p = (ctx: SectionContext, key: string, params?: Record<string, string | number>) => ctx.t(`opening.protocol.${key}`, params);
const section = (ctx: SectionContext, id: string, facts: [string, string][], entries: ProtocolEntry[]) => ({ id, title: p(ctx, `sections.${id}`), facts, entries });
const nok = (ctx: SectionContext, ore: bigint | null) => (ore === null ? "–" : formatNok(ore, ctx.locale));
const when = (ctx: SectionContext, at: Date | null) => (at ? formatOsloDateTime(at, ctx.locale) : "–");

const facts: SectionBuilder = (ctx) => {
  const { tender } = ctx.source;
  return section(ctx, "facts", [
    [p(ctx, "facts.reference"), tender.reference],
    [p(ctx, "facts.title"), tender.title],
    [p(ctx, "facts.region"), tender.region.name],
    [p(ctx, "facts.measure"), ctx.locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb],
    [p(ctx, "facts.value"), nok(ctx, tender.estimatedValueOre)],
    [p(ctx, "facts.deadline"), when(ctx, tender.deadline)],
    [p(ctx, "facts.status"), ctx.t(`tenderStatus.${tender.status}`)],
    [p(ctx, "facts.lots"), tender.lots.map((lot) => `${lot.number}. ${lot.title}`).join("; ")],
  ], []);
};

const regime: SectionBuilder = (ctx) => {
  const { tender } = ctx.source;
  const rows: [string, string][] = [[p(ctx, "regime.regime"), ctx.t(`regime.${tender.regime}`)], [p(ctx, "regime.procedure"), ctx.t(`procedure.${tender.procedure}`)]];
  if (tender.regimeReason) rows.push([p(ctx, "regime.reason"), tender.regimeReason]);
  if (tender.chosenRegime) rows.push([p(ctx, "regime.reason"), p(ctx, "regime.chosen", { regime: ctx.t(`regime.${tender.chosenRegime}`), reason: tender.chosenRegimeReason ?? "" })]);
  return section(ctx, "regime", rows, []);
};

const notices: SectionBuilder = (ctx) => {
  const { tender } = ctx.source;
  const entries: ProtocolEntry[] = [];
  if (tender.announcedAt) entries.push({ at: tender.announcedAt, actor: null, text: p(ctx, "notices.announced") });
  if (tender.cancelledAt) entries.push({ at: tender.cancelledAt, actor: null, text: p(ctx, "notices.cancelled", { reason: tender.cancelReason ?? "" }) });
  return section(ctx, "notices", [], entries);
};

const qa: SectionBuilder = (ctx) =>
  section(ctx, "qa", [], ctx.source.tender.questions.map((q) => ({ at: q.answer?.publishedAt ?? q.askedAt, actor: q.answer?.answeredBy.name ?? null, text: p(ctx, "qa.row", { number: q.publicNumber ?? 0, question: q.publicText ?? "", answer: q.answer?.text ?? "" }) })));

const amendments: SectionBuilder = (ctx) =>
  section(ctx, "amendments", [], ctx.source.tender.amendments.map((a) => ({ at: a.publishedAt, actor: a.createdBy.name, text: p(ctx, "amendments.row", { number: a.number, reason: a.summary }) })));

const bids: SectionBuilder = (ctx) =>
  section(ctx, "bids", [], ctx.source.tender.bids.flatMap((bid) => [
    ...bid.versions.map((v) => ({ at: v.submittedAt, actor: bid.supplier.name, text: p(ctx, "bids.submitted", { supplier: `${bid.supplier.name} (${bid.supplier.orgnr})`, lot: bid.lot.number, number: v.number }) })),
    ...(bid.withdrawnAt ? [{ at: bid.withdrawnAt, actor: bid.supplier.name, text: p(ctx, "bids.withdrawn", { supplier: bid.supplier.name }) }] : []),
  ]).sort((a, b) => a.at.getTime() - b.at.getTime()));

const opening: SectionBuilder = (ctx) => {
  const { tender } = ctx.source;
  const record = tender.opening;
  const entries: ProtocolEntry[] = [];
  const opened = tender.bids.filter((bid) => bid.priceOre !== null);
  if (record) {
    entries.push({ at: record.requestedAt, actor: record.requestedBy.name, text: p(ctx, "opening.requested", { name: record.requestedBy.name }) });
    if (record.confirmedAt && record.confirmedBy) entries.push({ at: record.confirmedAt, actor: record.confirmedBy.name, text: p(ctx, "opening.confirmed", { name: record.confirmedBy.name, count: opened.length }) });
    else if (tender.openedAt) entries.push({ at: tender.openedAt, actor: record.requestedBy.name, text: p(ctx, "opening.onePerson", { name: record.requestedBy.name, count: opened.length }) });
  }
  if (tender.openedAt) {
    for (const bid of tender.bids) {
      const latest = bid.versions.at(-1);
      entries.push(bid.priceOre !== null
        ? { at: tender.openedAt, actor: null, text: p(ctx, "opening.bid", { supplier: bid.supplier.name, lot: bid.lot.number, price: nok(ctx, bid.priceOre), at: when(ctx, latest?.submittedAt ?? null) }) }
        : { at: tender.openedAt, actor: null, text: p(ctx, "opening.withdrawn", { supplier: bid.supplier.name, lot: bid.lot.number }) });
    }
  }
  return section(ctx, "opening", [], entries);
};

const qualification: SectionBuilder = (ctx) => {
  const requirementText = new Map(ctx.source.tender.requirements.map((r) => [r.id, r.requirement]));
  const entries = ctx.source.tender.bids.flatMap((bid): ProtocolEntry[] => {
    const rows: ProtocolEntry[] = [];
    const q = bid.qualification;
    if (q) {
      const actor = q.assessedBy.name;
      const unmet = (q.requirements as unknown as StoredRequirementAssessment[]).filter((r) => !r.met);
      const applying = (q.exclusions as unknown as StoredExclusionAssessment[]).filter((e) => e.applies);
      for (const r of unmet) rows.push({ at: q.assessedAt, actor, text: p(ctx, "qualification.notMet", { supplier: bid.supplier.name, requirement: requirementText.get(r.requirementId) ?? r.requirementId, reason: r.reason }) });
      for (const e of applying) rows.push({ at: q.assessedAt, actor, text: p(ctx, "qualification.exclusion", { supplier: bid.supplier.name, ground: ctx.t(`bids.espd.${e.code}`), reason: e.reason }) });
      if (unmet.length === 0 && applying.length === 0) rows.push({ at: q.assessedAt, actor, text: p(ctx, "qualification.qualified", { supplier: bid.supplier.name }) });
    }
    if (bid.status === "REJECTED") rows.push({ at: bid.rejectedAt, actor: bid.rejectedBy?.name ?? null, text: p(ctx, "qualification.rejected", { supplier: bid.supplier.name, basis: ctx.t(`opening.rejectionGrounds.${bid.rejectionBasis ?? "other"}`), reason: bid.rejectionReason ?? "" }) });
    return rows;
  });
  return section(ctx, "qualification", [], entries);
};

const panel: SectionBuilder = (ctx) =>
  section(ctx, "panel", [], ctx.source.tender.panel.map((m) => ({
    at: m.conflictDeclaredAt ?? m.impartialityAt,
    actor: m.user.name,
    text: p(ctx, "panel.member", { name: m.user.name, declaration: m.conflictDeclaredAt ? `${p(ctx, "panel.conflict", { at: when(ctx, m.conflictDeclaredAt) })}${m.conflictDetails ? ` – ${m.conflictDetails}` : ""}` : m.impartialityAt ? p(ctx, "panel.impartial", { at: when(ctx, m.impartialityAt) }) : p(ctx, "panel.undeclared") }),
  })));

const scores: SectionBuilder = (ctx) => {
  const criteria = new Map(ctx.source.tender.criteria.map((c) => [c.id, c.name]));
  return section(ctx, "scores", [], ctx.source.tender.bids.flatMap((bid) => bid.scores.map((s) => ({
    at: s.updatedAt,
    actor: s.evaluator.name,
    text: p(ctx, "scores.row", { supplier: bid.supplier.name, criterion: criteria.get(s.criterionId) ?? s.criterionId, stage: p(ctx, `scores.${s.stage}`), evaluator: s.evaluator.name, score: s.score.toString(), justification: s.justification }),
  }))));
};

const award: SectionBuilder = (ctx) =>
  section(ctx, "award", [], ctx.source.tender.awards.flatMap((a): ProtocolEntry[] => [
    { at: a.proposedAt, actor: a.proposedBy.name, text: p(ctx, "award.proposed", { supplier: a.winningBid.supplier.name, lot: a.lot.number, name: a.proposedBy.name, reasoning: a.reasoning }) },
    ...(a.approvedAt && a.approvedBy ? [{ at: a.approvedAt, actor: a.approvedBy.name, text: p(ctx, "award.approved", { name: a.approvedBy.name }) }] : []),
    // The letters and the standstill they start have their own section (sections-award.ts letters).
    ...(a.returnedAt && a.returnedBy ? [{ at: a.returnedAt, actor: a.returnedBy.name, text: ctx.t("protocol.award.returned", { name: a.returnedBy.name, comment: a.returnComment ?? "" }) }] : []),
  ]).sort((x, y) => (x.at?.getTime() ?? 0) - (y.at?.getTime() ?? 0)));

const contract: SectionBuilder = (ctx) =>
  section(ctx, "contract", [], ctx.source.tender.contracts.map((c) => ({ at: c.signedAt, actor: c.signedBy?.name ?? null, text: p(ctx, "contract.row", { supplier: c.supplier.name, lot: c.lot.number, value: nok(ctx, c.valueOre), start: formatOsloDate(c.startsOn, ctx.locale), end: formatOsloDate(c.endsOn, ctx.locale), at: when(ctx, c.signedAt) }) })));

/** Areas whose messages label audit actions as `<area>.protocolActions.<action>`; later areas are appended here. */
export const PROTOCOL_ACTION_AREAS: readonly string[] = ["opening", "evaluation", "awards"];

export function actionLabel(ctx: SectionContext, action: string): string {
  for (const area of PROTOCOL_ACTION_AREAS) {
    const key = `${area}.protocolActions.${action}`;
    const label = ctx.t(key);
    if (label !== key) return label;
  }
  return action;
}

const trail: SectionBuilder = (ctx) =>
  section(ctx, "trail", [], ctx.source.events.map((e) => ({ at: e.at, actor: e.actor, text: p(ctx, "trail.row", { action: actionLabel(ctx, e.action), entity: `${e.entityType} #${e.seq}` }) })));

/** The protocol's sections in order. Add a builder here for a new model's section. */
export const PROTOCOL_SECTIONS: readonly SectionBuilder[] = [facts, regime, notices, qa, amendments, bids, opening, qualification, panel, scores, runs, award, letters, complaints, contract, trail];
