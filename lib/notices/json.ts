import type { ModelCriterion, ModelLot, NoticeModel } from "./model";

/** One business term: the SDK field id (BT-…, OPP-…, OPT-…), its SDK name and the value the XML carries. */
export interface NoticeTerm {
  id: string;
  label: string;
  value: string | number;
}

export interface NoticeJson {
  subtype: string;
  noticeType: string;
  customizationId: string;
  notice: NoticeTerm[];
  buyer: NoticeTerm[];
  procedure: NoticeTerm[];
  lots: { id: string; terms: NoticeTerm[]; awardCriteria: NoticeTerm[][] }[];
}

/** Field ids → the names fields.json (SDK 1.14.2) gives them. */
const LABELS = {
  "OPT-002-notice": "Customization ID (UBL)",
  "OPP-070-notice": "Notice Subtype",
  "BT-01-notice": "Procedure Legal Basis",
  "BT-01(c)-Procedure": "Procedure Legal Basis (ID)",
  "BT-01(d)-Procedure": "Procedure Legal Basis (Description)",
  "BT-02-notice": "Notice Type",
  "BT-03-notice": "Form Type",
  "BT-04-notice": "Procedure Identifier",
  "BT-05(a)-notice": "Notice Dispatch Date",
  "BT-05(b)-notice": "Notice Dispatch Time",
  "BT-701-notice": "Notice Identifier",
  "BT-702(a)-notice": "Notice Official Language",
  "BT-757-notice": "Notice Version",
  "BT-500-Organization-Company": "Organisation Name",
  "BT-16-Organization-Company": "Organisation Part Name",
  "BT-501-Organization-Company": "Organisation Identifier",
  "BT-513-Organization-Company": "Organisation City",
  "BT-507-Organization-Company": "Organisation Country Subdivision",
  "BT-514-Organization-Company": "Organisation Country Code",
  "BT-506-Organization-Company": "Organisation Contact Email Address",
  "BT-11-Procedure-Buyer": "Buyer Legal Type",
  "BT-10-Procedure-Buyer": "Activity Authority",
  "BT-105-Procedure": "Procedure Type",
  "BT-21-Procedure": "Title",
  "BT-22-Procedure": "Internal Identifier",
  "BT-24-Procedure": "Description",
  "BT-23-Procedure": "Main Nature",
  "BT-262-Procedure": "Main Classification Code",
  "BT-27-Procedure": "Estimated Value",
  "BT-137-Lot": "Purpose Lot Identifier",
  "BT-21-Lot": "Title",
  "BT-24-Lot": "Description",
  "BT-300-Lot": "Additional Information",
  "BT-262-Lot": "Main Classification Code",
  "BT-5071-Lot": "Place Performance Country Subdivision",
  "BT-5131-Lot": "Place Performance City",
  "BT-728-Lot": "Place Performance Additional Information",
  "BT-77-Lot": "Terms Financial",
  "BT-36-Lot": "Duration Period",
  "BT-54-Lot": "Options Description",
  "BT-71-Lot": "Reserved Participation",
  "BT-14-Lot": "Documents Restricted",
  "BT-15-Lot": "Documents URL",
  "BT-18-Lot": "Submission URL",
  "BT-17-Lot": "SubmissionElectronic",
  "BT-131(d)-Lot": "Deadline Receipt Tenders",
  "BT-131(t)-Lot": "Deadline Receipt Tenders",
  "BT-13(d)-Lot": "Additional Information Deadline",
  "BT-13(t)-Lot": "Additional Information Deadline",
  "BT-97-Lot": "Submission Language",
  "BT-765-Lot": "Framework Agreement",
  "OPT-301-Lot-ReviewOrg": "Review Organization Technical Identifier Reference",
  "BT-539-Lot": "Award Criterion Type",
  "BT-734-Lot": "Award Criterion Name",
  "BT-540-Lot": "Award Criterion Description",
  "BT-5421-Lot": "Award Criterion Number Weight",
  "BT-541-Lot-WeightNumber": "Award Criterion Weight Number",
} as const;

type FieldId = keyof typeof LABELS;

function term(id: FieldId, value: string | number | null | undefined): NoticeTerm[] {
  return value === null || value === undefined ? [] : [{ id, label: LABELS[id], value }];
}

function criterionTerms(c: ModelCriterion): NoticeTerm[] {
  return [...term("BT-539-Lot", c.type), ...term("BT-734-Lot", c.name), ...term("BT-540-Lot", c.description), ...term("BT-5421-Lot", "per-exa"), ...term("BT-541-Lot-WeightNumber", c.weight)];
}

function lotTerms(m: NoticeModel, lot: ModelLot): NoticeTerm[] {
  return [
    ...term("BT-137-Lot", lot.id),
    ...term("BT-21-Lot", lot.title),
    ...term("BT-24-Lot", lot.description),
    ...term("BT-300-Lot", lot.note),
    ...term("BT-262-Lot", m.cpv.code),
    ...term("BT-5071-Lot", lot.nutsCode),
    ...lot.cities.flatMap((city) => term("BT-5131-Lot", city)),
    ...term("BT-728-Lot", lot.placeDescription),
    ...term("BT-36-Lot", `${m.durationMonths} MONTH`),
    ...term("BT-54-Lot", m.optionsDescription),
    ...term("BT-71-Lot", lot.reservationCode),
    ...term("BT-77-Lot", lot.financialTerms),
    ...term("BT-14-Lot", "non-restricted-document"),
    ...term("BT-15-Lot", m.documentsUrl),
    ...term("BT-17-Lot", "required"),
    ...term("BT-18-Lot", m.submissionUrl),
    ...term("BT-131(d)-Lot", m.deadline.date),
    ...term("BT-131(t)-Lot", m.deadline.time),
    ...term("BT-13(d)-Lot", m.questionDeadline?.date),
    ...term("BT-13(t)-Lot", m.questionDeadline?.time),
    ...term("BT-97-Lot", m.language),
    ...term("BT-765-Lot", "none"),
    ...term("OPT-301-Lot-ReviewOrg", `${m.reviewBody.id} (${m.reviewBody.name})`),
  ];
}

/** The JSON view: the same values as the XML, grouped as a reader looks for them. */
export function renderNoticeJson(m: NoticeModel): NoticeJson {
  return {
    subtype: m.info.subtype,
    noticeType: m.info.noticeType,
    customizationId: m.info.customizationId,
    notice: [
      ...term("OPT-002-notice", m.info.customizationId),
      ...term("OPP-070-notice", m.info.subtype),
      ...term("BT-02-notice", m.info.noticeType),
      ...term("BT-03-notice", "competition"),
      ...term("BT-01-notice", m.info.regulatoryDomain),
      ...term("BT-701-notice", m.noticeId),
      ...term("BT-757-notice", m.version),
      ...term("BT-04-notice", m.procedureId),
      ...term("BT-05(a)-notice", m.issueDate),
      ...term("BT-05(b)-notice", m.issueTime),
      ...term("BT-702(a)-notice", m.language),
    ],
    buyer: [
      ...term("BT-500-Organization-Company", m.buyer.name),
      ...term("BT-16-Organization-Company", m.buyer.partName),
      ...term("BT-501-Organization-Company", m.buyer.organisationNumber),
      ...term("BT-513-Organization-Company", m.buyer.city),
      ...term("BT-507-Organization-Company", m.buyer.nutsCode),
      ...term("BT-514-Organization-Company", "NOR"),
      ...term("BT-506-Organization-Company", m.buyer.email),
      ...term("BT-11-Procedure-Buyer", "cga"),
      ...term("BT-10-Procedure-Buyer", "soc-pro"),
    ],
    procedure: [
      ...term("BT-01(c)-Procedure", m.legalBasis?.eli),
      ...term("BT-01(d)-Procedure", m.legalBasis?.description),
      ...term("BT-105-Procedure", m.procedureCode),
      ...term("BT-22-Procedure", m.reference),
      ...term("BT-21-Procedure", m.title),
      ...term("BT-24-Procedure", m.description),
      ...term("BT-23-Procedure", "services"),
      ...term("BT-262-Procedure", m.cpv.code),
      ...term("BT-27-Procedure", `${m.estimatedValue} NOK`),
    ],
    lots: m.lots.map((lot) => ({ id: lot.id, terms: lotTerms(m, lot), awardCriteria: lot.criteria.map(criterionTerms) })),
  };
}
