import { z } from "zod";

import type { LookupResult, OrganisationLookup, RegisteredOrganisation } from "./types";

/** The default base URL of the open API (no key needed). */
export const BRREG_API_URL = "https://data.brreg.no/enhetsregisteret/api";
export const DEFAULT_LOOKUP_TIMEOUT_MS = 3000;

// The documented fields we read from GET /enheter/{orgnr}; everything else is ignored.
const ZEnhet = z.object({
  organisasjonsnummer: z.string(),
  navn: z.string().optional(),
  organisasjonsform: z.object({ kode: z.string(), beskrivelse: z.string().optional() }).optional(),
  forretningsadresse: z
    .object({
      adresse: z.array(z.string()).optional(),
      postnummer: z.string().optional(),
      poststed: z.string().optional(),
      kommunenummer: z.string().optional(),
    })
    .optional(),
  slettedato: z.string().optional(),
});

function toOrganisation(enhet: z.infer<typeof ZEnhet>): RegisteredOrganisation {
  const address = enhet.forretningsadresse;
  return {
    orgnr: enhet.organisasjonsnummer,
    name: enhet.navn ?? "",
    organisationForm: enhet.organisasjonsform ? { code: enhet.organisasjonsform.kode, description: enhet.organisasjonsform.beskrivelse ?? "" } : null,
    address: address
      ? { street: (address.adresse ?? []).join(", "), postalCode: address.postnummer ?? "", postalPlace: address.poststed ?? "", municipalityNumber: address.kommunenummer ?? null }
      : null,
    deletedOn: enhet.slettedato ?? null,
  };
}

/**
 * The real client for `GET {baseUrl}/enheter/{orgnr}`. 200 with a body → found (deleted when it has a slettedato);
 * 410 Gone (an entity removed from the register, whose body carries the slettedato) → deleted; 404 → not found;
 * anything else, a body we cannot read, a network error or no answer within `timeoutMs` → unavailable. Never throws.
 */
export function brregClient({ baseUrl = BRREG_API_URL, timeoutMs = DEFAULT_LOOKUP_TIMEOUT_MS, fetchImpl = fetch }: { baseUrl?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {}): OrganisationLookup {
  const root = baseUrl.replace(/\/+$/, "");
  return async (orgnr) => {
    let response: Response;
    try {
      response = await fetchImpl(`${root}/enheter/${encodeURIComponent(orgnr)}`, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error",
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
      return { status: "unavailable", reason: timedOut ? "timeout" : "error" };
    }
    if (response.status === 404) return { status: "not_found" };
    if (response.status !== 200 && response.status !== 410) return { status: "unavailable", reason: "error" };
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      const timedOut = error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
      return { status: "unavailable", reason: timedOut ? "timeout" : "error" };
    }
    const parsed = ZEnhet.safeParse(body);
    if (!parsed.success) return { status: "unavailable", reason: "error" };
    const organisation = toOrganisation(parsed.data);
    if (response.status === 410 || organisation.deletedOn) return { status: "deleted", organisation: { ...organisation, deletedOn: organisation.deletedOn ?? "" } };
    return { status: "found", organisation } satisfies LookupResult;
  };
}
