/**
 * Contract notices in eForms (the format Doffin accepts) for announced tenders: UBL XML and a readable JSON view of the
 * same business terms. Pure: the route layer loads the tender and builds the NoticeTender. See README.md.
 */
import { SUBTYPES } from "./codes";
import { renderNoticeJson, type NoticeJson } from "./json";
import { buildNoticeModel } from "./model";
import type { NoticeRegime, NoticeSubtype, NoticeTender } from "./types";
import { renderNoticeXml } from "./xml";

export type { NoticeBuyer, NoticeCriterion, NoticeLot, NoticeMeasureType, NoticeRegime, NoticeResultsBased, NoticeSubCriterion, NoticeSubtype, NoticeTender } from "./types";
export type { NoticeJson, NoticeTerm } from "./json";
export { NoticeInputError } from "./model";
export { CPV_BY_MEASURE, FALLBACK_CPV, NAV_ORGANISATION, SUBTYPES, cpvFor } from "./codes";

/** PART_IV → "20" (cn-social), PART_III → "16" (cn-standard), PART_I / PART_II → "E3" (national contract notice). */
export function noticeSubtype(regime: NoticeRegime): NoticeSubtype {
  return SUBTYPES[regime].subtype;
}

/** The contract notice as eForms UBL 2.3 XML (SDK 1.14, Norwegian CustomizationID). Throws NoticeInputError. */
export function contractNoticeXml(tender: NoticeTender): string {
  return renderNoticeXml(buildNoticeModel(tender));
}

/** The same notice's business terms as JSON: BT ids with their labels and values. Throws NoticeInputError. */
export function contractNoticeJson(tender: NoticeTender): NoticeJson {
  return renderNoticeJson(buildNoticeModel(tender));
}
export { E1_CUSTOMIZATION_ID, priorInformationNoticeJson, priorInformationNoticeXml } from "./e1";
export type { E1Json, NoticeDialogue } from "./e1";
export { AWARD_SUBTYPES, awardNoticeSubtype, contractAwardNoticeXml } from "./award";
export type { AwardNoticeSubtype, NoticeAward, NoticeLotResult, NoticeWinner } from "./award";
