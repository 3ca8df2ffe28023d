import { SUPPLIERS } from "@/prisma/seed/supplier-data";
import { fictitiousOrgnr } from "@/prisma/seed/suppliers";

import type { LookupResult, OrganisationLookup, RegisteredOrganisation } from "./types";

const FORMS = {
  AS: "Aksjeselskap",
  STI: "Stiftelse",
  FLI: "Forening/lag/innretning",
  KF: "Kommunalt foretak",
  ORGL: "Organisasjonsledd",
  SA: "Samvirkeforetak",
} as const;
type FormCode = keyof typeof FORMS;

const organisation = (orgnr: string, name: string, form: FormCode, street: string, postalCode: string, postalPlace: string, municipalityNumber: string, deletedOn: string | null = null): RegisteredOrganisation => ({
  orgnr, name, organisationForm: { code: form, description: FORMS[form] }, address: { street, postalCode, postalPlace, municipalityNumber }, deletedOn,
});

const formOf = (name: string): FormCode => (name.startsWith("Stiftelsen") ? "STI" : name.endsWith(" KF") ? "KF" : name.endsWith(" AS") ? "AS" : "FLI");

/**
 * Organisations the demo and the tests may register: fictitious, with orgnrs starting with 3 (never a real entity),
 * plus one deleted in the register. The e2e registration uses the first.
 */
export const FIXTURE_NEW_ORGANISATIONS: readonly RegisteredOrganisation[] = [
  organisation(fictitiousOrgnr("Nye Spor Oppfølging AS"), "NYE SPOR OPPFØLGING AS", "AS", "Storgata 12", "0155", "OSLO", "0301"),
  organisation(fictitiousOrgnr("Stiftelsen Lyskilden"), "STIFTELSEN LYSKILDEN", "STI", "Kirkegata 3", "5003", "BERGEN", "4601"),
  organisation(fictitiousOrgnr("Fjordbyen Arbeidsinkludering KF"), "FJORDBYEN ARBEIDSINKLUDERING KF", "KF", "Fjordveien 1", "6800", "FØRDE", "4647"),
];
export const FIXTURE_DELETED_ORGANISATION: RegisteredOrganisation = organisation(
  fictitiousOrgnr("Nedlagt Tiltak AS"), "NEDLAGT TILTAK AS", "AS", "Sluttveien 9", "3015", "DRAMMEN", "3301", "2024-06-30",
);

/** Three real, long-lived entities (the test vectors in shared/domain.md §8), as the register prints them. */
const KNOWN_REAL: readonly RegisteredOrganisation[] = [
  organisation("889640782", "ARBEIDS- OG VELFERDSETATEN", "ORGL", "Økernveien 94", "0579", "OSLO", "0301"),
  organisation("912868222", "SAMFUNNSBEDRIFTENE", "FLI", "Essendrops gate 3", "0368", "OSLO", "0301"),
  organisation("974760673", "REGISTERENHETEN I BRØNNØYSUND", "ORGL", "Havnegata 48", "8900", "BRØNNØYSUND", "1813"),
];

let table: Map<string, RegisteredOrganisation> | undefined;
function fixtureTable(): Map<string, RegisteredOrganisation> {
  table ??= new Map(
    [
      ...SUPPLIERS.map((s) => organisation(fictitiousOrgnr(s.name), s.name.toUpperCase(), formOf(s.name), "Demogata 1", "0150", "OSLO", s.owner ?? "0301")),
      ...KNOWN_REAL,
      ...FIXTURE_NEW_ORGANISATIONS,
      FIXTURE_DELETED_ORGANISATION,
    ].map((entry) => [entry.orgnr, entry]),
  );
  return table;
}

/** The local stand-in for Enhetsregisteret (demo and tests): the seeded suppliers, a few known entities, the ones above. */
export const fixtureLookup: OrganisationLookup = async (orgnr) => {
  const found = fixtureTable().get(orgnr);
  if (!found) return { status: "not_found" } satisfies LookupResult;
  return found.deletedOn ? { status: "deleted", organisation: found } : { status: "found", organisation: found };
};
