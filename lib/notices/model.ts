import Decimal from "decimal.js";

import { cpvFor, NATIONAL_LEGAL_BASIS, PROCEDURE_CODES, RESERVATION_CODES, REVIEW_BODY, SUBTYPES, type CpvEntry, type SubtypeInfo } from "./codes";
import { eformsDate, eformsTime, nokFromOre, noticeText, noticeVersion, technicalId } from "./format";
import type { NoticeCriterion, NoticeReservation, NoticeTender } from "./types";

/** An input the notice cannot be made from; for an announced tender this is a bug, not a user error. */
export class NoticeInputError extends Error {
  constructor(readonly issues: string[]) {
    super(`Notice input: ${issues.join("; ")}`);
    this.name = "NoticeInputError";
  }
}

export interface ModelCriterion {
  /** BT-539 */
  type: "price" | "quality";
  /** BT-734 */
  name: string;
  /** BT-540 */
  description: string;
  /** BT-541 with BT-5421 = "per-exa": percent of the whole evaluation, decimal string */
  weight: string;
}

export interface ModelLot {
  id: string;
  number: number;
  title: string;
  description: string;
  /** BT-300-Lot, e.g. the reservation's legal basis */
  note: string | null;
  nutsCode: string | null;
  /** BT-728 (place of performance, described) when the lot names no municipalities */
  placeDescription: string | null;
  /** BT-5131: one place of performance per municipality */
  cities: string[];
  /** BT-77: the financial terms, e.g. a results-based payment split */
  financialTerms: string | null;
  reservation: NoticeReservation;
  reservationCode: string;
  criteria: ModelCriterion[];
}

export interface ModelOrganisation {
  id: string;
  name: string;
  partName: string | null;
  organisationNumber: string | null;
  city: string;
  nutsCode: string | null;
  email: string | null;
  websiteUrl: string | null;
}

/** Every value the notice carries, once: the XML and the JSON view are both rendered from this. */
export interface NoticeModel {
  info: SubtypeInfo;
  noticeId: string;
  version: string;
  issueDate: string;
  issueTime: string;
  language: "NOR" | "ENG";
  procedureId: string;
  reference: string;
  title: string;
  description: string;
  cpv: CpvEntry;
  estimatedValue: string;
  procedureCode: string;
  legalBasis: { eli: string; description: string } | null;
  buyer: ModelOrganisation;
  reviewBody: ModelOrganisation;
  deadline: { date: string; time: string };
  questionDeadline: { date: string; time: string } | null;
  durationMonths: number;
  optionsDescription: string;
  documentsUrl: string;
  submissionUrl: string;
  lots: ModelLot[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WEIGHT = /^\d{1,3}(\.\d{1,4})?$/;

function flattenCriteria(criteria: NoticeCriterion[], issues: string[]): ModelCriterion[] {
  const sum = (weights: string[]) => weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
  const weights = criteria.flatMap((c) => [c.weight, ...c.subCriteria.map((s) => s.weight)]);
  if (weights.some((w) => !WEIGHT.test(w))) {
    issues.push("criteria: weights are decimal strings with at most 4 places");
    return [];
  }
  if (criteria.length === 0) issues.push("criteria: at least one award criterion");
  else if (!sum(criteria.map((c) => c.weight)).eq(100)) issues.push("criteria: top-level weights must sum to 100");
  return criteria.flatMap((criterion) => {
    const type = criterion.kind === "PRICE" ? "price" : "quality";
    const name = noticeText(criterion.name);
    if (criterion.subCriteria.length === 0) {
      return [{ type, name, description: noticeText(criterion.description) || name, weight: new Decimal(criterion.weight).toString() }];
    }
    if (!sum(criterion.subCriteria.map((s) => s.weight)).eq(criterion.weight)) {
      issues.push(`criteria: the sub-criteria of "${name}" must sum to its weight ${criterion.weight}`);
    }
    // eForms lists criteria flat: each sub-criterion becomes a criterion of its parent's type with its share of the whole.
    return criterion.subCriteria.map((sub) => {
      const subName = `${name}: ${noticeText(sub.name)}`;
      return { type, name: subName, description: noticeText(sub.description) || subName, weight: new Decimal(sub.weight).toString() };
    });
  });
}

function lotDescription(tender: NoticeTender, lot: NoticeTender["lots"][number]): string {
  const parts = [noticeText(lot.title), `${lot.places} tiltaksplasser`];
  if (lot.areaName) parts.push(noticeText(lot.areaName));
  if (lot.volumeNote) parts.push(noticeText(lot.volumeNote));
  return `${noticeText(tender.measureType.nameNb)}. ${parts.filter(Boolean).join(". ")}.`;
}

/** BT-77 in words: "Resultatbasert betaling: fast del 20 %, Jobb 40 %, Varig jobb 40 %; forventet resultatoppnåelse 35 % …". */
function financialTerms(tender: NoticeTender, issues: string[]): string | null {
  const split = tender.resultsBased;
  if (!split) return null;
  const sum = [split.fixedPercent, ...split.outcomes.map((o) => o.percent)].reduce((acc, p) => (/^\d+(\.\d+)?$/.test(p) ? acc.plus(p) : acc.plus(NaN)), new Decimal(0));
  if (!sum.eq(100)) issues.push("resultsBased: the fixed part and the outcome payments must sum to 100");
  const parts = [`fast del ${split.fixedPercent} %`, ...split.outcomes.map((o) => `${noticeText(o.name)} ${o.percent} %`)];
  const rate = split.expectedOutcomeRatePercent ? `; forventet resultatoppnåelse ${split.expectedOutcomeRatePercent} % brukes for evaluert pris` : "";
  return `Resultatbasert betaling: ${parts.join(", ")}${rate}.`;
}

const RESERVATION_NOTE: Record<Exclude<NoticeReservation, "NONE">, string> = {
  IDEAL: "Delkontrakten er reservert for ideelle organisasjoner",
  WORK_INCLUSION: "Delkontrakten er reservert for virksomheter med arbeidsinkludering som hovedformål",
};

/** Checks the input and computes every business term of the contract notice. Throws NoticeInputError. */
export function buildNoticeModel(tender: NoticeTender): NoticeModel {
  const issues: string[] = [];
  const info = SUBTYPES[tender.regime];
  const cpv = cpvFor(tender.measureType.code);
  if (!UUID.test(tender.notice.id)) issues.push("notice.id: a UUID");
  if (!UUID.test(tender.procedureId)) issues.push("procedureId: a UUID");
  if (!Number.isInteger(tender.notice.version) || tender.notice.version < 1 || tender.notice.version > 99) issues.push("notice.version: 1..99");
  if (!/^\d{9}$/.test(tender.buyer.organisationNumber)) issues.push("buyer.organisationNumber: 9 digits");
  if (tender.lots.length === 0) issues.push("lots: at least one");
  if (new Set(tender.lots.map((l) => l.number)).size !== tender.lots.length) issues.push("lots: numbers are unique");
  if (tender.estimatedValueOre <= 0n) issues.push("estimatedValueOre: > 0");
  if (Number.isNaN(tender.deadline.getTime())) issues.push("deadline: a valid instant");
  const criteria = flattenCriteria(tender.criteria, issues);
  const terms = financialTerms(tender, issues);

  const lots = [...tender.lots]
    .sort((a, b) => a.number - b.number)
    .map((lot): ModelLot => {
      const reservation = lot.reservation ?? tender.reservation;
      if (reservation === "IDEAL" && !cpv.allowsPublicServiceReservation) {
        issues.push(`lots.${lot.number}: eForms allows the public-service reservation only for social services CPV codes, not ${cpv.code}`);
      }
      const basisText = (lot.reservation ? lot.reservationBasis : null) ?? tender.reservationBasis;
      const basis = basisText ? ` (${noticeText(basisText)})` : "";
      const cities = (lot.municipalities ?? []).map(noticeText).filter(Boolean);
      return {
        id: technicalId("LOT", lot.number),
        number: lot.number,
        title: noticeText(lot.title),
        description: lotDescription(tender, lot),
        note: reservation === "NONE" ? null : `${RESERVATION_NOTE[reservation]}${basis}.`,
        nutsCode: lot.nutsCode ?? tender.buyer.nutsCode ?? null,
        placeDescription: cities.length === 0 && lot.areaName ? noticeText(lot.areaName) : null,
        cities,
        financialTerms: terms,
        reservation,
        reservationCode: RESERVATION_CODES[reservation],
        criteria,
      };
    });
  if (issues.length > 0) throw new NoticeInputError(issues);

  const legalBasis =
    info.regulatoryDomain === "other" && (tender.regime === "PART_I" || tender.regime === "PART_II")
      ? { eli: NATIONAL_LEGAL_BASIS.eli, description: NATIONAL_LEGAL_BASIS.description[tender.regime] }
      : null;
  const when = (instant: Date) => ({ date: eformsDate(instant), time: eformsTime(instant) });

  return {
    info,
    noticeId: tender.notice.id.toLowerCase(),
    version: noticeVersion(tender.notice.version),
    issueDate: eformsDate(tender.notice.issuedAt),
    issueTime: eformsTime(tender.notice.issuedAt),
    language: tender.notice.language ?? "NOR",
    procedureId: tender.procedureId.toLowerCase(),
    reference: noticeText(tender.reference),
    title: noticeText(tender.title),
    description: noticeText(tender.description) || noticeText(tender.title),
    cpv,
    estimatedValue: nokFromOre(tender.estimatedValueOre),
    procedureCode: PROCEDURE_CODES[tender.procedure],
    legalBasis,
    buyer: {
      id: technicalId("ORG", 1),
      name: noticeText(tender.buyer.organisationName),
      partName: noticeText(tender.buyer.regionName),
      organisationNumber: tender.buyer.organisationNumber,
      city: noticeText(tender.buyer.city),
      nutsCode: tender.buyer.nutsCode ?? null,
      email: noticeText(tender.buyer.contactEmail),
      websiteUrl: tender.buyer.websiteUrl ?? null,
    },
    reviewBody: { id: technicalId("ORG", 2), name: REVIEW_BODY.name, partName: null, organisationNumber: null, city: REVIEW_BODY.city, nutsCode: null, email: null, websiteUrl: REVIEW_BODY.websiteUrl },
    deadline: when(tender.deadline),
    questionDeadline: tender.questionDeadline ? when(tender.questionDeadline) : null,
    durationMonths: tender.contractMonths,
    optionsDescription: `Opsjonsmodell ${noticeText(tender.optionModel)} (år); ${tender.contractMonths} måneder fast avtaleperiode.`,
    documentsUrl: tender.documentsUrl,
    submissionUrl: tender.submissionUrl,
    lots,
  };
}
