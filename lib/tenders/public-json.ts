import { oreToMoney } from "@/lib/money";

import { lotFacts, resultsBasedOf } from "./draft-facts";
import type { PublishedTender } from "./queries/published-tender";
import { publishedQaJson } from "./questions/public";

/** The public JSON of a notice: money as exact NOK strings, weights as decimal strings, instants in ISO UTC. */
export function publicTenderJson(tender: PublishedTender) {
  return {
    id: tender.id,
    reference: tender.reference,
    title: tender.title,
    description: tender.description,
    status: tender.status,
    region: tender.region.name,
    measureType: { code: tender.measureType.code, nb: tender.measureType.nameNb, en: tender.measureType.nameEn },
    regime: tender.regime,
    procedure: tender.procedure,
    reservation: tender.reservation,
    reservationBasis: tender.reservationBasis,
    chosenRegime: tender.chosenRegime ? { regime: tender.chosenRegime, reason: tender.chosenRegimeReason } : null,
    evaluation: { priceModel: tender.priceModel, maxPoints: tender.maxPoints, qualityMode: tender.qualityMode, tieBreak: tender.tieBreak },
    resultsBased: resultsBasedOf(tender),
    estimatedValue: { amount: oreToMoney(tender.estimatedValueOre), currency: "NOK" },
    optionModel: tender.optionModel,
    questionDeadline: tender.questionDeadline?.toISOString() ?? null,
    deadline: tender.deadline?.toISOString() ?? null,
    announcedAt: tender.announcedAt?.toISOString() ?? null,
    lots: tender.lots.map((lot) => {
      const facts = lotFacts(tender, lot);
      return {
        number: lot.number,
        title: lot.title,
        places: lot.places,
        continuousIntake: lot.continuousIntake,
        area: facts.municipalities.length > 0 ? { kind: "municipalities", municipalities: lot.municipalities.map((row) => row.municipality) } : { kind: "region", region: tender.region.name },
        reservation: { kind: facts.reservation, basis: facts.basis },
      };
    }),
    criteria: tender.criteria.map((criterion) => ({ id: criterion.id, parentId: criterion.parentId, kind: criterion.kind, name: criterion.name, weight: criterion.weight.toString() })),
    questionsAndAnswers: publishedQaJson(tender.questions),
  };
}
