/**
 * The notifications a command may ask for, by template key, with the parameters each template needs.
 * The sender (the notifications issue) renders them in the recipient's locale; nothing here is UI text.
 */
export const NOTIFICATION_TEMPLATES = {
  /** A link to set a new password. `path` is relative: the sender prefixes the configured public URL. */
  passwordReset: "user.password-reset",
  /** To the drafter: the draft was approved for announcement, or sent back with a comment. */
  draftApproved: "tender.draft-approved",
  draftReturned: "tender.draft-returned",
  /** To every organisation that bid or drafted a bid: the competition was cancelled (a legally required message). */
  tenderCancelled: "tender.cancelled",
  /** To the competition's officers: a supplier asked a question (no text, no asker: a link to the officer page). */
  questionAsked: "tender.question-asked",
  /** To every follower (and the asking organisation): question and answer number `number` are published on the notice. */
  questionAnswered: "tender.question-answered",
  /** To every follower: a correction (rettelse) was published; `deadline` is the bid deadline now (ISO UTC). */
  tenderAmended: "tender.amended",
  /** To every organisation that registered interest in a market dialogue: the competition it led to is announced. */
  dialogueTenderAnnounced: "dialogue.tender-announced",
  /** To an invited e-mail address: a single-use link to join the supplier organisation (`path` holds the token). */
  supplierInvitation: "supplier.invitation",
  /** To the bidding organisation: its receipt (no bid content: number, time, lots, the canonical hash). */
  bidSubmitted: "bid.submitted",
  /** To the bidding organisation: its bid was withdrawn. */
  bidWithdrawn: "bid.withdrawn",
  /** To every organisation that bid: the bids were opened; the opening record is in the portal at `path`. */
  tenderOpened: "tender.opened",
  /** To the bidding organisation: its bid was rejected (avvist); `basis` is a lib/evaluation/qualification/grounds code. */
  bidRejected: "bid.rejected",
} as const;

export type TemplateKey = (typeof NOTIFICATION_TEMPLATES)[keyof typeof NOTIFICATION_TEMPLATES];

export interface TemplateParamsByKey {
  "user.password-reset": { path: string; expiresAt: string };
  "tender.draft-approved": { path: string; reference: string };
  "tender.draft-returned": { path: string; reference: string };
  "tender.cancelled": { path: string; reference: string; reason: string };
  "tender.question-asked": { path: string; reference: string };
  "tender.question-answered": { path: string; reference: string; number: number };
  "tender.amended": { path: string; reference: string; number: number; reason: string; deadline: string };
  "dialogue.tender-announced": { path: string; reference: string; dialogueReference: string; dialogueTitle: string };
  "supplier.invitation": { path: string; expiresAt: string; supplierName: string };
  "bid.submitted": { path: string; reference: string; number: number; submittedAt: string; contentHash: string; lots: string };
  "bid.withdrawn": { path: string; reference: string; withdrawnAt: string };
  "tender.opened": { path: string; reference: string; openedAt: string };
  "bid.rejected": { path: string; reference: string; basis: string; reason: string };
}

export type TemplateParams<K extends TemplateKey> = TemplateParamsByKey[K];

/** A user, a supplier organisation (everyone who acts for it), or an address without an account yet (an invitation). */
export type NotificationRecipient = { userId: string } | { supplierId: string } | { email: string };

/** One notification in a command's outcome; runCommand writes it to the outbox in the command's transaction. */
export type NotifyRecord = {
  [K in TemplateKey]: { to: NotificationRecipient; template: K; params: TemplateParams<K> };
}[TemplateKey];
