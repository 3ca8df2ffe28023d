import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";

import { contractNoticeJson, contractNoticeXml, type NoticeJson, type NoticeTender } from "@/lib/notices";

import { partIJobbklubb, partIiiOppfolging, partIvAvklaring, reservedResultsBasedMunicipalities } from "../helpers/notice-fixtures";
import { all, attr, parseXml, text, texts, type XmlNode } from "../helpers/xml-read";

const EXT = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension";

function notice(tender: NoticeTender): XmlNode {
  const [root] = all(parseXml(contractNoticeXml(tender)), "ContractNotice");
  if (!root) throw new Error("no ContractNotice root");
  return root;
}

function jsonValue(terms: NoticeJson["notice"], id: string): string | number | undefined {
  return terms.find((t) => t.id === id)?.value;
}

const CASES = [
  { name: "Part IV avklaring", tender: partIvAvklaring(), subtype: "20", noticeType: "cn-social", domain: "32014L0024", customization: "eforms-sdk-1.14#extended#urn:fdc:anskaffelser.no:2023:eforms:eu", procedure: "oth-single" },
  { name: "Part III oppfølging", tender: partIiiOppfolging(), subtype: "16", noticeType: "cn-standard", domain: "32014L0024", customization: "eforms-sdk-1.14#extended#urn:fdc:anskaffelser.no:2023:eforms:eu", procedure: "open" },
  { name: "Part I jobbklubb", tender: partIJobbklubb(), subtype: "E3", noticeType: "cn-standard", domain: "other", customization: "eforms-sdk-1.14#extended#urn:fdc:anskaffelser.no:2023:eforms:national", procedure: "open" },
];

describe.each(CASES)("$name: the business terms we always fill", ({ tender, subtype, noticeType, domain, customization, procedure }) => {
  const root = notice(tender);
  const lots = all(root, "cac:ProcurementProjectLot");

  it("CustomizationID (OPT-002), subtype (OPP-070), notice type (BT-02/03), legal basis (BT-01), identifiers", () => {
    expect(text(root, "cbc:CustomizationID")).toBe(customization);
    expect(text(root, `${EXT}/efac:NoticeSubType/cbc:SubTypeCode`, { listName: "notice-subtype" })).toBe(subtype);
    expect(text(root, "cbc:NoticeTypeCode", { listName: "competition" })).toBe(noticeType);
    expect(text(root, "cbc:RegulatoryDomain")).toBe(domain);
    expect(text(root, "cbc:ID", { schemeName: "notice-id" })).toBe(tender.notice.id);
    expect(text(root, "cbc:ContractFolderID")).toBe(tender.procedureId);
    expect(text(root, "cbc:VersionID")).toBe(String(tender.notice.version).padStart(2, "0"));
    expect(text(root, "cbc:UBLVersionID")).toBe("2.3");
  });

  it("the buyer: NAV with its orgnr, the region as the contracting unit, the contact e-mail (BT-500/501/16/506)", () => {
    const buyerId = text(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID");
    const company = all(root, `${EXT}/efac:Organizations/efac:Organization/efac:Company`).find((c) => text(c, "cac:PartyIdentification/cbc:ID") === buyerId)!;
    expect(company).toBeDefined();
    expect(text(company, "cac:PartyName/cbc:Name")).toBe("Arbeids- og velferdsetaten");
    expect(text(company, "cac:PartyLegalEntity/cbc:CompanyID")).toBe("889640782");
    expect(text(company, "cac:PostalAddress/cbc:Department")).toBe(tender.buyer.regionName);
    expect(text(company, "cac:PostalAddress/cbc:CityName")).toBe(tender.buyer.city);
    expect(text(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")).toBe("NOR");
    expect(text(company, "cac:Contact/cbc:ElectronicMail")).toBe(tender.buyer.contactEmail);
  });

  it("the procedure (BT-105) and the estimated value in exact NOK (BT-27)", () => {
    expect(text(root, "cac:TenderingProcess/cbc:ProcedureCode", { listName: "procurement-procedure-type" })).toBe(procedure);
    const amount = "cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount";
    expect(text(root, amount)).toBe(new Decimal(tender.estimatedValueOre.toString()).div(100).toFixed(2));
    expect(attr(root, amount, "currencyID")).toBe("NOK");
  });

  it("one lot per tender lot, in order (BT-137, BT-21), with the main CPV (BT-262)", () => {
    expect(lots.map((lot) => text(lot, "cbc:ID", { schemeName: "Lot" }))).toEqual(tender.lots.map((l) => `LOT-${String(l.number).padStart(4, "0")}`));
    expect(lots.map((lot) => text(lot, "cac:ProcurementProject/cbc:Name"))).toEqual(tender.lots.map((l) => l.title));
    for (const lot of lots) expect(text(lot, "cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode")).toMatch(/^\d{8}$/);
  });

  it("the bid deadline in Oslo time with its offset (BT-131)", () => {
    const oslo = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "medium" }).format(tender.deadline);
    for (const lot of lots) {
      const date = text(lot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate");
      const time = text(lot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime");
      expect(`${date.slice(0, 10)} ${time.slice(0, 8)}`).toBe(oslo);
      expect(date.slice(10)).toBe(time.slice(8));
      expect(new Date(`${date.slice(0, 10)}T${time}`).getTime()).toBe(tender.deadline.getTime());
    }
  });

  it("award criteria with type, name, description and weights in percent summing to 100 (BT-539/734/540/5421/541)", () => {
    for (const lot of lots) {
      const criteria = all(lot, "cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion");
      expect(criteria.length).toBeGreaterThan(0);
      const weights = criteria.map((c) => {
        expect(texts(c, `${EXT}/efac:AwardCriterionParameter/efbc:ParameterCode`, { listName: "number-weight" })).toEqual(["per-exa"]);
        expect(["price", "quality"]).toContain(text(c, "cbc:AwardingCriterionTypeCode", { listName: "award-criterion-type" }));
        expect(text(c, "cbc:Name")).not.toBe("");
        expect(text(c, "cbc:Description")).not.toBe("");
        return text(c, `${EXT}/efac:AwardCriterionParameter/efbc:ParameterNumeric`);
      });
      expect(weights.reduce((sum, w) => sum.plus(w), new Decimal(0)).toString()).toBe("100");
    }
  });

  it("reserved participation on every lot (BT-71)", () => {
    const expected = tender.lots.map((l) => ({ NONE: "none", WORK_INCLUSION: "res-ws", IDEAL: "res-pub-ser" })[l.reservation ?? tender.reservation]);
    expect(lots.map((lot) => text(lot, "cac:TenderingTerms/cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode", { listName: "reserved-procurement" }))).toEqual(expected);
  });

  it("the JSON view carries the same values as the XML", () => {
    const json = contractNoticeJson(tender);
    expect(json.subtype).toBe(subtype);
    expect(jsonValue(json.notice, "OPT-002-notice")).toBe(customization);
    expect(jsonValue(json.notice, "BT-701-notice")).toBe(tender.notice.id);
    expect(jsonValue(json.notice, "BT-05(a)-notice")).toBe(text(root, "cbc:IssueDate"));
    expect(jsonValue(json.buyer, "BT-501-Organization-Company")).toBe("889640782");
    expect(jsonValue(json.buyer, "BT-16-Organization-Company")).toBe(tender.buyer.regionName);
    expect(jsonValue(json.procedure, "BT-105-Procedure")).toBe(procedure);
    expect(jsonValue(json.procedure, "BT-21-Procedure")).toBe(text(root, "cac:ProcurementProject/cbc:Name"));
    expect(json.lots.map((l) => l.id)).toEqual(lots.map((lot) => text(lot, "cbc:ID")));
    json.lots.forEach((lot, i) => {
      const xmlLot = lots[i]!;
      expect(jsonValue(lot.terms, "BT-131(d)-Lot")).toBe(text(xmlLot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"));
      expect(jsonValue(lot.terms, "BT-131(t)-Lot")).toBe(text(xmlLot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime"));
      expect(jsonValue(lot.terms, "BT-71-Lot")).toBe(text(xmlLot, "cac:TenderingTerms/cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode", { listName: "reserved-procurement" }));
      expect(lot.awardCriteria.map((c) => jsonValue(c, "BT-541-Lot-WeightNumber"))).toEqual(texts(xmlLot, `cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion/${EXT}/efac:AwardCriterionParameter/efbc:ParameterNumeric`));
      for (const term of lot.terms) expect(term.label, term.id).not.toBe("");
    });
  });
});

describe("Part IV avklaring specifics", () => {
  const root = notice(partIvAvklaring());
  const lots = all(root, "cac:ProcurementProjectLot");

  it("lot 2 is reserved for ideelle (res-pub-ser) with the legal basis in the lot's additional information (BT-300)", () => {
    expect(texts(lots[1]!, "cac:ProcurementProject/cbc:Note")).toEqual(["Delkontrakten er reservert for ideelle organisasjoner (FOA § 30-3 og veiledning om reservasjon for ideelle)."]);
    expect(texts(lots[0]!, "cac:ProcurementProject/cbc:Note")).toEqual([]);
  });

  it("price 30 % and quality 70 % as four sub-criteria with their shares of the whole", () => {
    const criteria = all(lots[0]!, "cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion");
    expect(criteria.map((c) => [text(c, "cbc:AwardingCriterionTypeCode"), text(c, "cbc:Name"), text(c, `${EXT}/efac:AwardCriterionParameter/efbc:ParameterNumeric`)])).toEqual([
      ["quality", "Kvalitet: Metode", "30"],
      ["quality", "Kvalitet: Personalets kompetanse", "20"],
      ["quality", "Kvalitet: Samarbeid med arbeidsgivere", "10"],
      ["quality", "Kvalitet: Brukermedvirkning", "10"],
      ["price", "Pris", "30"],
    ]);
  });

  it("the issue date is in winter time and the deadline in summer time", () => {
    expect(text(root, "cbc:IssueDate")).toBe("2025-03-03+01:00");
    expect(text(root, "cbc:IssueTime")).toBe("10:15:00+01:00");
    expect(text(lots[0]!, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate")).toBe("2025-04-14+02:00");
    expect(text(lots[0]!, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndTime")).toBe("12:00:00+02:00");
    expect(text(lots[0]!, "cac:TenderingProcess/cac:AdditionalInformationRequestPeriod/cbc:EndTime")).toBe("12:00:00+02:00");
  });
});

describe("E3 (national) specifics", () => {
  it("names the Norwegian regulation as the legal basis (BT-01(c) as ELI, BT-01(d))", () => {
    const root = notice(partIJobbklubb());
    const basis = all(root, "cac:TenderingTerms/cac:ProcurementLegislationDocumentReference");
    expect(basis).toHaveLength(1);
    expect(attr(root, "cac:TenderingTerms/cac:ProcurementLegislationDocumentReference/cbc:ID", "schemeName")).toBe("ELI");
    expect(text(basis[0]!, "cbc:DocumentDescription")).toBe("Anskaffelsesforskriften del I");
    expect(texts(notice(partIvAvklaring()), "cac:TenderingTerms/cac:ProcurementLegislationDocumentReference/cbc:ID")).toEqual([]);
  });
});

describe("municipality lots, lot reservations and a results-based price (issue 9 points 3–5)", () => {
  const xml = contractNoticeXml(reservedResultsBasedMunicipalities());
  const json = contractNoticeJson(reservedResultsBasedMunicipalities());
  const lotTerm = (lot: number, id: string) => json.lots[lot]!.terms.filter((term) => term.id === id).map((term) => term.value);

  it("puts one place of performance per municipality in the lot (BT-5131), and describes a whole-region lot (BT-728)", () => {
    expect(lotTerm(0, "BT-5131-Lot")).toEqual(["Bergen", "Øygarden"]);
    expect(lotTerm(1, "BT-5131-Lot")).toEqual(["Voss"]);
    expect(lotTerm(2, "BT-728-Lot")).toEqual(["Hele Nav Vestland"]);
    expect(xml.match(/<cbc:CityName>(Bergen|Øygarden|Voss)<\/cbc:CityName>/g)).toHaveLength(5); // the buyer and KOFA in Bergen + three places
  });

  it("carries each lot's own reservation (BT-71) with its legal basis in plain words (BT-300)", () => {
    expect([0, 1, 2].map((lot) => lotTerm(lot, "BT-71-Lot")[0])).toEqual(["res-ws", "res-pub-ser", "none"]);
    expect(lotTerm(0, "BT-300-Lot")).toEqual(["Delkontrakten er reservert for virksomheter med arbeidsinkludering som hovedformål (Anskaffelsesforskriften § 30-3)."]);
    expect(lotTerm(1, "BT-300-Lot")).toEqual(["Delkontrakten er reservert for ideelle organisasjoner (FOA kapittel 30, reservasjon for ideelle)."]);
  });

  it("states the results-based split and the expected outcome rate in the financial terms (BT-77) of every lot", () => {
    const terms = "Resultatbasert betaling: fast del 20 %, Jobb 40 %, Varig jobb (minst 50 % stilling) 40 %; forventet resultatoppnåelse 35 % brukes for evaluert pris.";
    expect([0, 1, 2].map((lot) => lotTerm(lot, "BT-77-Lot")[0])).toEqual([terms, terms, terms]);
    expect(xml).toContain(`<cac:PaymentTerms>\n        <cbc:Note languageID="NOR">${terms}</cbc:Note>`);
  });

  it("refuses a split that does not sum to 100 rather than export it", () => {
    expect(() => contractNoticeXml(reservedResultsBasedMunicipalities({ resultsBased: { fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }], expectedOutcomeRatePercent: "35" } }))).toThrow(/sum to 100/);
  });
});
