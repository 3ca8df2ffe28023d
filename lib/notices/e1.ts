/**
 * The market dialogue's notice in eForms: subtype E1, "pre-market consultation" (BT-02 `pmc`, form type
 * `consultation`), a voluntary form usable under any law (SDK 1.14.2, notice-types/E1.json), as a UBL 2.3
 * PriorInformationNotice. Pure, like the contract notices: the route layer builds the NoticeDialogue. See README.md.
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

import { formatOslo } from "@/lib/time/oslo";

import { cpvFor, EFORMS_SDK, type CpvEntry } from "./codes";
import { eformsDate, eformsTime, noticeText, noticeVersion, technicalId } from "./format";
import type { NoticeTerm } from "./json";
import { NoticeInputError } from "./model";
import type { NoticeBuyer, NoticeMeasureType } from "./types";

export interface NoticeDialogue {
  /** BT-701 (a UUID), BT-757 ("01" …), BT-05 (the publication instant). */
  notice: { id: string; version: number; issuedAt: Date; language?: "NOR" | "ENG" };
  /** MarketDialogue.reference, e.g. "MD-2026/0007" (BT-22). */
  reference: string;
  title: string;
  description: string;
  measureType: NoticeMeasureType;
  /** BT-800: the deadline for answers (an instant; written in Oslo time). */
  responseDeadline: Date;
  /** The dialogue meeting, if any, with its place (an address or an online link); written as BT-300-Lot. */
  meeting?: { at: Date; place: string } | null;
  /** The planned announcement of the competition, "yyyy-MM-dd"; written as BT-300-Procedure. */
  plannedAnnouncement?: string | null;
  /** BT-15: where the dialogue's documents are (its public page). */
  documentsUrl: string;
  /** BT-18: where suppliers answer (the portal). */
  responseUrl: string;
  buyer: NoticeBuyer;
}

/** National tailoring as for E3 (DFØ has not tailored E1 yet; unconfirmed which suffix Doffin wants for it). */
export const E1_CUSTOMIZATION_ID = `${EFORMS_SDK}#extended#urn:fdc:anskaffelser.no:2023:eforms:national`;
/** BT-01(e)/(f): the legal basis without an ELI (as in the SDK's E1 example). Our wording, unconfirmed. */
export const E1_LEGAL_BASIS = { id: "LocalLegalBasis", description: "Anskaffelsesforskriften: markedsdialog før konkurransen (forberedelse av anskaffelsen)" } as const;

const NS = {
  root: "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  ext: "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  efac: "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
  efext: "http://data.europa.eu/p27/eforms-ubl-extensions/1",
  efbc: "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every value of the E1 notice, once: the XML and the JSON view both render it. */
export interface E1Model {
  noticeId: string;
  version: string;
  issueDate: string;
  issueTime: string;
  language: "NOR" | "ENG";
  reference: string;
  title: string;
  description: string;
  procedureNote: string | null;
  lotNote: string | null;
  cpv: CpvEntry;
  nutsCode: string | null;
  deadline: { date: string; time: string };
  documentsUrl: string;
  responseUrl: string;
  buyer: { id: string; name: string; partName: string; organisationNumber: string; city: string; nutsCode: string | null; email: string; websiteUrl: string | null };
}

/** Checks the input and computes every business term. Throws NoticeInputError. */
export function buildE1Model(d: NoticeDialogue): E1Model {
  const issues: string[] = [];
  if (!UUID.test(d.notice.id)) issues.push("notice.id: a UUID");
  if (!Number.isInteger(d.notice.version) || d.notice.version < 1 || d.notice.version > 99) issues.push("notice.version: 1..99");
  if (!/^\d{9}$/.test(d.buyer.organisationNumber)) issues.push("buyer.organisationNumber: 9 digits");
  if (Number.isNaN(d.responseDeadline.getTime())) issues.push("responseDeadline: a valid instant");
  if (d.meeting && Number.isNaN(d.meeting.at.getTime())) issues.push("meeting.at: a valid instant");
  if (d.plannedAnnouncement && !/^\d{4}-\d{2}-\d{2}$/.test(d.plannedAnnouncement)) issues.push("plannedAnnouncement: yyyy-MM-dd");
  if (noticeText(d.title) === "") issues.push("title: not empty");
  if (issues.length > 0) throw new NoticeInputError(issues);

  const language = d.notice.language ?? "NOR";
  const en = language === "ENG";
  const planned = d.plannedAnnouncement ? d.plannedAnnouncement.split("-").reverse().join(".") : null;
  const meeting = d.meeting
    ? en
      ? `Dialogue meeting ${formatOslo(d.meeting.at, "dd.MM.yyyy 'at' HH:mm")} (Oslo time): ${noticeText(d.meeting.place)}.`
      : `Dialogmøte ${formatOslo(d.meeting.at, "dd.MM.yyyy 'kl.' HH:mm")}: ${noticeText(d.meeting.place)}.`
    : null;
  const answers = en ? "Answers and registrations of interest are given in Tiltaksanbud's supplier portal." : "Svar og interessemeldinger gis i leverandørportalen i Tiltaksanbud.";
  return {
    noticeId: d.notice.id,
    version: noticeVersion(d.notice.version),
    issueDate: eformsDate(d.notice.issuedAt),
    issueTime: eformsTime(d.notice.issuedAt),
    language,
    reference: noticeText(d.reference),
    title: noticeText(d.title),
    description: noticeText(d.description) || noticeText(d.title),
    procedureNote: planned ? (en ? `The competition is planned to be announced on ${planned}.` : `Konkurransen planlegges kunngjort ${planned}.`) : null,
    lotNote: [meeting, answers].filter(Boolean).join(" "),
    cpv: cpvFor(d.measureType.code),
    nutsCode: d.buyer.nutsCode ?? null,
    deadline: { date: eformsDate(d.responseDeadline), time: eformsTime(d.responseDeadline) },
    documentsUrl: d.documentsUrl,
    responseUrl: d.responseUrl,
    buyer: {
      id: technicalId("ORG", 1),
      name: noticeText(d.buyer.organisationName),
      partName: noticeText(d.buyer.regionName),
      organisationNumber: d.buyer.organisationNumber,
      city: noticeText(d.buyer.city),
      nutsCode: d.buyer.nutsCode ?? null,
      email: d.buyer.contactEmail,
      websiteUrl: d.buyer.websiteUrl ?? null,
    },
  };
}

type Attrs = Record<string, string>;
const leaf = (parent: XMLBuilder, name: string, value: string, attrs: Attrs = {}) => parent.ele(name, attrs).txt(value);
const extension = (parent: XMLBuilder) => parent.ele("ext:UBLExtensions").ele("ext:UBLExtension").ele("ext:ExtensionContent").ele("efext:EformsExtension");

function project(parent: XMLBuilder, m: E1Model, p: { id: string; note: string | null }): void {
  const el = parent.ele("cac:ProcurementProject");
  leaf(el, "cbc:ID", p.id, { schemeName: "InternalID" });
  leaf(el, "cbc:Name", m.title, { languageID: m.language });
  leaf(el, "cbc:Description", m.description, { languageID: m.language });
  leaf(el, "cbc:ProcurementTypeCode", "services", { listName: "contract-nature" });
  if (p.note) leaf(el, "cbc:Note", p.note, { languageID: m.language });
  leaf(el.ele("cac:MainCommodityClassification"), "cbc:ItemClassificationCode", m.cpv.code, { listName: "cpv" });
  const address = el.ele("cac:RealizedLocation").ele("cac:Address");
  if (m.nutsCode) leaf(address, "cbc:CountrySubentityCode", m.nutsCode, { listName: "nuts" });
  leaf(address.ele("cac:Country"), "cbc:IdentificationCode", "NOR", { listName: "country" });
}

/** Renders the model as an eForms UBL 2.3 PriorInformationNotice (E1); element order follows the SDK 1.14.2 XSDs. */
export function renderE1Xml(m: E1Model): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(NS.root, "PriorInformationNotice", {
    "xmlns:cac": NS.cac, "xmlns:cbc": NS.cbc, "xmlns:ext": NS.ext, "xmlns:efac": NS.efac, "xmlns:efext": NS.efext, "xmlns:efbc": NS.efbc,
  });
  const ext = extension(root);
  leaf(ext.ele("efac:NoticeSubType"), "cbc:SubTypeCode", "E1", { listName: "notice-subtype" });
  const company = ext.ele("efac:Organizations").ele("efac:Organization").ele("efac:Company");
  if (m.buyer.websiteUrl) leaf(company, "cbc:WebsiteURI", m.buyer.websiteUrl);
  leaf(company.ele("cac:PartyIdentification"), "cbc:ID", m.buyer.id, { schemeName: "organization" });
  leaf(company.ele("cac:PartyName"), "cbc:Name", m.buyer.name, { languageID: m.language });
  const address = company.ele("cac:PostalAddress");
  leaf(address, "cbc:Department", m.buyer.partName);
  leaf(address, "cbc:CityName", m.buyer.city);
  if (m.buyer.nutsCode) leaf(address, "cbc:CountrySubentityCode", m.buyer.nutsCode, { listName: "nuts" });
  leaf(address.ele("cac:Country"), "cbc:IdentificationCode", "NOR", { listName: "country" });
  leaf(company.ele("cac:PartyLegalEntity"), "cbc:CompanyID", m.buyer.organisationNumber, { schemeName: "organisasjonsnummer" });
  leaf(company.ele("cac:Contact"), "cbc:ElectronicMail", m.buyer.email);

  leaf(root, "cbc:UBLVersionID", "2.3");
  leaf(root, "cbc:CustomizationID", E1_CUSTOMIZATION_ID);
  leaf(root, "cbc:ID", m.noticeId, { schemeName: "notice-id" });
  leaf(root, "cbc:IssueDate", m.issueDate);
  leaf(root, "cbc:IssueTime", m.issueTime);
  leaf(root, "cbc:VersionID", m.version);
  leaf(root, "cbc:RegulatoryDomain", "other");
  leaf(root, "cbc:NoticeTypeCode", "pmc", { listName: "consultation" });
  leaf(root, "cbc:NoticeLanguageCode", m.language);

  const party = root.ele("cac:ContractingParty");
  leaf(party.ele("cac:ContractingPartyType"), "cbc:PartyTypeCode", "cga", { listName: "buyer-legal-type" });
  leaf(party.ele("cac:ContractingActivity"), "cbc:ActivityTypeCode", "soc-pro", { listName: "authority-activity" });
  leaf(party.ele("cac:Party").ele("cac:PartyIdentification"), "cbc:ID", m.buyer.id, { schemeName: "organization" });

  const basis = root.ele("cac:TenderingTerms").ele("cac:ProcurementLegislationDocumentReference");
  leaf(basis, "cbc:ID", E1_LEGAL_BASIS.id);
  leaf(basis, "cbc:DocumentDescription", E1_LEGAL_BASIS.description, { languageID: m.language });

  project(root, m, { id: m.reference, note: m.procedureNote });

  const lot = root.ele("cac:ProcurementProjectLot");
  leaf(lot, "cbc:ID", technicalId("LOT", 1), { schemeName: "Lot" });
  const terms = lot.ele("cac:TenderingTerms");
  const documents = terms.ele("cac:CallForTendersDocumentReference");
  leaf(documents, "cbc:ID", m.reference);
  leaf(documents, "cbc:DocumentType", "non-restricted-document");
  leaf(documents.ele("cac:Attachment").ele("cac:ExternalReference"), "cbc:URI", m.documentsUrl);
  leaf(terms.ele("cac:TenderRecipientParty"), "cbc:EndpointID", m.responseUrl);
  leaf(terms.ele("cac:Language"), "cbc:ID", m.language);
  const period = extension(lot.ele("cac:TenderingProcess")).ele("efac:AnswerReceptionPeriod");
  leaf(period, "cbc:EndDate", m.deadline.date);
  leaf(period, "cbc:EndTime", m.deadline.time);
  project(lot, m, { id: `${m.reference}-1`, note: m.lotNote });

  return doc.end({ prettyPrint: true });
}

/** The E1 notice's business terms as JSON (BT ids, SDK labels, the values the XML carries). */
export interface E1Json {
  subtype: "E1";
  noticeType: "pmc";
  customizationId: string;
  notice: NoticeTerm[];
  buyer: NoticeTerm[];
  procedure: NoticeTerm[];
  lots: { id: string; terms: NoticeTerm[] }[];
}

const term = (id: string, label: string, value: string | number): NoticeTerm => ({ id, label, value });

export function renderE1Json(m: E1Model): E1Json {
  return {
    subtype: "E1",
    noticeType: "pmc",
    customizationId: E1_CUSTOMIZATION_ID,
    notice: [
      term("OPT-002-notice", "Customization ID (UBL)", E1_CUSTOMIZATION_ID),
      term("OPP-070-notice", "Notice Subtype", "E1"),
      term("BT-02-notice", "Notice Type", "pmc"),
      term("BT-03-notice", "Form Type", "consultation"),
      term("BT-01-notice", "Procedure Legal Basis", "other"),
      term("BT-01(e)-Procedure", "Procedure Legal Basis (NoID)", E1_LEGAL_BASIS.id),
      term("BT-01(f)-Procedure", "Procedure Legal Basis (NoID Description)", E1_LEGAL_BASIS.description),
      term("BT-701-notice", "Notice Identifier", m.noticeId),
      term("BT-757-notice", "Notice Version", m.version),
      term("BT-05(a)-notice", "Notice Dispatch Date", m.issueDate),
      term("BT-05(b)-notice", "Notice Dispatch Time", m.issueTime),
      term("BT-702(a)-notice", "Notice Official Language", m.language),
    ],
    buyer: [
      term("OPT-200-Organization-Company", "Organisation Technical Identifier", m.buyer.id),
      term("BT-500-Organization-Company", "Organisation Name", m.buyer.name),
      term("BT-16-Organization-Company", "Organisation Part Name", m.buyer.partName),
      term("BT-501-Organization-Company", "Organisation Identifier", m.buyer.organisationNumber),
      term("BT-513-Organization-Company", "Organisation City", m.buyer.city),
      ...(m.buyer.nutsCode ? [term("BT-507-Organization-Company", "Organisation Country Subdivision", m.buyer.nutsCode)] : []),
      term("BT-514-Organization-Company", "Organisation Country Code", "NOR"),
      term("BT-506-Organization-Company", "Organisation Contact Email Address", m.buyer.email),
      term("BT-11-Procedure-Buyer", "Buyer Legal Type", "cga"),
      term("BT-10-Procedure-Buyer", "Activity Authority", "soc-pro"),
    ],
    procedure: [
      term("BT-22-Procedure", "Internal Identifier", m.reference),
      term("BT-21-Procedure", "Title", m.title),
      term("BT-24-Procedure", "Description", m.description),
      term("BT-23-Procedure", "Main Nature", "services"),
      term("BT-262-Procedure", "Main Classification Code", m.cpv.code),
      ...(m.procedureNote ? [term("BT-300-Procedure", "Additional Information", m.procedureNote)] : []),
    ],
    lots: [
      {
        id: technicalId("LOT", 1),
        terms: [
          term("BT-137-Lot", "Purpose Lot Identifier", technicalId("LOT", 1)),
          term("BT-21-Lot", "Title", m.title),
          term("BT-262-Lot", "Main Classification Code", m.cpv.code),
          term("BT-800(d)-Lot", "Deadline Receipt Answers (Date)", m.deadline.date),
          term("BT-800(t)-Lot", "Deadline Receipt Answers (Time)", m.deadline.time),
          term("BT-15-Lot", "Documents URL", m.documentsUrl),
          term("BT-18-Lot", "Submission URL", m.responseUrl),
          term("BT-97-Lot", "Submission Language", m.language),
          ...(m.lotNote ? [term("BT-300-Lot", "Additional Information", m.lotNote)] : []),
        ],
      },
    ],
  };
}

/** The market dialogue's notice as eForms UBL XML (E1). Throws NoticeInputError. */
export function priorInformationNoticeXml(dialogue: NoticeDialogue): string {
  return renderE1Xml(buildE1Model(dialogue));
}

/** The same notice's business terms as JSON. Throws NoticeInputError. */
export function priorInformationNoticeJson(dialogue: NoticeDialogue): E1Json {
  return renderE1Json(buildE1Model(dialogue));
}
