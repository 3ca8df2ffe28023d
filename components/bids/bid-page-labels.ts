import type { Translate } from "@/lib/i18n";
import type { BidForm as BidFormData } from "@/lib/bids/queries/bid-form";
import { espdLabel, EXCLUSION_GROUNDS, requirementEspdCode } from "@/lib/bids/espd";
import { isEligible } from "@/lib/bids/eligibility";

import type { BidFormLabels, BidFormLot } from "./bid-form";

/** The bid form's words and per-item texts in the reader's language, for the client component. */
export function bidFormProps(data: BidFormData, t: Translate) {
  const { spec, tender, supplier } = data;
  const feedback = { eventId: t("admin.eventId") };
  const resultsBased = spec.price.kind === "results-based" ? spec.price : null;
  const labels: BidFormLabels = {
    ...feedback,
    lotsTitle: t("bids.form.lotsTitle"), lotsIntro: t("bids.form.lotsIntro"),
    priceLabel: t(resultsBased ? "bids.form.priceResults" : "bids.form.pricePerMonth"),
    priceDescription: resultsBased ? t("bids.form.priceResultsDescription", { fixed: resultsBased.fixedPercent, outcomes: resultsBased.outcomes.map((o) => `${o.name} ${o.percent} %`).join(", ") }) : null,
    qualityTitle: t("bids.form.qualityTitle"), qualityIntro: t("bids.form.qualityIntro"), noCriteria: t("bids.form.noCriteria"),
    requirementsTitle: t("bids.form.requirementsTitle"), requirementsIntro: t("bids.form.requirementsIntro"), noRequirements: t("bids.form.noRequirements"),
    met: t("bids.form.met"), yes: t("bids.form.yes"), no: t("bids.form.no"), comment: t("bids.form.comment"),
    exclusionTitle: t("bids.form.exclusionTitle"), exclusionIntro: t("bids.form.exclusionIntro"), applies: t("bids.form.applies"), exclusionComment: t("bids.form.exclusionComment"),
    saveDraft: t("bids.form.saveDraft"),
    submit: t(data.receipts.length > 0 ? "bids.form.resubmit" : "bids.form.submit"),
  };
  const lots: BidFormLot[] = spec.lots.map((lot) => {
    const stored = tender.lots.find((l) => l.id === lot.id)!;
    return {
      id: lot.id,
      label: t("bids.form.lotLabel", { number: lot.number, title: lot.title }),
      places: t("bids.form.lotPlaces", { places: stored.places }),
      reserved: lot.reservation === "NONE" ? null : t("bids.form.reserved", { basis: lot.basis ?? t(`listing.reservation.${lot.reservation}`) }),
      refused: isEligible(supplier, lot.reservation) ? null : t("bids.form.reservedNotVerified"),
    };
  });
  const criteria = spec.criteria.map((c) => {
    const stored = tender.criteria.find((s) => s.id === c.id)!;
    return { id: c.id, label: t("bids.form.criterionLabel", { name: c.name, weight: stored.weight.toString() }), description: stored.description };
  });
  const requirements = tender.requirements.map((r) => {
    const code = requirementEspdCode(r.espdCode);
    const documentation = r.documentation ? t("bids.form.requirementDocumentation", { text: r.documentation }) : null;
    // The self-declaration names the ESPD selection criterion each requirement is (so it exports as an ESPD Response).
    const criterion = code ? t("bids.form.requirementEspd", { criterion: espdLabel(t, code) }) : t("bids.form.requirementNational");
    return { id: r.id, label: r.requirement, documentation: documentation ? `${criterion} ${documentation}` : criterion };
  });
  const exclusions = EXCLUSION_GROUNDS.map((code) => ({ code, label: espdLabel(t, code) }));
  return { labels, lots, criteria, requirements, exclusions };
}
