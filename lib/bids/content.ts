import Decimal from "decimal.js";
import { z } from "zod";

import { parseNokToOre } from "@/lib/money";
import { id, text } from "@/lib/schemas";
import type { Reservation } from "@/lib/tenders/reservation";

import type { Canonical } from "./canonical";
import { EXCLUSION_GROUNDS } from "./espd";

/*
 * Bid content: the shape any caller posts (form or API), and the tender's own rules for it. The shape is parsed by
 * the command runner (bad types → VALIDATION); `bidContentSchema(spec)` is built from the loaded tender — its lots,
 * its price structure, its quality criteria and qualification requirements — and gives a field-level error per
 * lot, criterion, requirement and exclusion ground. PURE: no db.
 */

export const QUALITY_ANSWER_MAX = 10_000;
export const COMMENT_MAX = 2_000;
export const BID_FORMAT = "tiltaksanbud-bid-1";

const yesNo = z.union([z.boolean(), z.enum(["yes", "no", "on", "true", "false", ""])]);
const asBoolean = (value: z.output<typeof yesNo> | undefined): boolean | undefined =>
  value === undefined || value === "" ? undefined : value === true || value === "yes" || value === "on" || value === "true";

/** What a caller posts: loose, so a draft can be half filled in. */
export const ZBidContentShape = z.object({
  lots: z.array(z.object({ lotId: id(), selected: yesNo.optional(), price: text().max(40, "bids.errors.priceInvalid").optional() })).max(100).default([]),
  quality: z.array(z.object({ criterionId: id(), answer: text().max(QUALITY_ANSWER_MAX * 2, "bids.errors.answerTooLong").optional() })).max(100).default([]),
  requirements: z.array(z.object({ requirementId: id(), met: yesNo.optional(), comment: text().max(COMMENT_MAX * 2, "bids.errors.commentTooLong").optional() })).max(100).default([]),
  exclusions: z.array(z.object({ code: text().max(40), applies: yesNo.optional(), comment: text().max(COMMENT_MAX * 2, "bids.errors.commentTooLong").optional() })).max(100).default([]),
});
export type TBidContentShape = z.output<typeof ZBidContentShape>;

export type PriceStructure =
  | { kind: "per-participant-month" }
  | { kind: "results-based"; fixedPercent: string; outcomes: readonly { name: string; percent: string }[] };

/** The tender as a bid is judged against (lib/bids/load.ts reads it). */
export interface BidSpec {
  tenderId: string;
  reference: string;
  price: PriceStructure;
  lots: readonly { id: string; number: number; title: string; reservation: Reservation; basis: string | null }[];
  /** Quality criteria to answer (leaves: a criterion with sub-criteria is answered per sub-criterion), in order. */
  criteria: readonly { id: string; name: string }[];
  requirements: readonly { id: string; requirement: string; espdCode: string | null }[];
}

export type BidPrice =
  | { kind: "per-participant-month"; unitPriceOre: string }
  | { kind: "results-based"; totalOre: string; fixedOre: string; outcomes: { name: string; percent: string; ore: string }[] };

export interface BidContent {
  lots: { lotId: string; lotNumber: number; price: BidPrice }[];
  quality: { criterionId: string; answer: string }[];
  requirements: { requirementId: string; espdCode: string | null; met: boolean; comment: string }[];
  exclusionGrounds: { code: string; applies: boolean; comment: string }[];
}

/** A results-based price split exactly by the tender's percentages: outcomes rounded down, the fixed part takes the rest. */
export function splitResultsBased(totalOre: bigint, price: Extract<PriceStructure, { kind: "results-based" }>): Extract<BidPrice, { kind: "results-based" }> {
  const outcomes = price.outcomes.map((o) => ({ name: o.name, percent: o.percent, ore: new Decimal(totalOre.toString()).times(o.percent).div(100).floor().toFixed(0) }));
  const fixed = outcomes.reduce((rest, o) => rest - BigInt(o.ore), totalOre);
  return { kind: "results-based", totalOre: totalOre.toString(), fixedOre: fixed.toString(), outcomes };
}

function priceOf(input: string | undefined, structure: PriceStructure): BidPrice | "bids.errors.priceRequired" | "bids.errors.priceInvalid" | "bids.errors.priceZero" {
  if (!input || input.trim() === "") return "bids.errors.priceRequired";
  const ore = parseNokToOre(input);
  if (ore === null) return "bids.errors.priceInvalid";
  if (ore <= 0n) return "bids.errors.priceZero";
  return structure.kind === "per-participant-month" ? { kind: "per-participant-month", unitPriceOre: ore.toString() } : splitResultsBased(ore, structure);
}

const trimmed = (value: string | undefined) => (value ?? "").trim();

/** The tender's own rules over the posted shape → the bid content, or issues with paths of the posted fields. */
export function bidContentSchema(spec: BidSpec) {
  return ZBidContentShape.transform((shape, ctx): BidContent => {
    let issues = 0;
    const issue = (path: (string | number)[], message: string) => {
      issues += 1;
      ctx.addIssue({ code: "custom", path, message });
    };

    const lots: BidContent["lots"] = [];
    shape.lots.forEach((entry, index) => {
      const lot = spec.lots.find((l) => l.id === entry.lotId);
      if (!lot) return issue(["lots", index, "lotId"], "bids.errors.unknownLot");
      // The form posts selected=no/yes for every lot; an API caller lists only the lots it bids for.
      if (asBoolean(entry.selected) === false) return;
      if (lots.some((l) => l.lotId === lot.id)) return issue(["lots", index, "lotId"], "bids.errors.duplicateLot");
      const price = priceOf(entry.price, spec.price);
      if (typeof price === "string") return issue(["lots", index, "price"], price);
      lots.push({ lotId: lot.id, lotNumber: lot.number, price });
    });
    if (lots.length === 0 && issues === 0) issue(["lots"], "bids.errors.lotRequired");
    lots.sort((a, b) => a.lotNumber - b.lotNumber);

    const quality = spec.criteria.map((criterion, specIndex) => {
      const index = shape.quality.findIndex((q) => q.criterionId === criterion.id);
      const answer = trimmed(shape.quality[index]?.answer);
      const at = index < 0 ? specIndex : index;
      if (answer === "") issue(["quality", at, "answer"], "bids.errors.answerRequired");
      else if (answer.length > QUALITY_ANSWER_MAX) issue(["quality", at, "answer"], "bids.errors.answerTooLong");
      return { criterionId: criterion.id, answer };
    });
    shape.quality.forEach((q, index) => {
      if (!spec.criteria.some((c) => c.id === q.criterionId)) issue(["quality", index, "criterionId"], "bids.errors.unknownCriterion");
    });

    const requirements = spec.requirements.map((requirement, specIndex) => {
      const index = shape.requirements.findIndex((r) => r.requirementId === requirement.id);
      const at = index < 0 ? specIndex : index;
      const met = asBoolean(shape.requirements[index]?.met);
      const comment = trimmed(shape.requirements[index]?.comment);
      if (met === undefined) issue(["requirements", at, "met"], "bids.errors.metRequired");
      else if (!met && comment === "") issue(["requirements", at, "comment"], "bids.errors.notMetComment");
      if (comment.length > COMMENT_MAX) issue(["requirements", at, "comment"], "bids.errors.commentTooLong");
      return { requirementId: requirement.id, espdCode: requirement.espdCode, met: met ?? false, comment };
    });
    shape.requirements.forEach((r, index) => {
      if (!spec.requirements.some((s) => s.id === r.requirementId)) issue(["requirements", index, "requirementId"], "bids.errors.unknownRequirement");
    });

    const exclusionGrounds = EXCLUSION_GROUNDS.map((code, specIndex) => {
      const index = shape.exclusions.findIndex((e) => e.code === code);
      const at = index < 0 ? specIndex : index;
      const applies = asBoolean(shape.exclusions[index]?.applies);
      const comment = trimmed(shape.exclusions[index]?.comment);
      if (applies === undefined) issue(["exclusions", at, "applies"], "bids.errors.exclusionRequired");
      else if (applies && comment === "") issue(["exclusions", at, "comment"], "bids.errors.exclusionComment");
      if (comment.length > COMMENT_MAX) issue(["exclusions", at, "comment"], "bids.errors.commentTooLong");
      return { code, applies: applies ?? false, comment };
    });
    shape.exclusions.forEach((e, index) => {
      if (!(EXCLUSION_GROUNDS as readonly string[]).includes(e.code)) issue(["exclusions", index, "code"], "bids.errors.unknownExclusion");
    });

    return { lots, quality, requirements, exclusionGrounds };
  });
}

export interface DocumentRef {
  filename: string;
  mimeType: string;
  sha256: string;
  sizeBytes: number;
}

/** The canonical object of a submission (README "Receipt"): what is sealed and hashed. */
export function canonicalBid(header: { tenderId: string; tenderReference: string; supplierOrgnr: string }, content: BidContent, documents: readonly DocumentRef[]): Canonical {
  const docs = [...documents]
    .sort((a, b) => (a.sha256 === b.sha256 ? (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0) : a.sha256 < b.sha256 ? -1 : 1))
    .map((d) => ({ filename: d.filename, mimeType: d.mimeType, sha256: d.sha256, sizeBytes: d.sizeBytes }));
  return {
    format: BID_FORMAT,
    tenderId: header.tenderId,
    tenderReference: header.tenderReference,
    supplierOrgnr: header.supplierOrgnr,
    lots: content.lots.map((l) => ({ lotId: l.lotId, lotNumber: l.lotNumber, price: l.price as unknown as Canonical })),
    quality: content.quality,
    requirements: content.requirements,
    exclusionGrounds: content.exclusionGrounds,
    documents: docs,
  };
}
