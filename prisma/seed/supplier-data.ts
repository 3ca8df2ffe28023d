import type { SupplierKind } from "@/lib/generated/prisma/client";

export type SupplierSeed = {
  name: string;
  kind: SupplierKind;
  /** Used for the demo portal users' e-mail addresses (post@<domain>). */
  domain: string;
  /** Kommunenummer of the owning municipality (work-inclusion enterprises). */
  owner?: string;
  verified?: boolean;
};

/** Fictitious organisations modelled on the Norwegian supplier market for arbeidsmarkedstiltak. */
export const SUPPLIERS: SupplierSeed[] = [
  { name: "Jobbveien AS", kind: "COMMERCIAL", domain: "jobbveien.no" },
  { name: "Arbeidsbro Norge AS", kind: "COMMERCIAL", domain: "arbeidsbro.no" },
  { name: "Karrierepartner Øst AS", kind: "COMMERCIAL", domain: "karrierepartner-ost.no" },
  { name: "Veiviser Kompetanse AS", kind: "COMMERCIAL", domain: "veiviserkompetanse.no" },
  { name: "Nordlys Karriere AS", kind: "COMMERCIAL", domain: "nordlyskarriere.no" },
  { name: "Jobbfokus Vest AS", kind: "COMMERCIAL", domain: "jobbfokusvest.no" },
  { name: "Mestringsløpet AS", kind: "COMMERCIAL", domain: "mestringslopet.no" },
  { name: "Innsikt Karriere AS", kind: "COMMERCIAL", domain: "innsiktkarriere.no" },
  { name: "Nytt Steg Oppfølging AS", kind: "COMMERCIAL", domain: "nyttsteg.no" },
  { name: "Arbeidskraft Midt-Norge AS", kind: "COMMERCIAL", domain: "arbeidskraftmidt.no" },
  { name: "Yrkesporten AS", kind: "COMMERCIAL", domain: "yrkesporten.no" },
  { name: "Framtidsfokus Rogaland AS", kind: "COMMERCIAL", domain: "framtidsfokus.no" },
  { name: "Trinnvis Kurs og Kompetanse AS", kind: "COMMERCIAL", domain: "trinnvis.no" },
  { name: "Nordic Employability Services AS", kind: "COMMERCIAL", domain: "nordic-employability.no" },
  { name: "Kompetansehuset Agder AS", kind: "COMMERCIAL", domain: "kompetansehuset-agder.no" },
  { name: "Stiftelsen Arbeidsglede", kind: "IDEAL", domain: "arbeidsglede.no", verified: true },
  { name: "Stiftelsen Nye Muligheter", kind: "IDEAL", domain: "nyemuligheter.no", verified: true },
  { name: "Foreningen Inkludering Vest", kind: "IDEAL", domain: "inkluderingvest.no", verified: true },
  { name: "Stiftelsen Ny Kurs", kind: "IDEAL", domain: "nykurs.no" },
  { name: "Lysglimt Frivillighetssenter", kind: "IDEAL", domain: "lysglimt.no", verified: true },
  { name: "Stiftelsen Fjellvang Arbeidsfellesskap", kind: "IDEAL", domain: "fjellvang.no" },
  { name: "Oslo Arbeidssenter KF", kind: "WORK_INCLUSION_ENTERPRISE", domain: "osloarbeidssenter.no", owner: "0301", verified: true },
  { name: "Drammensregionen Vekst AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "drammenvekst.no", owner: "3301", verified: true },
  { name: "Bergen Arbeidsinkludering AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "bergeninkludering.no", owner: "4601", verified: true },
  { name: "Hamar Arbeid og Inkludering AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "hamarinkludering.no", owner: "3403", verified: true },
  { name: "Trondheim Arbeidstrening AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "trondheimarbeidstrening.no", owner: "5001", verified: true },
  { name: "Tromsø Inkluderingsbedrift AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "tromsoinkludering.no", owner: "5501" },
  { name: "Kristiansand Attføringssenter AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "krsattforing.no", owner: "4204", verified: true },
  { name: "Molde Arbeidsinkludering AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "moldeinkludering.no", owner: "1506" },
  { name: "Bodø Vekstbedrift AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "bodovekst.no", owner: "1804", verified: true },
  { name: "Stavanger Arbeidsinkludering AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "stavangerinkludering.no", owner: "1103", verified: true },
  { name: "Skien Arbeid og Kompetanse AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "skienarbeid.no", owner: "4003" },
  { name: "Fredrikstad Inkludering AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "fredrikstadinkludering.no", owner: "3107", verified: true },
  { name: "Voss Arbeidssenter AS", kind: "WORK_INCLUSION_ENTERPRISE", domain: "vossarbeidssenter.no", owner: "4621", verified: true },
  { name: "Andre Sjanse Kaffebrenneri AS", kind: "SOCIAL_ENTREPRENEUR", domain: "andresjanse.no" },
  { name: "Ny Start Sykkelverksted AS", kind: "SOCIAL_ENTREPRENEUR", domain: "nystartsykkel.no" },
  { name: "Grønn Omstart AS", kind: "SOCIAL_ENTREPRENEUR", domain: "gronnomstart.no" },
  { name: "Redesign Tekstil SA", kind: "SOCIAL_ENTREPRENEUR", domain: "redesigntekstil.no" },
  { name: "Interkommunalt Opplæringssenter Vest IKS", kind: "PUBLIC", domain: "ios-vest.no" },
  { name: "Voksenopplæringen Innlandet IKS", kind: "PUBLIC", domain: "vo-innlandet.no" },
  { name: "Karrieresenteret Trøndelag IKS", kind: "PUBLIC", domain: "karrieresenteret-trondelag.no" },
];
