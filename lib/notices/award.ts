import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

import { EFORMS_SDK } from "./codes";
import { eformsDate, nokFromOre, noticeText, technicalId } from "./format";
import { buildNoticeModel, NoticeInputError, type ModelOrganisation } from "./model";
import type { NoticeRegime, NoticeTender } from "./types";
import { awardCriterion, eformsExtension, leaf, NS, organisation, procurementProject } from "./xml";

/**
 * The contract award notice (kunngjøring av kontraktstildeling) in eForms: subtype 33 `can-social` for the light
 * regime (PART_IV), 29 `can-standard` for part III, E4 (national) below the threshold. The tender part (buyer, lots,
 * CPV, award criteria) comes from the contract notice's own model, so the two notices cannot disagree; this adds the
 * result: per lot the bids received, the winners with their contract values, and the concluded contracts.
 */
export type AwardNoticeSubtype = "33" | "29" | "E4";

const EU = `${EFORMS_SDK}#extended#urn:fdc:anskaffelser.no:2023:eforms:eu`;
const NATIONAL = `${EFORMS_SDK}#extended#urn:fdc:anskaffelser.no:2023:eforms:national`;

export const AWARD_SUBTYPES: Readonly<Record<NoticeRegime, { subtype: AwardNoticeSubtype; noticeType: "can-social" | "can-standard"; regulatoryDomain: string; customizationId: string }>> = {
  PART_IV: { subtype: "33", noticeType: "can-social", regulatoryDomain: "32014L0024", customizationId: EU },
  PART_III: { subtype: "29", noticeType: "can-standard", regulatoryDomain: "32014L0024", customizationId: EU },
  PART_II: { subtype: "E4", noticeType: "can-standard", regulatoryDomain: "other", customizationId: NATIONAL },
  PART_I: { subtype: "E4", noticeType: "can-standard", regulatoryDomain: "other", customizationId: NATIONAL },
};

export function awardNoticeSubtype(regime: NoticeRegime): AwardNoticeSubtype {
  return AWARD_SUBTYPES[regime].subtype;
}

export interface NoticeWinner {
  name: string;
  organisationNumber: string;
  city?: string | null;
  /** The contract's value (the awarded bid's evaluated price), øre. */
  valueOre: bigint;
  /** Our contract id (BT-150 contract identifier). */
  contractId: string;
  /** The day the contract was concluded (BT-145). */
  concludedAt: Date;
  rank: number;
}

export interface NoticeLotResult {
  lotNumber: number;
  /** BT-759: bids received in the lot. */
  bidsReceived: number;
  winners: NoticeWinner[];
}

export interface NoticeAward {
  /** The competition as for its contract notice, with the award notice's own id and dispatch time in `notice`. */
  tender: NoticeTender;
  /** When the award was decided (BT-1451, the winner's decision date). */
  decidedAt: Date;
  results: NoticeLotResult[];
}

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, "0")}`;

function ref(parent: XMLBuilder, name: string, scheme: string, value: string): void {
  leaf(parent.ele(name), "cbc:ID", value, { schemeName: scheme });
}

/** The award notice as eForms UBL 2.3 ContractAwardNotice XML; element order follows the SDK 1.14.2 XSDs. */
export function contractAwardNoticeXml(award: NoticeAward): string {
  const m = buildNoticeModel(award.tender);
  const info = AWARD_SUBTYPES[award.tender.regime];
  const issues: string[] = [];
  const lotByNumber = new Map(m.lots.map((lot) => [lot.number, lot]));
  for (const r of award.results) {
    if (!lotByNumber.has(r.lotNumber)) issues.push(`results: lot ${r.lotNumber} is not a lot of the tender`);
    if (r.winners.length > 0 && r.bidsReceived < r.winners.length) issues.push(`results: lot ${r.lotNumber} has more winners than bids`);
    for (const w of r.winners) if (!/^\d{9}$/.test(w.organisationNumber)) issues.push(`results: winner ${w.name}: orgnr of 9 digits`);
  }
  if (issues.length > 0) throw new NoticeInputError(issues);

  // Technical ids: one tendering party and organisation per distinct winner; one tender and contract per win.
  const winners = award.results.flatMap((r) => r.winners.map((w) => ({ ...w, lotNumber: r.lotNumber })));
  const parties = [...new Set(winners.map((w) => w.organisationNumber))];
  const orgOf = (orgnr: string) => technicalId("ORG", 3 + parties.indexOf(orgnr));
  const partyOf = (orgnr: string) => id("TPA", 1 + parties.indexOf(orgnr));
  const numbered = winners.map((w, i) => ({ ...w, tender: id("TEN", i + 1), contract: id("CON", i + 1) }));

  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(NS.root.replace("ContractNotice-2", "ContractAwardNotice-2"), "ContractAwardNotice", {
    "xmlns:cac": NS.cac, "xmlns:cbc": NS.cbc, "xmlns:ext": NS.ext, "xmlns:efac": NS.efac, "xmlns:efext": NS.efext, "xmlns:efbc": NS.efbc,
  });
  const extension = eformsExtension(root);
  const result = extension.ele("efac:NoticeResult");
  leaf(result, "cbc:TotalAmount", nokFromOre(winners.reduce((sum, w) => sum + w.valueOre, 0n)), { currencyID: "NOK" });
  [...award.results].sort((a, b) => a.lotNumber - b.lotNumber).forEach((r, index) => {
    const lotResult = result.ele("efac:LotResult");
    leaf(lotResult, "cbc:ID", id("RES", index + 1), { schemeName: "result" });
    const mine = numbered.filter((w) => w.lotNumber === r.lotNumber);
    leaf(lotResult, "cbc:TenderResultCode", mine.length > 0 ? "selec-w" : "clos-nw", { listName: "winner-selection-status" });
    for (const w of mine) ref(lotResult, "efac:LotTender", "tender", w.tender);
    const stats = lotResult.ele("efac:ReceivedSubmissionsStatistics");
    leaf(stats, "efbc:StatisticsCode", "tenders", { listName: "received-submission-type" });
    leaf(stats, "efbc:StatisticsNumeric", String(r.bidsReceived));
    for (const w of mine) ref(lotResult, "efac:SettledContract", "contract", w.contract);
    ref(lotResult, "efac:TenderLot", "Lot", lotByNumber.get(r.lotNumber)!.id);
  });
  for (const w of numbered) {
    const tender = result.ele("efac:LotTender");
    leaf(tender, "cbc:ID", w.tender, { schemeName: "tender" });
    leaf(tender, "cbc:RankCode", String(w.rank));
    leaf(tender, "efbc:TenderRankedIndicator", "true");
    leaf(tender.ele("cac:LegalMonetaryTotal"), "cbc:PayableAmount", nokFromOre(w.valueOre), { currencyID: "NOK" });
    ref(tender, "efac:TenderingParty", "tendering-party", partyOf(w.organisationNumber));
    ref(tender, "efac:TenderLot", "Lot", lotByNumber.get(w.lotNumber)!.id);
    leaf(tender.ele("efac:TenderReference"), "cbc:ID", `${m.reference}-${w.lotNumber}-${w.rank}`);
  }
  for (const w of numbered) {
    const contract = result.ele("efac:SettledContract");
    leaf(contract, "cbc:ID", w.contract, { schemeName: "contract" });
    leaf(contract, "cbc:AwardDate", eformsDate(award.decidedAt));
    leaf(contract, "cbc:IssueDate", eformsDate(w.concludedAt));
    leaf(contract.ele("efac:ContractReference"), "cbc:ID", noticeText(w.contractId));
    ref(contract, "efac:LotTender", "tender", w.tender);
  }
  for (const orgnr of parties) {
    const party = result.ele("efac:TenderingParty");
    leaf(party, "cbc:ID", partyOf(orgnr), { schemeName: "tendering-party" });
    ref(party, "efac:Tenderer", "organization", orgOf(orgnr));
  }
  leaf(extension.ele("efac:NoticeSubType"), "cbc:SubTypeCode", info.subtype, { listName: "notice-subtype" });
  const organisations = extension.ele("efac:Organizations");
  organisation(organisations, m.buyer, m.language);
  organisation(organisations, m.reviewBody, m.language);
  for (const orgnr of parties) {
    const w = winners.find((x) => x.organisationNumber === orgnr)!;
    const org: ModelOrganisation = { id: orgOf(orgnr), name: noticeText(w.name), partName: null, organisationNumber: orgnr, city: noticeText(w.city ?? "") || "Norge", nutsCode: null, email: null, websiteUrl: null };
    organisation(organisations, org, m.language);
  }

  leaf(root, "cbc:UBLVersionID", "2.3");
  leaf(root, "cbc:CustomizationID", info.customizationId);
  leaf(root, "cbc:ID", m.noticeId, { schemeName: "notice-id" });
  leaf(root, "cbc:ContractFolderID", m.procedureId);
  leaf(root, "cbc:IssueDate", m.issueDate);
  leaf(root, "cbc:IssueTime", m.issueTime);
  leaf(root, "cbc:VersionID", m.version);
  leaf(root, "cbc:RegulatoryDomain", info.regulatoryDomain);
  leaf(root, "cbc:NoticeTypeCode", info.noticeType, { listName: "result" });
  leaf(root, "cbc:NoticeLanguageCode", m.language);

  const party = root.ele("cac:ContractingParty");
  leaf(party.ele("cac:ContractingPartyType"), "cbc:PartyTypeCode", "cga", { listName: "buyer-legal-type" });
  leaf(party.ele("cac:ContractingActivity"), "cbc:ActivityTypeCode", "soc-pro", { listName: "authority-activity" });
  leaf(party.ele("cac:Party").ele("cac:PartyIdentification"), "cbc:ID", m.buyer.id, { schemeName: "organization" });
  if (m.legalBasis) {
    const basis = root.ele("cac:TenderingTerms").ele("cac:ProcurementLegislationDocumentReference");
    leaf(basis, "cbc:ID", m.legalBasis.eli, { schemeName: "ELI" });
    leaf(basis, "cbc:DocumentDescription", m.legalBasis.description, { languageID: m.language });
  }
  leaf(root.ele("cac:TenderingProcess"), "cbc:ProcedureCode", m.procedureCode, { listName: "procurement-procedure-type" });
  procurementProject(root, m, { id: m.reference, name: m.title, description: m.description, nutsCode: m.buyer.nutsCode, lot: false });
  for (const lot of m.lots) {
    const el = root.ele("cac:ProcurementProjectLot");
    leaf(el, "cbc:ID", lot.id, { schemeName: "Lot" });
    const criterion = el.ele("cac:TenderingTerms").ele("cac:AwardingTerms").ele("cac:AwardingCriterion");
    for (const c of lot.criteria) awardCriterion(criterion, c, m.language);
    procurementProject(el, m, { id: `${m.reference}-${lot.number}`, name: lot.title, description: lot.description, note: lot.note, nutsCode: lot.nutsCode, lot: true, place: { description: lot.placeDescription, cities: lot.cities } });
  }
  leaf(root.ele("cac:TenderResult"), "cbc:AwardDate", eformsDate(award.decidedAt));
  return doc.end({ prettyPrint: true });
}
