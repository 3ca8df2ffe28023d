import type { Translate } from "@/lib/i18n";
import { formatAmount } from "@/lib/money";
import { allowedProcedures, type Procedure, type ThresholdRow } from "@/lib/rules";
import type { PriceModel } from "@/lib/scoring";

import { lotFacts, ratePercent, type LotWithArea } from "./draft-facts";
import { readPaymentSplit } from "./draft-model-schemas";
import { draftRegime, type AnnouncedRegime } from "./draft-regime";
import { RESERVATIONS, reservationBasisFor, reservationRefusal, type Reservation } from "./reservation";

/** The stored fields of a competition that the draft-model views read. */
export interface DraftModelRow {
  estimatedValueOre: bigint;
  procedure: Procedure;
  chosenRegime: AnnouncedRegime | null;
  chosenRegimeReason: string | null;
  reservation: Reservation;
  reservationBasis: string | null;
  maxPoints: number;
  priceModel: unknown;
  qualityMode: "ABSOLUTE" | "RELATIVE";
  tieBreak: "NONE" | "LOWEST_PRICE" | "HIGHEST_QUALITY";
  paymentSplit: unknown;
  expectedOutcomeRate: { toString(): string } | null;
  measureType: { code: string };
  region: { name: string };
  lots: (LotWithArea & { number: number; title: string })[];
}

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function priceModelOf(value: unknown): PriceModel {
  const model = value as Partial<PriceModel> | null;
  return model && (model.kind === "linear-relative" || model.kind === "linear-absolute" || model.kind === "proportional") ? (model as PriceModel) : { kind: "proportional" };
}

/** The form's values for the draft-model fields (what the officer typed, as they would type it again). */
export function draftModelValues(tender: DraftModelRow) {
  const model = priceModelOf(tender.priceModel);
  const split = readPaymentSplit(tender.paymentSplit);
  return {
    procedure: tender.procedure,
    chosenRegime: tender.chosenRegime ?? "",
    chosenRegimeReason: tender.chosenRegimeReason ?? "",
    reservation: tender.reservation,
    reservationBasis: tender.reservationBasis ?? "",
    evaluation: {
      kind: model.kind,
      zeroAtMultipleOfLowest: model.kind === "linear-relative" ? String(model.zeroAtMultipleOfLowest) : "",
      allowNegative: model.kind === "linear-relative" && model.allowNegative === true,
      fullPointsAt: model.kind === "linear-absolute" ? plainSpaces(formatAmount(model.fullPointsAt, "nb")) : "",
      zeroPointsAt: model.kind === "linear-absolute" ? plainSpaces(formatAmount(model.zeroPointsAt, "nb")) : "",
      maxPoints: tender.maxPoints,
      qualityMode: tender.qualityMode,
      tieBreak: tender.tieBreak,
    },
    resultsBased: {
      enabled: split !== null,
      fixedPercent: split?.fixedPercent ?? "",
      outcomes: split?.outcomes ?? [],
      expectedOutcomeRate: ratePercent(tender.expectedOutcomeRate) ?? "",
    },
  };
}

export function lotValues(lot: { title: string; places: number; continuousIntake: boolean; reservation: Reservation | null; reservationBasis: string | null; municipalities: { municipality: { id: string } }[] }) {
  return {
    title: lot.title,
    places: lot.places,
    continuousIntake: lot.continuousIntake,
    coverage: lot.municipalities.length > 0 ? ("municipalities" as const) : ("region" as const),
    municipalities: lot.municipalities.map((row) => row.municipality.id),
    reservation: lot.reservation ?? ("" as const),
    reservationBasis: lot.reservationBasis ?? "",
  };
}

/** The form's options: procedures and stricter regimes from lib/rules, and the legal basis prefilled per reservation. */
export function draftModelOptions(tender: DraftModelRow, thresholds: readonly ThresholdRow[], at: Date, t: Translate) {
  const decided = draftRegime(tender.estimatedValueOre, thresholds, at, tender.chosenRegime);
  const allowed = allowedProcedures(decided.regime);
  const procedures = allowed.includes(tender.procedure) ? allowed : [...allowed, tender.procedure];
  return {
    procedures: procedures.map((procedure) => ({
      value: procedure,
      label: allowed.includes(procedure) ? t(`procedure.${procedure}`) : t("draftModel.procedureNotAllowed", { procedure: t(`procedure.${procedure}`) }),
    })),
    regimes: [
      { value: "", label: t("draftModel.chosenRegimeByValue", { regime: t(`regime.${decided.byValue}`) }) },
      // A stored choice the value has since overtaken stays visible, so saving names it (errors.draftModel.notStricter).
      ...[...decided.options, ...(tender.chosenRegime && tender.chosenRegime !== decided.byValue && !decided.options.includes(tender.chosenRegime) ? [tender.chosenRegime] : [])].map((regime) => ({
        value: regime,
        label: t("draftModel.chosenRegimeStricter", { regime: t(`regime.${regime}`) }),
      })),
    ],
    reservationBasis: Object.fromEntries(
      RESERVATIONS.map((reservation) => [
        reservation,
        reservationRefusal(reservation, decided.regime, tender.measureType.code) ? null : reservationBasisFor(reservation, decided.regime),
      ]),
    ) as Record<Reservation, string | null>,
  };
}

/** The draft model in words, for the officer page and the public notice. */
export function describeDraftModel(tender: DraftModelRow, t: Translate, locale: "nb" | "en") {
  const reservationText = (reservation: Reservation, basis: string | null) =>
    reservation === "NONE" || !basis ? t(`draftModel.reservedFor.${reservation}`) : t("draftModel.reservedWithBasis", { who: t(`draftModel.reservedFor.${reservation}`), basis });
  const lots = tender.lots.map((lot) => {
    const facts = lotFacts(tender, lot);
    const area = facts.municipalities.length > 0 ? facts.municipalities.join(", ") : t("draftModel.wholeRegion", { region: tender.region.name });
    return t("draftModel.lotLine", { number: lot.number, title: lot.title, area, reservation: reservationText(facts.reservation, facts.basis) });
  });
  const model = priceModelOf(tender.priceModel);
  const kr = (amount: string) => `${formatAmount(amount, locale)} kr`;
  const modelText =
    model.kind === "linear-relative"
      ? t("draftModel.linearRelativeSummary", { multiple: String(model.zeroAtMultipleOfLowest), negative: model.allowNegative ? t("draftModel.negativeAllowed") : "" })
      : model.kind === "linear-absolute"
        ? t("draftModel.linearAbsoluteSummary", { full: kr(model.fullPointsAt), zero: kr(model.zeroPointsAt) })
        : t("draftModel.proportionalSummary");
  const evaluation = t("draftModel.evaluationSummary", {
    model: modelText,
    scale: t("draftModel.maxPointsOption", { max: tender.maxPoints }),
    quality: t(`draftModel.qualityModes.${tender.qualityMode}`),
    tieBreak: t(`draftModel.tieBreaks.${tender.tieBreak}`),
  });
  const split = readPaymentSplit(tender.paymentSplit);
  const resultsBased = split
    ? t("draftModel.resultsSummary", {
        fixed: split.fixedPercent || "–",
        outcomes: split.outcomes.map((outcome) => t("draftModel.outcomeShare", { name: outcome.name || "–", percent: outcome.percent || "–" })).join(", "),
        rate: ((rate) => (rate === null ? t("draftModel.notStated") : `${rate} %`))(ratePercent(tender.expectedOutcomeRate)),
      })
    : t("draftModel.noResultsBased");
  return { lots, evaluation, resultsBased, reservation: reservationText(tender.reservation, tender.reservationBasis) };
}
