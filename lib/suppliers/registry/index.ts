import { env } from "@/lib/env";

import { brregClient } from "./brreg-client";
import { fixtureLookup } from "./fixture";
import type { LookupResult, OrganisationLookup } from "./types";

export type { LookupResult, OrganisationLookup, RegisteredOrganisation } from "./types";
export { brregClient } from "./brreg-client";
export { FIXTURE_DELETED_ORGANISATION, FIXTURE_NEW_ORGANISATIONS } from "./fixture";

let override: OrganisationLookup | undefined;

/** Tests replace the look-up (e.g. with a client for a local server); `undefined` restores the configured one. */
export function setOrganisationLookup(lookup: OrganisationLookup | undefined): void {
  override = lookup;
}

/**
 * The one interface to Enhetsregisteret. With ENHETSREGISTERET_URL set, the real client asks that API (with
 * ENHETSREGISTERET_TIMEOUT_MS); without it (the demo, the tests) the local fixture answers.
 */
export function lookupOrganisation(orgnr: string): Promise<LookupResult> {
  if (override) return override(orgnr);
  const { ENHETSREGISTERET_URL: baseUrl, ENHETSREGISTERET_TIMEOUT_MS: timeoutMs } = env();
  return baseUrl ? brregClient({ baseUrl, timeoutMs })(orgnr) : fixtureLookup(orgnr);
}
