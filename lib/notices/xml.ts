import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

import type { ModelCriterion, ModelLot, ModelOrganisation, NoticeModel } from "./model";

export const NS = {
  root: "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
  ext: "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2",
  efac: "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
  efext: "http://data.europa.eu/p27/eforms-ubl-extensions/1",
  efbc: "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
} as const;

type Attrs = Record<string, string>;

/** A child element with text; the builder escapes it (&, <, >, and quotes in attributes). */
export function leaf(parent: XMLBuilder, name: string, text: string, attrs: Attrs = {}): XMLBuilder {
  return parent.ele(name, attrs).txt(text);
}

export function eformsExtension(parent: XMLBuilder): XMLBuilder {
  return parent.ele("ext:UBLExtensions").ele("ext:UBLExtension").ele("ext:ExtensionContent").ele("efext:EformsExtension");
}

function partyRef(parent: XMLBuilder, name: string, orgId: string): void {
  leaf(parent.ele(name).ele("cac:PartyIdentification"), "cbc:ID", orgId, { schemeName: "organization" });
}

export function organisation(parent: XMLBuilder, org: ModelOrganisation, language: string): void {
  const company = parent.ele("efac:Organization").ele("efac:Company");
  if (org.websiteUrl) leaf(company, "cbc:WebsiteURI", org.websiteUrl);
  leaf(company.ele("cac:PartyIdentification"), "cbc:ID", org.id, { schemeName: "organization" });
  leaf(company.ele("cac:PartyName"), "cbc:Name", org.name, { languageID: language });
  const address = company.ele("cac:PostalAddress");
  if (org.partName) leaf(address, "cbc:Department", org.partName);
  leaf(address, "cbc:CityName", org.city);
  if (org.nutsCode) leaf(address, "cbc:CountrySubentityCode", org.nutsCode, { listName: "nuts" });
  leaf(address.ele("cac:Country"), "cbc:IdentificationCode", "NOR", { listName: "country" });
  if (org.organisationNumber) leaf(company.ele("cac:PartyLegalEntity"), "cbc:CompanyID", org.organisationNumber, { schemeName: "organisasjonsnummer" });
  if (org.email) leaf(company.ele("cac:Contact"), "cbc:ElectronicMail", org.email);
}

interface Place {
  description?: string | null;
  cities?: string[];
}

function realizedLocation(project: XMLBuilder, m: NoticeModel, nutsCode: string | null, place: { description?: string | null; city?: string }): void {
  const location = project.ele("cac:RealizedLocation");
  if (place.description) leaf(location, "cbc:Description", place.description, { languageID: m.language });
  const address = location.ele("cac:Address");
  if (place.city) leaf(address, "cbc:CityName", place.city);
  if (nutsCode) leaf(address, "cbc:CountrySubentityCode", nutsCode, { listName: "nuts" });
  leaf(address.ele("cac:Country"), "cbc:IdentificationCode", "NOR", { listName: "country" });
}

export function procurementProject(parent: XMLBuilder, m: NoticeModel, p: { id: string; name: string; description: string; note?: string | null; nutsCode: string | null; lot: boolean; place?: Place }): void {
  const project = parent.ele("cac:ProcurementProject");
  leaf(project, "cbc:ID", p.id, { schemeName: "InternalID" });
  leaf(project, "cbc:Name", p.name, { languageID: m.language });
  leaf(project, "cbc:Description", p.description, { languageID: m.language });
  leaf(project, "cbc:ProcurementTypeCode", "services", { listName: "contract-nature" });
  if (p.note) leaf(project, "cbc:Note", p.note, { languageID: m.language });
  if (!p.lot) leaf(project.ele("cac:RequestedTenderTotal"), "cbc:EstimatedOverallContractAmount", m.estimatedValue, { currencyID: "NOK" });
  leaf(project.ele("cac:MainCommodityClassification"), "cbc:ItemClassificationCode", m.cpv.code, { listName: "cpv" });
  // Place of performance: one location per municipality the lot covers (BT-5131), else the area described (BT-728).
  const cities = p.place?.cities ?? [];
  if (cities.length > 0) for (const city of cities) realizedLocation(project, m, p.nutsCode, { city });
  else realizedLocation(project, m, p.nutsCode, { description: p.place?.description });
  if (p.lot) {
    leaf(project.ele("cac:PlannedPeriod"), "cbc:DurationMeasure", String(m.durationMonths), { unitCode: "MONTH" });
    leaf(project.ele("cac:ContractExtension"), "cbc:OptionsDescription", m.optionsDescription, { languageID: m.language });
  }
}

export function awardCriterion(parent: XMLBuilder, c: ModelCriterion, language: string): void {
  const sub = parent.ele("cac:SubordinateAwardingCriterion");
  const parameter = eformsExtension(sub).ele("efac:AwardCriterionParameter");
  leaf(parameter, "efbc:ParameterCode", "per-exa", { listName: "number-weight" });
  leaf(parameter, "efbc:ParameterNumeric", c.weight);
  leaf(sub, "cbc:AwardingCriterionTypeCode", c.type, { listName: "award-criterion-type" });
  leaf(sub, "cbc:Name", c.name, { languageID: language });
  leaf(sub, "cbc:Description", c.description, { languageID: language });
}

function requirement(parent: XMLBuilder, listName: string, code: string): void {
  leaf(parent.ele("cac:TendererQualificationRequest").ele("cac:SpecificTendererRequirement"), "cbc:TendererRequirementTypeCode", code, { listName });
}

function lotElement(root: XMLBuilder, m: NoticeModel, lot: ModelLot): void {
  const standard = m.info.subtype === "16";
  const el = root.ele("cac:ProcurementProjectLot");
  leaf(el, "cbc:ID", lot.id, { schemeName: "Lot" });

  const terms = el.ele("cac:TenderingTerms");
  if (standard) leaf(terms, "cbc:FundingProgramCode", "no-eu-funds", { listName: "eu-funded" });
  const documents = terms.ele("cac:CallForTendersDocumentReference");
  leaf(documents, "cbc:ID", m.reference);
  leaf(documents, "cbc:DocumentType", "non-restricted-document");
  leaf(documents.ele("cac:Attachment").ele("cac:ExternalReference"), "cbc:URI", m.documentsUrl);
  if (lot.financialTerms) leaf(terms.ele("cac:PaymentTerms"), "cbc:Note", lot.financialTerms, { languageID: m.language });
  requirement(terms, "reserved-procurement", lot.reservationCode);
  requirement(terms, "selection-criteria-source", "epo-procurement-document");
  leaf(terms.ele("cac:ContractExecutionRequirement"), "cbc:ExecutionRequirementCode", "no", { listName: "reserved-execution" });
  if (standard) {
    leaf(terms.ele("cac:ContractExecutionRequirement"), "cbc:ExecutionRequirementCode", "required", { listName: "einvoicing" });
    leaf(terms.ele("cac:ContractExecutionRequirement"), "cbc:ExecutionRequirementCode", "not-allowed", { listName: "ecatalog-submission" });
  }
  const criterion = terms.ele("cac:AwardingTerms").ele("cac:AwardingCriterion");
  for (const c of lot.criteria) awardCriterion(criterion, c, m.language);
  leaf(terms.ele("cac:TenderRecipientParty"), "cbc:EndpointID", m.submissionUrl);
  const appeal = terms.ele("cac:AppealTerms");
  partyRef(appeal, "cac:AppealReceiverParty", m.reviewBody.id);
  leaf(terms.ele("cac:Language"), "cbc:ID", m.language);
  if (standard) {
    const post = terms.ele("cac:PostAwardProcess");
    leaf(post, "cbc:ElectronicOrderUsageIndicator", "false");
    leaf(post, "cbc:ElectronicPaymentUsageIndicator", "true");
  }

  const process = el.ele("cac:TenderingProcess");
  leaf(process, "cbc:SubmissionMethodCode", "required", { listName: "esubmission" });
  if (standard) leaf(process, "cbc:GovernmentAgreementConstraintIndicator", "true");
  const deadline = process.ele("cac:TenderSubmissionDeadlinePeriod");
  leaf(deadline, "cbc:EndDate", m.deadline.date);
  leaf(deadline, "cbc:EndTime", m.deadline.time);
  if (m.questionDeadline) {
    const questions = process.ele("cac:AdditionalInformationRequestPeriod");
    leaf(questions, "cbc:EndDate", m.questionDeadline.date);
    leaf(questions, "cbc:EndTime", m.questionDeadline.time);
  }
  if (standard) leaf(process.ele("cac:AuctionTerms"), "cbc:AuctionConstraintIndicator", "false");
  leaf(process.ele("cac:ContractingSystem"), "cbc:ContractingSystemTypeCode", "none", { listName: "framework-agreement" });
  if (standard) leaf(process.ele("cac:ContractingSystem"), "cbc:ContractingSystemTypeCode", "none", { listName: "dps-usage" });

  procurementProject(el, m, { id: `${m.reference}-${lot.number}`, name: lot.title, description: lot.description, note: lot.note, nutsCode: lot.nutsCode, lot: true, place: { description: lot.placeDescription, cities: lot.cities } });
}

/** Renders the model as an eForms UBL 2.3 ContractNotice; element order follows the SDK 1.14.2 XSDs. */
export function renderNoticeXml(m: NoticeModel): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const root = doc.ele(NS.root, "ContractNotice", {
    "xmlns:cac": NS.cac,
    "xmlns:cbc": NS.cbc,
    "xmlns:ext": NS.ext,
    "xmlns:efac": NS.efac,
    "xmlns:efext": NS.efext,
    "xmlns:efbc": NS.efbc,
  });

  const extension = eformsExtension(root);
  leaf(extension.ele("efac:NoticeSubType"), "cbc:SubTypeCode", m.info.subtype, { listName: "notice-subtype" });
  const organisations = extension.ele("efac:Organizations");
  organisation(organisations, m.buyer, m.language);
  organisation(organisations, m.reviewBody, m.language);

  leaf(root, "cbc:UBLVersionID", "2.3");
  leaf(root, "cbc:CustomizationID", m.info.customizationId);
  leaf(root, "cbc:ID", m.noticeId, { schemeName: "notice-id" });
  leaf(root, "cbc:ContractFolderID", m.procedureId);
  leaf(root, "cbc:IssueDate", m.issueDate);
  leaf(root, "cbc:IssueTime", m.issueTime);
  leaf(root, "cbc:VersionID", m.version);
  leaf(root, "cbc:RegulatoryDomain", m.info.regulatoryDomain);
  leaf(root, "cbc:NoticeTypeCode", m.info.noticeType, { listName: "competition" });
  leaf(root, "cbc:NoticeLanguageCode", m.language);

  const party = root.ele("cac:ContractingParty");
  leaf(party.ele("cac:ContractingPartyType"), "cbc:PartyTypeCode", "cga", { listName: "buyer-legal-type" });
  leaf(party.ele("cac:ContractingActivity"), "cbc:ActivityTypeCode", "soc-pro", { listName: "authority-activity" });
  leaf(party.ele("cac:Party").ele("cac:PartyIdentification"), "cbc:ID", m.buyer.id, { schemeName: "organization" });

  const terms = root.ele("cac:TenderingTerms");
  if (m.legalBasis) {
    const basis = terms.ele("cac:ProcurementLegislationDocumentReference");
    leaf(basis, "cbc:ID", m.legalBasis.eli, { schemeName: "ELI" });
    leaf(basis, "cbc:DocumentDescription", m.legalBasis.description, { languageID: m.language });
  }
  requirement(terms, "exclusion-grounds-source", "epo-procurement-document");

  const process = root.ele("cac:TenderingProcess");
  leaf(process, "cbc:ProcedureCode", m.procedureCode, { listName: "procurement-procedure-type" });
  if (m.info.subtype === "16") leaf(process.ele("cac:ProcessJustification"), "cbc:ProcessReasonCode", "false", { listName: "accelerated-procedure" });

  procurementProject(root, m, { id: m.reference, name: m.title, description: m.description, nutsCode: m.buyer.nutsCode, lot: false });
  for (const lot of m.lots) lotElement(root, m, lot);

  return doc.end({ prettyPrint: true });
}
