/**
 * OCDS publication settings, in one place. The ocid prefix is the publisher's registered prefix (a "ocds-" + six
 * characters one from the Open Contracting Partnership); every ocid is `<prefix>-<process id>`, where the process is
 * the market dialogue a competition came from, or the competition itself.
 */
export const OCID_PREFIX = "ocds-t1ltak";

export const OCDS_VERSION = "1.1";

/** The official extensions every package declares (vendor/ocds-1.1.5/extensions/<name> holds each one's schema). */
export const OCDS_EXTENSIONS = [
  { name: "lots", url: "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json" },
  { name: "bid", url: "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json" },
  { name: "awardCriteria", url: "https://raw.githubusercontent.com/open-contracting-extensions/ocds_awardCriteria_extension/master/extension.json" },
  { name: "otherRequirements", url: "https://raw.githubusercontent.com/open-contracting-extensions/ocds_otherRequirements_extension/master/extension.json" },
] as const;

/** Arbeids- og velferdsetaten: the legal entity behind every Nav fylke that buys, in Enhetsregisteret (NO-BRC). */
export const NAV_ORGNR = "889640782";
export const NAV_LEGAL_NAME = "Arbeids- og velferdsetaten";

export const OCDS_PUBLISHER = { name: "Arbeids- og velferdsetaten (Nav)", scheme: "NO-BRC", uid: NAV_ORGNR } as const;
/** Norsk lisens for offentlige data (NLOD) 2.0. */
export const OCDS_LICENSE = "https://data.norge.no/nlod/no/2.0";

export const ocidFor = (processId: string) => `${OCID_PREFIX}-${processId}`;

/** The process id in an ocid with our prefix, or null for any other ocid. */
export function processIdOf(ocid: string): string | null {
  const prefix = `${OCID_PREFIX}-`;
  if (!ocid.startsWith(prefix)) return null;
  const id = ocid.slice(prefix.length);
  return /^[a-z0-9_-]{1,64}$/i.test(id) ? id : null;
}
