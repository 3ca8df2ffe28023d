/** What Enhetsregisteret (Brønnøysundregistrene) says about a hovedenhet, in the app's own shape. */
export interface RegisteredOrganisation {
  orgnr: string;
  name: string;
  /** Organisasjonsform: the code (AS, STI, KF, …) and its description. */
  organisationForm: { code: string; description: string } | null;
  /** Forretningsadresse: street lines joined, postnummer, poststed, kommunenummer. */
  address: { street: string; postalCode: string; postalPlace: string; municipalityNumber: string | null } | null;
  /** Slettedato (yyyy-mm-dd) when the entity is deleted in the register. */
  deletedOn: string | null;
}

/**
 * The answer of a look-up. `unavailable` (5xx, timeout, network or a body we cannot read) is not a verdict: the
 * registration goes on without prefilling, with a warning.
 */
export type LookupResult =
  | { status: "found"; organisation: RegisteredOrganisation }
  | { status: "deleted"; organisation: RegisteredOrganisation }
  | { status: "not_found" }
  | { status: "unavailable"; reason: "timeout" | "error" };

export type OrganisationLookup = (orgnr: string) => Promise<LookupResult>;
