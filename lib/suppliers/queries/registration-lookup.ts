import { z } from "zod";

import { fieldErrorsOf } from "@/lib/errors/zod";
import { definePublicQuery, noInput } from "@/lib/query";
import { text } from "@/lib/schemas";

import { lookupOrganisation, type LookupResult } from "../registry";
import { ZOrgnr } from "../schemas";

export type RegistrationLookup =
  | { state: "empty" }
  | { state: "invalid"; orgnr: string; messageKey: string }
  | { state: "registered"; orgnr: string }
  | ({ orgnr: string; state: "looked_up" } & { result: LookupResult });

/**
 * The registration form's "Hent fra Enhetsregisteret" step (?orgnr=): the orgnr's own message when it is not valid,
 * "already registered" (ask its administrator for an invitation — nothing more is said about it), or what the
 * register answered. Public: the registration page is for people without an account; it tells nothing the register
 * itself does not, except that the organisation is registered here, which the registration would say anyway.
 */
export const lookupForRegistration = definePublicQuery({
  name: "suppliers.lookupForRegistration",
  input: z.object({ orgnr: text().max(40).optional().catch("") }).catch({ orgnr: "" }),
  load: async ({ db, input }): Promise<RegistrationLookup> => {
    const raw = (input.orgnr ?? "").trim();
    if (!raw) return { state: "empty" };
    const parsed = ZOrgnr.safeParse(raw);
    if (!parsed.success) return { state: "invalid", orgnr: raw, messageKey: Object.values(fieldErrorsOf(parsed.error)).flat()[0] ?? "suppliers.errors.orgnrFormat" };
    const orgnr = parsed.data;
    if (await db.supplier.findUnique({ where: { orgnr }, select: { id: true } })) return { state: "registered", orgnr };
    return { state: "looked_up", orgnr, result: await lookupOrganisation(orgnr) };
  },
});

/** The municipalities an organisation may be owned by (kommunenummer and name). Public: the same list as everywhere. */
export const listMunicipalitiesForRegistration = definePublicQuery({
  name: "suppliers.listMunicipalities",
  input: noInput,
  load: ({ db }) => db.municipality.findMany({ orderBy: { name: "asc" }, select: { number: true, name: true } }),
});
