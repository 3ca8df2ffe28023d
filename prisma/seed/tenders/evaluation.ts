import type { Faker } from "@faker-js/faker";
import Decimal from "decimal.js";
import type { Tx } from "@/lib/db";
import type { ScoreStage } from "@/lib/generated/prisma/client";
import type { SeededBid } from "./bids";
import type { SeededCriteria } from "./criteria";
import { reached } from "./stage";
import type { SeedTender } from "./types";

export type LotResult = { lotIndex: number; ranking: Array<{ bid: SeededBid; price: Decimal; quality: Decimal; total: Decimal }> };

const WINNER_SCORES = [8, 8.5, 9];
const OTHER_SCORES = [5, 5.5, 6, 6.5, 7, 7.5];
const DAY = 24 * 60 * 60 * 1000;

/**
 * Panel of two evaluators, the first the chair; both declare impartiality once the bids are opened (the declaration
 * lists the bidders). During EVALUATION the first has submitted their scores; from AWARD_PROPOSED on both have.
 */
export async function createPanel(tx: Tx, { tenderId, time, spec }: SeedTender, evaluatorIds: string[], officerId: string): Promise<void> {
  const bidders = await tx.bid.findMany({ where: { tenderId, status: { notIn: ["DRAFT", "WITHDRAWN"] } }, distinct: ["supplierId"], select: { supplier: { select: { id: true, name: true, orgnr: true } } } });
  const declaredBidders = bidders.map((b) => ({ supplierId: b.supplier.id, name: b.supplier.name, orgnr: b.supplier.orgnr }));
  const submittedAt = new Date(time.openedAt.getTime() + 7 * DAY);
  for (const [index, userId] of evaluatorIds.entries()) {
    const submitted = reached(spec.status, "AWARD_PROPOSED") || index === 0;
    await tx.panelMember.create({
      data: {
        tenderId, userId, isChair: index === 0, appointedById: officerId, appointedAt: new Date(time.deadline.getTime() - DAY),
        impartialityAt: new Date(time.openedAt.getTime() + DAY / 2), declaredBidders, scoresSubmittedAt: submitted ? submittedAt : null,
      },
    });
  }
}

/**
 * Quality scores (0–10) per sub-criterion: during EVALUATION the first evaluator is done and the second has started;
 * from AWARD_PROPOSED on both have scored and a consensus row exists. Returns the ranking per lot.
 */
export async function createScores(tx: Tx, faker: Faker, tender: SeedTender, bids: SeededBid[], criteria: SeededCriteria, evaluatorIds: string[]) {
  const consensus = reached(tender.spec.status, "AWARD_PROPOSED");
  const scoredAt = new Date(tender.time.openedAt.getTime() + 7 * DAY);
  const results: LotResult[] = [];
  for (const [lotIndex] of tender.spec.lots.entries()) {
    const lotBids = bids.filter((bid) => bid.lotIndex === lotIndex && bid.status !== "REJECTED" && bid.priceOre !== null);
    const ranking = [];
    for (const bid of lotBids) {
      let quality = new Decimal(0);
      for (const criterion of criteria.quality) {
        const score = faker.helpers.arrayElement(bid.rank === 0 ? WINNER_SCORES : OTHER_SCORES);
        quality = quality.plus(new Decimal(score).times(criterion.weight).div(100));
        const rows: Array<{ evaluatorId: string | undefined; stage: ScoreStage; score: number }> = [
          { evaluatorId: evaluatorIds[0], stage: "INDIVIDUAL", score },
        ];
        if (consensus || bid.rank === 0) rows.push({ evaluatorId: evaluatorIds[1], stage: "INDIVIDUAL", score: score + faker.helpers.arrayElement([-0.5, 0, 0.5]) });
        if (consensus) rows.push({ evaluatorId: evaluatorIds[0], stage: "CONSENSUS", score });
        for (const row of rows) {
          if (!row.evaluatorId) throw new Error("Panel needs two evaluators");
          await tx.evaluationScore.create({
            data: { bidId: bid.id, criterionId: criterion.id, evaluatorId: row.evaluatorId, stage: row.stage, score: String(row.score), justification: justification(row.score), createdAt: scoredAt, updatedAt: scoredAt },
          });
        }
      }
      ranking.push({ bid, quality, price: new Decimal(0), total: new Decimal(0) });
    }
    const lowest = Decimal.min(...ranking.map((r) => new Decimal(String(r.bid.priceOre))));
    for (const entry of ranking) {
      entry.price = lowest.div(String(entry.bid.priceOre)).times(10);
      entry.total = entry.price.times(criteria.priceWeight).div(100).plus(entry.quality);
    }
    ranking.sort((a, b) => b.total.comparedTo(a.total));
    results.push({ lotIndex, ranking });
  }
  return results;
}

function justification(score: number): string {
  if (score >= 8) return "Svært god beskrivelse med konkrete tiltak og tydelig ansvarsfordeling.";
  if (score >= 6.5) return "God beskrivelse, men noe generell på tilpasning til den enkelte deltaker.";
  return "Beskrivelsen er lite konkret og svarer bare delvis på behovet.";
}
