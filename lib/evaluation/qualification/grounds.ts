/**
 * The legal grounds an officer picks when rejecting (avvise) a bid. FOA § 24-8 (Part III; § 9-5 / ch. 30 refer to the
 * same grounds) and the exclusion grounds of § 24-2. Names and references are UI text:
 * `opening.rejectionGrounds.<code>` in lib/i18n/messages/{nb,en}/opening.ts. The officer's free text is always required.
 */
export const REJECTION_GROUNDS = [
  "not-qualified", // § 24-8 (1) a: the supplier does not meet the qualification requirements
  "material-deviation", // § 24-8 (1) b: material deviations from the procurement documents
  "exclusion-mandatory", // § 24-2 (1)–(2): a mandatory exclusion ground applies
  "exclusion-optional", // § 24-2 (3): an optional exclusion ground applies
  "minor-deviation", // § 24-8 (2) a: deviations, omissions or ambiguities that make comparison doubtful
  "abnormally-low", // § 24-8 (2) b, § 24-9: an abnormally low bid
  "other", // another basis, stated in the reason
] as const;
export type RejectionGround = (typeof REJECTION_GROUNDS)[number];
