import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { XMLValidationResult } from "xmllint-wasm";
import { beforeAll, describe, expect, it } from "vitest";

import { E1_CUSTOMIZATION_ID, NoticeInputError, priorInformationNoticeJson, priorInformationNoticeXml, type NoticeDialogue } from "@/lib/notices";

import { EFORMS_SDK_DIR, validatePriorInformationNotices } from "../helpers/eforms-xsd";
import { attr, parseXml, text, texts } from "../helpers/xml-read";

const dialogue = (overrides: Partial<NoticeDialogue> = {}): NoticeDialogue => ({
  notice: { id: "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b", version: 1, issuedAt: new Date("2026-03-02T09:00:00Z") },
  reference: "MD-2026/0001",
  title: "Oppfølging for unge i Groruddalen",
  description: "Nav Oslo planlegger å anskaffe oppfølging & veiledning <for unge> og vil høre fra markedet.",
  measureType: { code: "OPPFOLGING", nameNb: "Oppfølging" },
  // 14 April 2026 12:00 Oslo (CEST, +02:00)
  responseDeadline: new Date("2026-04-14T10:00:00Z"),
  meeting: { at: new Date("2026-03-20T12:30:00Z"), place: "https://teams.example.com/meet/123" },
  plannedAnnouncement: "2026-06-01",
  documentsUrl: "https://tiltaksanbud.example/markedsdialoger/abc",
  responseUrl: "https://tiltaksanbud.example/portal/markedsdialoger/abc",
  buyer: { organisationName: "Arbeids- og velferdsetaten", organisationNumber: "889640782", regionName: "Nav Oslo", city: "Oslo", nutsCode: "NO081", contactEmail: "anskaffelser@nav.no", websiteUrl: "https://tiltaksanbud.example" },
  ...overrides,
});

const NOTICES: Record<string, NoticeDialogue> = {
  full: dialogue(),
  minimal: dialogue({ meeting: null, plannedAnnouncement: null, buyer: { ...dialogue().buyer, nutsCode: undefined, websiteUrl: undefined } }),
  "english-winter": dialogue({ notice: { id: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", version: 2, issuedAt: new Date("2026-11-30T23:30:00Z"), language: "ENG" }, responseDeadline: new Date("2026-12-14T11:00:00Z") }),
  "unknown-measure": dialogue({ measureType: { code: "NY_TILTAKSTYPE", nameNb: "Ny" }, description: "" }),
};
const docs = Object.entries(NOTICES).map(([name, d]) => ({ fileName: `${name}.xml`, xml: priorInformationNoticeXml(d) }));

describe("E1 notices validate against UBL-PriorInformationNotice-2.3.xsd (SDK 1.14.2)", () => {
  let result: XMLValidationResult;
  beforeAll(async () => {
    result = await validatePriorInformationNotices(docs);
  });

  it.each(docs.map((d) => d.fileName))("%s", (fileName) => {
    expect(result.errors.filter((e) => e.loc?.fileName === fileName || !e.loc).map((e) => e.rawMessage)).toEqual([]);
    expect(result.rawOutput).toContain(`${fileName} validates`);
  });

  it("the validator accepts the SDK's E1 example and rejects a broken notice", async () => {
    const example = readFileSync(join(EFORMS_SDK_DIR, "examples", "E1_minimal.xml"), "utf8");
    expect((await validatePriorInformationNotices([{ fileName: "E1_minimal.xml", xml: example }])).valid).toBe(true);
    const broken = docs[0]!.xml.replace("<cbc:UBLVersionID>2.3</cbc:UBLVersionID>", "").replace("<cbc:RegulatoryDomain>other</cbc:RegulatoryDomain>", "<cbc:Bogus>x</cbc:Bogus>");
    expect((await validatePriorInformationNotices([{ fileName: "broken.xml", xml: broken }])).valid).toBe(false);
  });
});

describe("the E1 business terms we always fill", () => {
  const root = parseXml(docs[0]!.xml).PriorInformationNotice![0] as ReturnType<typeof parseXml>;
  const ext = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension";
  const lot = "cac:ProcurementProjectLot";

  it("subtype E1, pre-market consultation, the Norwegian national CustomizationID", () => {
    expect(text(root, `${ext}/efac:NoticeSubType/cbc:SubTypeCode`)).toBe("E1");
    expect(text(root, "cbc:NoticeTypeCode")).toBe("pmc");
    expect(attr(root, "cbc:NoticeTypeCode", "listName")).toBe("consultation");
    expect(text(root, "cbc:CustomizationID")).toBe("eforms-sdk-1.14#extended#urn:fdc:anskaffelser.no:2023:eforms:national");
    expect(text(root, "cbc:RegulatoryDomain")).toBe("other");
    expect(text(root, "cbc:IssueDate")).toBe("2026-03-02+01:00");
    expect(text(root, "cbc:NoticeLanguageCode")).toBe("NOR");
  });

  it("the buyer: NAV's legal entity and orgnr with the region as the unit", () => {
    const company = `${ext}/efac:Organizations/efac:Organization/efac:Company`;
    expect(text(root, `${company}/cac:PartyName/cbc:Name`)).toBe("Arbeids- og velferdsetaten");
    expect(text(root, `${company}/cac:PartyLegalEntity/cbc:CompanyID`)).toBe("889640782");
    expect(text(root, `${company}/cac:PostalAddress/cbc:Department`)).toBe("Nav Oslo");
    expect(text(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID")).toBe("ORG-0001");
  });

  it("title, escaped description, CPV by measure, the answer deadline in Oslo time (BT-800), page and portal URLs", () => {
    expect(text(root, "cac:ProcurementProject/cbc:Name")).toBe("Oppfølging for unge i Groruddalen");
    expect(text(root, "cac:ProcurementProject/cbc:Description")).toContain("oppfølging & veiledning <for unge>");
    expect(docs[0]!.xml).toContain("&amp; veiledning &lt;for unge&gt;");
    expect(text(root, "cac:ProcurementProject/cac:MainCommodityClassification/cbc:ItemClassificationCode")).toBe("85312310");
    const period = `${lot}/cac:TenderingProcess/${ext}/efac:AnswerReceptionPeriod`;
    expect([text(root, `${period}/cbc:EndDate`), text(root, `${period}/cbc:EndTime`)]).toEqual(["2026-04-14+02:00", "12:00:00+02:00"]);
    expect(text(root, `${lot}/cac:TenderingTerms/cac:CallForTendersDocumentReference/cac:Attachment/cac:ExternalReference/cbc:URI`)).toBe("https://tiltaksanbud.example/markedsdialoger/abc");
    expect(text(root, `${lot}/cac:TenderingTerms/cac:TenderRecipientParty/cbc:EndpointID`)).toBe("https://tiltaksanbud.example/portal/markedsdialoger/abc");
  });

  it("the meeting (Oslo time, place or link) and the planned announcement as additional information", () => {
    expect(text(root, `${lot}/cac:ProcurementProject/cbc:Note`)).toContain("Dialogmøte 20.03.2026 kl. 13:30: https://teams.example.com/meet/123.");
    expect(text(root, "cac:ProcurementProject/cbc:Note")).toBe("Konkurransen planlegges kunngjort 01.06.2026.");
    const minimal = parseXml(docs[1]!.xml).PriorInformationNotice![0] as ReturnType<typeof parseXml>;
    expect(texts(minimal, "cac:ProcurementProject/cbc:Note")).toEqual([]);
    expect(text(minimal, `${lot}/cac:ProcurementProject/cbc:Note`)).not.toContain("Dialogmøte");
  });

  it("the JSON view carries the same values", () => {
    const json = priorInformationNoticeJson(NOTICES.full!);
    expect(json).toMatchObject({ subtype: "E1", noticeType: "pmc", customizationId: E1_CUSTOMIZATION_ID });
    const lotTerms = Object.fromEntries(json.lots[0]!.terms.map((t) => [t.id, t.value]));
    expect(lotTerms["BT-800(d)-Lot"]).toBe("2026-04-14+02:00");
    expect(lotTerms["BT-800(t)-Lot"]).toBe("12:00:00+02:00");
    expect(json.procedure.find((t) => t.id === "BT-21-Procedure")?.value).toBe(NOTICES.full!.title);
    expect(json.buyer.find((t) => t.id === "BT-501-Organization-Company")?.value).toBe("889640782");
  });

  it("refuses input it cannot make a notice from", () => {
    expect(() => priorInformationNoticeXml(dialogue({ notice: { id: "not-a-uuid", version: 1, issuedAt: new Date("2026-03-02T09:00:00Z") } }))).toThrow(NoticeInputError);
    expect(() => priorInformationNoticeXml(dialogue({ responseDeadline: new Date("nope") }))).toThrow(NoticeInputError);
    expect(() => priorInformationNoticeXml(dialogue({ buyer: { ...dialogue().buyer, organisationNumber: "123" } }))).toThrow(NoticeInputError);
  });
});
