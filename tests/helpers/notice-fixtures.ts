import { NAV_ORGANISATION, type NoticeCriterion, type NoticeTender } from "@/lib/notices";

/** Quality-first template for measures for people with complex needs: price 30 %, quality 70 % in four parts. */
export const QUALITY_FIRST: NoticeCriterion[] = [
  {
    kind: "QUALITY",
    name: "Kvalitet",
    description: "Kvaliteten på tjenesten",
    weight: "70",
    subCriteria: [
      { name: "Metode", description: "Metodikk for avklaring av arbeidsevne", weight: "30" },
      { name: "Personalets kompetanse", description: "Utdanning og erfaring hos de som skal gjennomføre tiltaket", weight: "20" },
      { name: "Samarbeid med arbeidsgivere", description: "Samarbeid med arbeidsgivere og det lokale arbeidsmarkedet", weight: "10" },
      { name: "Brukermedvirkning", description: "Hvordan deltakerne medvirker", weight: "10" },
    ],
  },
  { kind: "PRICE", name: "Pris", description: "Pris per månedsverk, proporsjonal modell", weight: "30", subCriteria: [] },
];

/** A Part IV (ch. 30) avklaring tender in Nav Oslo with two lots, the second reserved for ideelle organisasjoner. */
export function partIvAvklaring(overrides: Partial<NoticeTender> = {}): NoticeTender {
  return {
    notice: { id: "3f0c5d1e-8a42-4d6b-9a57-2b1f0e6c9d10", version: 1, issuedAt: new Date("2025-03-03T09:15:00Z") },
    procedureId: "b7d2a9c4-1e3f-4a5b-8c6d-7e8f9a0b1c2d",
    reference: "2025/0042",
    title: "Avklaring i Nav Oslo 2025–2029",
    description: "Nav Oslo kunngjør konkurranse om avklaring for personer med behov for arbeidsrettet bistand.",
    measureType: { code: "AVKLARING", nameNb: "Avklaring" },
    regime: "PART_IV",
    procedure: "LIGHT_REGIME",
    reservation: "NONE",
    reservationBasis: "FOA § 30-3 og veiledning om reservasjon for ideelle",
    estimatedValueOre: 2_400_000_000n,
    contractMonths: 24,
    optionModel: "2+1+1",
    questionDeadline: new Date("2025-04-04T10:00:00Z"),
    deadline: new Date("2025-04-14T10:00:00Z"),
    documentsUrl: "https://tiltaksanbud.example.no/anskaffelser/2025-0042",
    submissionUrl: "https://tiltaksanbud.example.no/anskaffelser/2025-0042/tilbud",
    buyer: {
      organisationName: NAV_ORGANISATION.name,
      organisationNumber: NAV_ORGANISATION.organisationNumber,
      regionName: "Nav Oslo",
      city: "Oslo",
      nutsCode: "NO081",
      contactEmail: "anskaffelser.oslo@nav.no",
    },
    lots: [
      { number: 1, title: "Delkontrakt 1: Oslo øst", places: 40, areaName: "Alna, Grorud, Stovner", nutsCode: "NO081" },
      { number: 2, title: "Delkontrakt 2: Oslo vest", places: 25, areaName: "Frogner, Ullern", volumeNote: "Løpende inntak", reservation: "IDEAL" },
    ],
    criteria: QUALITY_FIRST,
    ...overrides,
  };
}

/** Oppfølging in Nav Vestland under Part III (the officer chose the stricter regime), open procedure, one lot. */
export function partIiiOppfolging(overrides: Partial<NoticeTender> = {}): NoticeTender {
  const base = partIvAvklaring();
  return {
    ...base,
    notice: { id: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", version: 2, issuedAt: new Date("2025-10-27T08:00:00Z") },
    procedureId: "11111111-2222-4333-8444-555555555555",
    reference: "2025/0107",
    title: "Oppfølging i Nav Vestland",
    description: "Oppfølging av personer som trenger bistand for å komme i og beholde arbeid.",
    measureType: { code: "OPPFOLGING", nameNb: "Oppfølging" },
    regime: "PART_III",
    procedure: "OPEN",
    reservation: "NONE",
    reservationBasis: null,
    estimatedValueOre: 950_000_000_55n,
    contractMonths: 36,
    optionModel: "2+1+1+1",
    questionDeadline: null,
    deadline: new Date("2025-12-01T11:00:00Z"),
    documentsUrl: "https://tiltaksanbud.example.no/anskaffelser/2025-0107",
    submissionUrl: "https://tiltaksanbud.example.no/anskaffelser/2025-0107/tilbud",
    buyer: { ...base.buyer, regionName: "Nav Vestland", city: "Bergen", nutsCode: undefined, contactEmail: "anskaffelser.vestland@nav.no" },
    lots: [{ number: 1, title: "Bergen og omegn", places: 60 }],
    criteria: [
      { kind: "PRICE", name: "Pris", description: "Timepris for oppfølging", weight: "40", subCriteria: [] },
      { kind: "QUALITY", name: "Kvalitet", description: "Gjennomføring og kompetanse", weight: "60", subCriteria: [] },
    ],
    ...overrides,
  };
}

/** Jobbklubb in Nav Innlandet below the threshold (Part I, announced nationally: E3), reserved for work inclusion. */
export function partIJobbklubb(overrides: Partial<NoticeTender> = {}): NoticeTender {
  const base = partIvAvklaring();
  return {
    ...base,
    notice: { id: "9c8b7a65-4321-4fed-8cba-0987654321fe", version: 1, issuedAt: new Date("2026-01-05T07:30:00Z") },
    procedureId: "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee",
    reference: "2026/0003",
    // Text that must survive escaping: markup characters, quotes, Norwegian letters and control characters.
    title: "Jobbklubb <Hamar & Gjøvik> \"vår\" 'æøå'\u0007\u0000",
    description: "Kurs for jobbsøkere.\u000B Tegn som < > & \" ' skal escapes; ÆØÅ æøå.",
    measureType: { code: "JOBBKLUBB", nameNb: "Jobbklubb" },
    regime: "PART_I",
    procedure: "OPEN",
    reservation: "WORK_INCLUSION",
    reservationBasis: "FOA § 8-8",
    estimatedValueOre: 120_000_000n,
    contractMonths: 12,
    optionModel: "1+1",
    questionDeadline: new Date("2026-01-26T11:00:00Z"),
    deadline: new Date("2026-02-02T11:00:00Z"),
    documentsUrl: "https://tiltaksanbud.example.no/anskaffelser/2026-0003?vis=dokumenter&spr=nb",
    submissionUrl: "https://tiltaksanbud.example.no/anskaffelser/2026-0003/tilbud",
    buyer: { ...base.buyer, regionName: "Nav Innlandet", city: "Hamar", nutsCode: "NO020", contactEmail: "innlandet@nav.no" },
    lots: [{ number: 1, title: "Hamar & Gjøvik", places: 12 }],
    criteria: [
      { kind: "QUALITY", name: "Kvalitet", description: "", weight: "50.5", subCriteria: [] },
      { kind: "PRICE", name: "Pris", description: "Pris per kurs", weight: "49.5", subCriteria: [] },
    ],
    ...overrides,
  };
}

/** Oppfølging in Nav Vestland under ch. 30: municipality lots, one reserved for work inclusion, one for ideelle, results-based (20/40/40). */
export function reservedResultsBasedMunicipalities(overrides: Partial<NoticeTender> = {}): NoticeTender {
  return partIvAvklaring({
    reference: "2026/0201",
    title: "Resultatbasert oppfølging i Nav Vestland",
    measureType: { code: "OPPFOLGING", nameNb: "Oppfølging" },
    procedure: "OPEN",
    reservation: "NONE",
    reservationBasis: null,
    buyer: { ...partIvAvklaring().buyer, regionName: "Nav Vestland", city: "Bergen", nutsCode: "NO0A1" },
    lots: [
      { number: 1, title: "Bergen og Øygarden", places: 30, areaName: "Bergen, Øygarden", municipalities: ["Bergen", "Øygarden"], reservation: "WORK_INCLUSION", reservationBasis: "Anskaffelsesforskriften § 30-3" },
      { number: 2, title: "Voss", places: 8, areaName: "Voss", municipalities: ["Voss"], reservation: "IDEAL", reservationBasis: "FOA kapittel 30, reservasjon for ideelle" },
      { number: 3, title: "Resten av Vestland", places: 12, areaName: "Hele Nav Vestland" },
    ],
    resultsBased: { fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }, { name: "Varig jobb (minst 50 % stilling)", percent: "40" }], expectedOutcomeRatePercent: "35" },
    ...overrides,
  });
}
