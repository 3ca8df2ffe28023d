import type { TenderSpec } from "./types";

const OSLO_SOUTH = "Bydelene Søndre Nordstrand, Nordstrand og Østensjø";
const OSLO_INNER = "Bydelene Gamle Oslo, Grünerløkka og Sagene";

/** One competition in every TenderStatus, in Nav Oslo and Nav Vestland, where the demo officers work. */
export const TENDERS: TenderSpec[] = [
  {
    reference: "2026/0141", title: "Oppfølging for unge under 30 i Oslo", measure: "OPPFOLGING", region: "0300", status: "DRAFT",
    description: "Individuell oppfølging for unge arbeidssøkere med behov for tett støtte til å komme i og beholde jobb.",
    announcedDay: 20, unitPriceNok: 19_800, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [{ title: OSLO_SOUTH, places: 40, bidders: [] }, { title: OSLO_INNER, places: 35, bidders: [] }],
  },
  {
    reference: "2026/0138", title: "Avklaring i Vestland 2027–2029", measure: "AVKLARING", region: "1200", status: "READY",
    description: "Avklaring av arbeidsevne og muligheter på arbeidsmarkedet, med kartlegging i reelle arbeidssituasjoner.",
    announcedDay: 10, unitPriceNok: 23_500, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [{ title: "Bergen", municipality: "4601", places: 30, bidders: [] }, { title: "Sunnfjord", municipality: "4647", places: 10, bidders: [] }],
  },
  {
    reference: "2026/0121", title: "Arbeidsrettet rehabilitering i Oslo 2027–2028", measure: "ARBEIDSRETTET_REHABILITERING", region: "0300",
    status: "ANNOUNCED", description: "Tverrfaglig rehabilitering for deltakere med sammensatte helseplager, rettet mot arbeid.",
    announcedDay: -12, unitPriceNok: 27_900, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 70,
    lots: [{ title: "Hele Oslo", municipality: "0301", places: 45, bidders: ["arbeidsglede.no", "mestringslopet.no", "jobbveien.no"] }],
  },
  {
    reference: "2026/0133", title: "Truckførerkurs T1–T4 (enkeltplasser)", measure: "ENKELTPLASS_ARBEIDSMARKEDSOPPLAERING", region: "0300",
    status: "ANNOUNCED", description: "Kjøp av enkeltplasser på sertifiserte truckførerkurs for arbeidssøkere, løpende oppstart.",
    announcedDay: -5, unitPriceNok: 14_500, contractMonths: 12, optionModel: "2+1", qualityWeight: 50,
    lots: [{ title: "Oslo", municipality: "0301", places: 4, bidders: ["trinnvis.no", "yrkesporten.no"] }],
  },
  {
    reference: "2026/0127", title: "Oppfølging i Bergen – reservert for arbeidsinkluderingsbedrifter", measure: "OPPFOLGING", region: "1200",
    status: "ANNOUNCED", reservation: "WORK_INCLUSION", reservationBasis: "Anskaffelsesforskriften § 30-3 (reserverte kontrakter)",
    description: "Oppfølging i og mot ordinært arbeid, reservert for virksomheter der minst 30 % av de ansatte er vanskeligstilte.",
    announcedDay: -20, unitPriceNok: 18_900, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 70,
    lots: [{ title: "Bergen", municipality: "4601", places: 20, bidders: ["bergeninkludering.no"] }],
  },
  {
    reference: "2026/0117", title: "Jobbklubb i Bergen og Øygarden", measure: "JOBBKLUBB", region: "1200", status: "OPENED",
    description: "Jobbklubb med veiledning i jobbsøking, CV og intervjutrening, og kontakt med lokale arbeidsgivere.",
    announcedDay: -37, unitPriceNok: 15_200, contractMonths: 24, optionModel: "2+1", qualityWeight: 50,
    lots: [
      { title: "Bergen", municipality: "4601", places: 12, bidders: ["jobbfokusvest.no", "bergeninkludering.no", "arbeidsbro.no", "yrkesporten.no"] },
      { title: "Øygarden", municipality: "4626", places: 6, bidders: ["bergeninkludering.no", "jobbfokusvest.no"] },
    ],
  },
  {
    reference: "2026/0112", title: "Avklaring i Oslo 2027–2029", measure: "AVKLARING", region: "0300", status: "QUALIFICATION",
    description: "Avklaring for arbeidssøkere der Nav trenger mer kunnskap om arbeidsevne og tilretteleggingsbehov.",
    announcedDay: -45, unitPriceNok: 24_100, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [{ title: "Hele Oslo", municipality: "0301", places: 60, bidders: ["veiviserkompetanse.no", "jobbveien.no", "innsiktkarriere.no", "nyttsteg.no"] }],
  },
  {
    reference: "2026/0104", title: "Oppfølging i Sunnfjord og Sogndal", measure: "OPPFOLGING", region: "1200", status: "EVALUATION",
    description: "Oppfølging med arbeidsgiverkontakt i distriktene; tilbyder må ha kontor innen rimelig reiseavstand.",
    announcedDay: -50, unitPriceNok: 20_400, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [
      { title: "Sunnfjord", municipality: "4647", places: 14, bidders: ["inkluderingvest.no", "jobbfokusvest.no", "arbeidsbro.no"] },
      { title: "Sogndal", municipality: "4640", places: 8, bidders: ["jobbfokusvest.no", "inkluderingvest.no"] },
    ],
  },
  {
    reference: "2026/0098", title: "Digitalt oppfølgingstiltak for Nav Oslo", measure: "DIGITALT_OPPFOLGINGSTILTAK", region: "0300",
    status: "NEGOTIATION", procedure: "NEGOTIATED_WITH_NOTICE",
    description: "Digital oppfølging med ukentlige videomøter og en læringsplattform; konkurranse med forhandling.",
    announcedDay: -55, unitPriceNok: 12_800, contractMonths: 24, optionModel: "2+1", qualityWeight: 60,
    lots: [{ title: "Hele Oslo", municipality: "0301", places: 80, bidders: ["nordic-employability.no", "karrierepartner-ost.no", "innsiktkarriere.no"] }],
  },
  {
    reference: "2026/0086", title: "Arbeidsrettet rehabilitering – reservert konkurranse", measure: "ARBEIDSRETTET_REHABILITERING",
    region: "1200", status: "AWARD_PROPOSED", reservation: "WORK_INCLUSION",
    description: "Reservert for arbeids- og inkluderingsbedrifter der minst 30 % av de ansatte er vanskeligstilte.",
    announcedDay: -60, unitPriceNok: 26_700, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 70,
    lots: [
      { title: "Bergen", municipality: "4601", places: 20, bidders: ["bergeninkludering.no", "vossarbeidssenter.no"] },
      { title: "Voss", municipality: "4621", places: 8, bidders: ["vossarbeidssenter.no", "bergeninkludering.no"] },
    ],
  },
  {
    reference: "2026/0079", title: "Jobbklubb Oslo øst", measure: "JOBBKLUBB", region: "0300", status: "AWARD_DECIDED",
    description: "Jobbklubb for arbeidssøkere i bydelene Alna, Grorud og Stovner, med kurs på norsk og engelsk.",
    announcedDay: -62, unitPriceNok: 14_900, contractMonths: 24, optionModel: "2+1", qualityWeight: 50,
    lots: [{ title: "Bydelene Alna, Grorud og Stovner", municipality: "0301", places: 25, bidders: ["jobbveien.no", "andresjanse.no", "arbeidsbro.no"] }],
  },
  {
    reference: "2026/0071", title: "AMO-kurs: Norsk med arbeidspraksis i Bergen", measure: "GRUPPE_ARBEIDSMARKEDSOPPLAERING", region: "1200",
    status: "STANDSTILL", description: "Gruppekurs i norsk for arbeidslivet kombinert med praksisplass hos arbeidsgiver.",
    announcedDay: -64, unitPriceNok: 16_300, contractMonths: 12, optionModel: "2+1", qualityWeight: 60,
    lots: [{ title: "Bergen", municipality: "4601", places: 36, bidders: ["ios-vest.no", "yrkesporten.no", "trinnvis.no"] }],
  },
  {
    reference: "2026/0058", title: "Oppfølging – reservert for ideelle aktører", measure: "OPPFOLGING", region: "0300",
    status: "CONTRACT_SIGNED", reservation: "IDEAL",
    description: "Oppfølging for personer med rusmiddelproblemer, reservert for ideelle organisasjoner.",
    announcedDay: -80, unitPriceNok: 21_200, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 70,
    lots: [{ title: "Hele Oslo", municipality: "0301", places: 30, bidders: ["arbeidsglede.no", "nyemuligheter.no", "nykurs.no"] }],
  },
  {
    reference: "2026/0034", title: "Avklaring i Sunnhordland", measure: "AVKLARING", region: "1200", status: "AWARD_NOTICE_PUBLISHED",
    description: "Avklaring med oppmøtested på Stord; deltakere fra hele Sunnhordland.",
    announcedDay: -110, unitPriceNok: 23_000, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [{ title: "Stord", municipality: "4614", places: 12, bidders: ["jobbfokusvest.no", "arbeidsbro.no"] }],
  },
  {
    reference: "2025/0052", title: "Avklaring i Oslo 2025–2026", measure: "AVKLARING", region: "0300", status: "ACTIVE",
    description: "Avklaring med fire ukers standard varighet og mulighet for forlengelse.",
    announcedDay: -400, unitPriceNok: 22_400, contractMonths: 24, optionModel: "2+1+1", qualityWeight: 60,
    lots: [
      { title: OSLO_SOUTH, places: 30, bidders: ["jobbveien.no", "veiviserkompetanse.no", "osloarbeidssenter.no"] },
      { title: OSLO_INNER, places: 30, bidders: ["osloarbeidssenter.no", "jobbveien.no", "mestringslopet.no"] },
    ],
  },
  {
    reference: "2023/0019", title: "Oppfølging i Bergen 2023–2024", measure: "OPPFOLGING", region: "1200", status: "EXPIRED",
    description: "Oppfølging for arbeidssøkere med nedsatt arbeidsevne; opsjonene ble ikke utløst.",
    announcedDay: -1200, unitPriceNok: 18_900, contractMonths: 24, optionModel: "2+1", qualityWeight: 60,
    lots: [{ title: "Bergen", municipality: "4601", places: 40, bidders: ["bergeninkludering.no", "jobbfokusvest.no", "inkluderingvest.no"] }],
  },
  {
    reference: "2024/0027", title: "Fagopplæring i helsefag (gruppe)", measure: "GRUPPE_FAG_OG_YRKESOPPLAERING", region: "0300",
    status: "TERMINATED", description: "Gruppeopplæring fram mot fagbrev som helsefagarbeider; avtalen ble sagt opp etter vesentlig mislighold.",
    announcedDay: -600, unitPriceNok: 17_600, contractMonths: 24, optionModel: "2+1", qualityWeight: 60,
    lots: [{ title: "Hele Oslo", municipality: "0301", places: 24, bidders: ["kompetansehuset-agder.no", "trinnvis.no"] }],
  },
  {
    reference: "2026/0090", title: "Jobbklubb på Voss", measure: "JOBBKLUBB", region: "1200", status: "CANCELLED",
    description: "Jobbklubb for arbeidssøkere i Voss og omegn.",
    cancelReason: "Avlyst av saklig grunn: behovet faller bort fordi Nav Voss selv skal drive jobbklubb fra 2027.",
    announcedDay: -30, unitPriceNok: 14_000, contractMonths: 24, optionModel: "2+1", qualityWeight: 50,
    lots: [{ title: "Voss", municipality: "4621", places: 8, bidders: [] }],
  },
];
