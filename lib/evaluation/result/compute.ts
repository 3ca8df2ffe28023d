import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { oreToMoney } from "@/lib/money";
import {
  type BidResult, type Criterion, type PriceModel, type QualityMode, type ScoringInput, type SensitivityResult, type TieBreak,
  score, sensitivity, ZPriceModel,
} from "@/lib/scoring";

import { leafCriteria, type StoredCriterion } from "../criteria";
import { VALID_BID_STATUSES } from "../valid-bids";

/*
 * The evaluation result of a tender, from the stored rows: per lot the valid bids' prices (Bid.priceOre, set at
 * opening) and the chair's consensus scores into lib/scoring — the only scoring implementation. Exact all the way:
 * consensus scores go in as the stored decimal strings and prices as NOK decimal strings; nothing is rounded here.
 */

export interface EvaluatedBidRow {
  id: string;
  supplierId: string;
  supplierName: string;
  orgnr: string;
  priceOre: bigint;
}

export interface LotEvaluation {
  lotId: string;
  lotNumber: number;
  lotTitle: string;
  winnerCount: number;
  bids: EvaluatedBidRow[];
  /** (bid, criterion) pairs still without a consensus score; the result exists only at 0. */
  missingConsensus: number;
  input: ScoringInput | null;
  results: BidResult[];
  sensitivity: SensitivityResult[];
  /** The chair's justification per bid id and criterion id. */
  justifications: Record<string, Record<string, string>>;
}

export interface TenderEvaluation {
  tenderId: string;
  maxPoints: number;
  priceModel: PriceModel;
  qualityMode: QualityMode;
  tieBreak: TieBreak;
  /** The leaf criteria that are scored (price first when there is one), with their weights in percent of the total. */
  criteria: (StoredCriterion & { weightNumber: number })[];
  lots: LotEvaluation[];
  /** Every lot with bids has its full consensus. */
  complete: boolean;
}

const QUALITY_MODE = { ABSOLUTE: "absolute", RELATIVE: "relative" } as const;
const TIE_BREAK = { NONE: "none", LOWEST_PRICE: "lowest-price", HIGHEST_QUALITY: "highest-quality" } as const;

export function priceModelOf(stored: unknown): PriceModel {
  const parsed = ZPriceModel.safeParse(stored);
  if (!parsed.success) throw new AppError("INVALID_STATE", "evaluation.errors.priceModel");
  return parsed.data as PriceModel;
}

export async function evaluateTender(tx: Tx, tenderId: string): Promise<TenderEvaluation> {
  const tender = await tx.tender.findUnique({
    where: { id: tenderId },
    select: {
      id: true, maxPoints: true, priceModel: true, qualityMode: true, tieBreak: true,
      criteria: { select: { id: true, parentId: true, kind: true, name: true, weight: true, position: true } },
      lots: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true, winnerCount: true } },
    },
  });
  if (!tender) throw new AppError("NOT_FOUND", "errors.notFound");
  const priceModel = priceModelOf(tender.priceModel);
  const qualityMode = QUALITY_MODE[tender.qualityMode];
  const tieBreak = TIE_BREAK[tender.tieBreak];
  const leaves = leafCriteria(tender.criteria).map((c) => ({ ...c, weightNumber: Number(c.weight) }));
  const scoringCriteria: Criterion[] = leaves.map((c) => ({ id: c.id, kind: c.kind === "PRICE" ? "price" : "quality", weight: c.weightNumber }));
  const qualityIds = leaves.filter((c) => c.kind === "QUALITY").map((c) => c.id);

  const bids = await tx.bid.findMany({
    where: { tenderId, status: { in: [...VALID_BID_STATUSES] } },
    orderBy: { id: "asc" },
    select: {
      id: true, lotId: true, supplierId: true, priceOre: true, supplier: { select: { name: true, orgnr: true } },
      scores: { where: { stage: "CONSENSUS" }, select: { criterionId: true, score: true, justification: true } },
    },
  });

  const lots = tender.lots.flatMap((lot): LotEvaluation[] => {
    const lotBids = bids.filter((b) => b.lotId === lot.id);
    if (lotBids.length === 0) return [];
    const justifications: Record<string, Record<string, string>> = {};
    let missing = 0;
    const scoringBids = lotBids.map((bid) => {
      if (bid.priceOre === null) throw new AppError("INVALID_STATE", "evaluation.errors.priceMissing", { bidId: bid.id });
      const quality: Record<string, string> = {};
      justifications[bid.id] = {};
      for (const id of qualityIds) {
        const row = bid.scores.find((s) => s.criterionId === id);
        if (row === undefined) {
          missing += 1;
          continue;
        }
        // toFixed(): the plain decimal string, never an exponent; the column holds it exactly (20 decimals).
        quality[id] = row.score.toFixed();
        justifications[bid.id]![id] = row.justification;
      }
      return { id: bid.id, price: oreToMoney(bid.priceOre), quality };
    });
    const base = {
      lotId: lot.id, lotNumber: lot.number, lotTitle: lot.title, winnerCount: lot.winnerCount, missingConsensus: missing, justifications,
      bids: lotBids.map((b) => ({ id: b.id, supplierId: b.supplierId, supplierName: b.supplier.name, orgnr: b.supplier.orgnr, priceOre: b.priceOre! })),
    };
    if (missing > 0) return [{ ...base, input: null, results: [], sensitivity: [] }];
    const input: ScoringInput = { maxPoints: tender.maxPoints, priceModel, qualityMode, tieBreak, criteria: scoringCriteria, bids: scoringBids };
    return [{ ...base, input, results: score(input).ranking, sensitivity: sensitivity(input) }];
  });

  return {
    tenderId, maxPoints: tender.maxPoints, priceModel, qualityMode, tieBreak, criteria: leaves, lots,
    complete: lots.length > 0 && lots.every((l) => l.input !== null),
  };
}
