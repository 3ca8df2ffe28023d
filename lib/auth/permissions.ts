/**
 * Who may do what: the one permission table. Pure data + predicates (no db, no next); evaluated by
 * policy.ts. A grant applies when the actor holds one of its roles and `when` (if any) accepts the
 * actor's memberships *in those roles* and the resource. Anything not granted here is refused.
 */

export const ROLES = ["ADMIN", "OFFICER", "EVALUATOR", "MANAGER", "SUPPLIER_USER"] as const;
export type Role = (typeof ROLES)[number];

/** A stored role string the code knows (an unknown, future enum value grants nothing). */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * What each role's membership is scoped to, once for the user schemas, the role form and the policy: a region
 * ("required"; "optional" means none = the whole country), a supplier organisation, or nothing.
 */
export const ROLE_SCOPE: Readonly<Record<Role, { region: "required" | "optional" | "none"; supplier: boolean }>> = {
  ADMIN: { region: "none", supplier: false },
  OFFICER: { region: "required", supplier: false },
  EVALUATOR: { region: "required", supplier: false },
  MANAGER: { region: "optional", supplier: false },
  SUPPLIER_USER: { region: "none", supplier: true },
};

export interface ActorMembership {
  role: Role;
  /** Region scope; for MANAGER, null means national. */
  regionId: string | null;
  supplierId: string | null;
  /** SUPPLIER_USER: administers its organisation (colleagues, invitations, API tokens). */
  supplierAdmin?: boolean;
}

export interface Actor {
  userId: string;
  active: boolean;
  locale: "nb" | "en";
  memberships: readonly ActorMembership[];
  /** Set when the request came with an API token (lib/api-tokens): the audit records which token acted. */
  apiTokenId?: string;
}

/** The fields predicates read; always taken from stored rows, never from the request body. */
export interface ResourceScope {
  /** Tender/lot region; for history/analytics/audit, null asks for the national view. */
  regionId?: string | null;
  supplierId?: string | null;
  /** award.approve: the proposer, who may not approve (four eyes). */
  proposedById?: string | null;
  /** Set once the tender is published; suppliers read nothing before. */
  announcedAt?: Date | null;
  /** admin.users.update / reset_password: the user being changed. */
  userId?: string;
  /** tender.approve: who drafted the competition (never its approver) and who the region lets approve. */
  createdById?: string;
  draftApproval?: "MANAGER" | "SECOND_OFFICER";
  /**
   * evaluation.*: the ACTOR's own seat on the tender's panel, loaded from its PanelMember row by the command's or
   * query's load step (null = no seat on this tender). `declaredAt`: the conflict-of-interest declaration was signed;
   * `conflict`: it declared a tie, which excludes the member from this tender.
   */
  panelSeat?: PanelSeat | null;
  /** tender.confirm_opening: the officer who requested the opening (never its confirmer). */
  openingRequestedById?: string | null;
}

export interface PanelSeat {
  userId: string;
  chair: boolean;
  declaredAt: Date | null;
  conflict: boolean;
}

/** Any stored row (or summary) may be passed as the resource; `& object` lets rows without scope fields in. */
export type PolicyResource = ResourceScope & object;

export const ACTIONS = [
  "admin.users.read", "admin.users.create", "admin.users.update", "admin.users.reset_password",
  "admin.suppliers.read", "admin.suppliers.update", "admin.reference.read", "admin.reference.update",
  "tender.read", "tender.create", "tender.update", "tender.approve", "tender.announce", "tender.cancel",
  "tender.answer_question", "tender.open",
  "evaluation.score", "award.propose", "award.approve", "contract.sign",
  "bid.read_own", "bid.submit", "bid.withdraw", "question.ask", "supplier.read_own", "supplier.update_own", "supplier.admin",
  "history.read", "analytics.read", "audit.read",
  "tender.register_interest", "tender.withdraw_interest", "question.read_own",
  "tender.upload_document", "tender.amend",
  "dialogue.read", "dialogue.create", "dialogue.update", "dialogue.publish", "dialogue.convert", "dialogue.respond", "dialogue.read_own_response",
  "supplier.verify_eligibility",
  "bid.count_received",
  "award.read", "award.read_letter", "complaint.lodge", "complaint.decide", "injunction.register",
  "notification.read_own", "notification.update_preferences",
  "evaluation.appoint_panel", "evaluation.declare", "evaluation.consensus", "evaluation.read_result",
  "tender.confirm_opening", "bid.read_opened", "bid.qualify", "tender.read_opening_as_bidder", "tender.read_protocol",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface PredicateContext {
  actor: Actor;
  /** The actor's memberships whose role is in the grant's roles. */
  scopes: readonly ActorMembership[];
  resource: PolicyResource | undefined;
}
/**
 * A predicate's list form: the rows it accepts, as conditions on the stored scope fields (all must hold). The field
 * names are the ResourceScope names, so the condition is a Prisma `where` for any model that has them
 * (lib/query maps it onto relations). Predicates without one (four eyes, not self) gate writes and cannot scope lists.
 */
export interface ScopeCondition {
  /** The actor's own rows (their notifications, preferences). */
  userId?: { in: string[] };
  regionId?: { in: string[] };
  supplierId?: { in: string[] };
  announcedAt?: { not: null };
}
export type Predicate = ((ctx: PredicateContext) => boolean) & {
  where?: (ctx: Omit<PredicateContext, "resource">) => ScopeCondition;
};

const listable = (test: (ctx: PredicateContext) => boolean, where: NonNullable<Predicate["where"]>): Predicate =>
  Object.assign(test, { where });

const regionIds = (scopes: readonly ActorMembership[]) => scopes.flatMap((m) => (m.regionId === null ? [] : [m.regionId]));

export interface Grant {
  action: Action;
  roles: readonly Role[];
  when?: Predicate;
}

/** The resource's region is one the actor holds in this role. */
export const inOwnRegion: Predicate = listable(
  ({ scopes, resource }) => typeof resource?.regionId === "string" && scopes.some((m) => m.regionId === resource.regionId),
  ({ scopes }) => ({ regionId: { in: regionIds(scopes) } }),
);

/** National scope (regionId null) reads everything; a regional one only its region. */
export const inOwnRegionOrNational: Predicate = listable(
  (ctx) => ctx.resource !== undefined && (ctx.scopes.some((m) => m.regionId === null) || inOwnRegion(ctx)),
  ({ scopes }) => (scopes.some((m) => m.regionId === null) ? {} : { regionId: { in: regionIds(scopes) } }),
);

/** The resource belongs to a supplier organisation the actor acts for. */
export const forOwnSupplier: Predicate = listable(
  ({ scopes, resource }) => typeof resource?.supplierId === "string" && scopes.some((m) => m.supplierId === resource.supplierId),
  ({ scopes }) => ({ supplierId: { in: scopes.flatMap((m) => (m.supplierId === null ? [] : [m.supplierId])) } }),
);

/** The actor is an administrator of the resource's supplier organisation. */
export const asSupplierAdmin: Predicate = listable(
  ({ scopes, resource }) => typeof resource?.supplierId === "string" && scopes.some((m) => m.supplierId === resource.supplierId && m.supplierAdmin === true),
  ({ scopes }) => ({ supplierId: { in: scopes.flatMap((m) => (m.supplierId !== null && m.supplierAdmin === true ? [m.supplierId] : [])) } }),
);

/** The resource is the actor's own (addressed to them, their preferences). */
export const isSelf: Predicate = listable(
  ({ actor, resource }) => typeof resource?.userId === "string" && resource.userId === actor.userId,
  ({ actor }) => ({ userId: { in: [actor.userId] } }),
);

export const isPublished: Predicate = listable(
  ({ resource }) => resource?.announcedAt instanceof Date,
  () => ({ announcedAt: { not: null } }),
);

// Four eyes: whoever proposed an award may not approve it.
export const notProposer: Predicate = ({ actor, resource }) =>
  typeof resource?.proposedById === "string" && resource.proposedById !== actor.userId;

// Four eyes before announcement: the drafter never approves their own draft.
export const notCreator: Predicate = ({ actor, resource }) =>
  typeof resource?.createdById === "string" && resource.createdById !== actor.userId;

const ownSeat = (ctx: PredicateContext): PanelSeat | undefined => {
  const seat = ctx.resource?.panelSeat;
  return seat != null && seat.userId === ctx.actor.userId ? seat : undefined;
};

/** The actor holds a seat on this tender's panel and has not declared a conflict (they may sign the declaration). */
export const hasPanelSeat: Predicate = (ctx) => {
  const seat = ownSeat(ctx);
  return seat !== undefined && !seat.conflict;
};

/** A seat and a signed declaration without a conflict: what reading bid content and scoring need. */
export const seatedAndDeclared: Predicate = (ctx) => {
  const seat = ownSeat(ctx);
  return seat !== undefined && !seat.conflict && seat.declaredAt instanceof Date;
};

/** The panel's chair, seated and declared: sets the consensus. */
export const declaredChair: Predicate = (ctx) => seatedAndDeclared(ctx) && ownSeat(ctx)?.chair === true;
// Four eyes at opening: whoever requested it may not confirm it.
export const notOpeningRequester: Predicate = ({ actor, resource }) =>
  typeof resource?.openingRequestedById === "string" && resource.openingRequestedById !== actor.userId;

/** The region lets a second officer approve drafts instead of a manager (Region.draftApproval). */
export const regionLetsOfficersApprove: Predicate = ({ resource }) => resource?.draftApproval === "SECOND_OFFICER";

// An admin may not change their own roles or status: no self-granted EVALUATOR/OFFICER rights.
export const notSelf: Predicate = ({ actor, resource }) =>
  typeof resource?.userId === "string" && resource.userId !== actor.userId;

const all = (...predicates: Predicate[]): Predicate => {
  const test = (ctx: PredicateContext) => predicates.every((p) => p(ctx));
  const wheres = predicates.map((p) => p.where);
  if (!wheres.every((where) => where !== undefined)) return test;
  // The combined predicates read different fields (supplier and publication), so the conditions merge.
  return listable(test, (ctx) => Object.assign({}, ...wheres.map((where) => where!(ctx))) as ScopeCondition);
};

const officerInRegion = (action: Action): Grant => ({ action, roles: ["OFFICER"], when: inOwnRegion });
const supplierOwn = (action: Action): Grant => ({ action, roles: ["SUPPLIER_USER"], when: forOwnSupplier });

/*
 * Separation of duties: ADMIN manages users and reference data only — no tender, bid or scoring
 * action is granted to ADMIN. Deadlines (bid.submit/withdraw, question.ask) are not policy: the
 * command guards them in the write and answers DEADLINE_PASSED.
 */
export const PERMISSIONS: readonly Grant[] = [
  { action: "admin.users.read", roles: ["ADMIN"] },
  { action: "admin.users.create", roles: ["ADMIN"] },
  { action: "admin.users.update", roles: ["ADMIN"], when: notSelf },
  // Not for oneself either: an admin who could mail themselves a reset link could skip their own password.
  { action: "admin.users.reset_password", roles: ["ADMIN"], when: notSelf },
  { action: "admin.suppliers.read", roles: ["ADMIN"] },
  { action: "admin.suppliers.update", roles: ["ADMIN"] },
  { action: "admin.reference.read", roles: ["ADMIN"] },
  { action: "admin.reference.update", roles: ["ADMIN"] },

  { action: "tender.read", roles: ["OFFICER", "EVALUATOR"], when: inOwnRegion },
  { action: "tender.read", roles: ["MANAGER"], when: inOwnRegionOrNational },
  { action: "tender.read", roles: ["SUPPLIER_USER"], when: isPublished },
  officerInRegion("tender.create"),
  officerInRegion("tender.update"),
  { action: "tender.approve", roles: ["MANAGER"], when: all(inOwnRegionOrNational, notCreator) },
  { action: "tender.approve", roles: ["OFFICER"], when: all(inOwnRegion, notCreator, regionLetsOfficersApprove) },
  officerInRegion("tender.announce"),
  officerInRegion("tender.cancel"),
  officerInRegion("tender.answer_question"),
  officerInRegion("tender.open"),
  // Evaluation needs a seat and a declaration: a PanelMember seat on THAT tender and a signed conflict-of-interest
  // declaration without a tie (panelSeat is loaded from the stored row, never from the request).
  officerInRegion("evaluation.appoint_panel"),
  { action: "evaluation.declare", roles: ["EVALUATOR"], when: all(inOwnRegion, hasPanelSeat) },
  { action: "evaluation.score", roles: ["EVALUATOR"], when: all(inOwnRegion, seatedAndDeclared) },
  { action: "evaluation.consensus", roles: ["EVALUATOR"], when: all(inOwnRegion, declaredChair) },
  // The result (prices, consensus, ranking): the region's officers and managers, and the declared panel.
  officerInRegion("evaluation.read_result"),
  { action: "evaluation.read_result", roles: ["MANAGER"], when: inOwnRegionOrNational },
  { action: "evaluation.read_result", roles: ["EVALUATOR"], when: all(inOwnRegion, seatedAndDeclared) },
  officerInRegion("award.propose"),
  // The decision is a leader's: a manager whose scope covers the region (regional or national), never the proposer.
  { action: "award.approve", roles: ["MANAGER"], when: all(inOwnRegionOrNational, notProposer) },
  officerInRegion("contract.sign"),

  supplierOwn("bid.read_own"),
  { action: "bid.submit", roles: ["SUPPLIER_USER"], when: all(forOwnSupplier, isPublished) },
  supplierOwn("bid.withdraw"),
  { action: "question.ask", roles: ["SUPPLIER_USER"], when: all(forOwnSupplier, isPublished) },
  supplierOwn("supplier.read_own"),
  supplierOwn("supplier.update_own"),
  // The organisation's own administrator: colleagues, invitations and API tokens.
  { action: "supplier.admin", roles: ["SUPPLIER_USER"], when: asSupplierAdmin },

  { action: "history.read", roles: ["MANAGER"], when: inOwnRegionOrNational },
  // Officers read their own regions' award history (read-only: there is nothing to write there).
  { action: "history.read", roles: ["OFFICER"], when: inOwnRegion },
  { action: "analytics.read", roles: ["MANAGER"], when: inOwnRegionOrNational },
  { action: "audit.read", roles: ["ADMIN"] },
  { action: "audit.read", roles: ["MANAGER"], when: inOwnRegionOrNational },

  // Registered interest (and its withdrawal) is for a published competition, on behalf of the actor's organisation.
  { action: "tender.register_interest", roles: ["SUPPLIER_USER"], when: all(forOwnSupplier, isPublished) },
  { action: "tender.withdraw_interest", roles: ["SUPPLIER_USER"], when: all(forOwnSupplier, isPublished) },
  // An organisation reads its own questions with who asked; others see only the published, anonymised wording.
  supplierOwn("question.read_own"),
  officerInRegion("tender.upload_document"),
  officerInRegion("tender.amend"),
  // Market dialogue: the region's officers run it and alone read the answers; a supplier answers a published one
  // for its own organisation (the response deadline is the command's guard, not policy).
  officerInRegion("dialogue.read"),
  officerInRegion("dialogue.create"),
  officerInRegion("dialogue.update"),
  officerInRegion("dialogue.publish"),
  officerInRegion("dialogue.convert"),
  { action: "dialogue.respond", roles: ["SUPPLIER_USER"], when: all(forOwnSupplier, isPublished) },
  supplierOwn("dialogue.read_own_response"),
  // Eligibility for reserved competitions counts only once an ADMIN has verified it from uploaded documentation.
  { action: "supplier.verify_eligibility", roles: ["ADMIN"] },
  // Before opening the authority sees how many bids came in (never content); suppliers do not see competitors' count.
  { action: "bid.count_received", roles: ["OFFICER", "EVALUATOR"], when: inOwnRegion },
  { action: "bid.count_received", roles: ["MANAGER"], when: inOwnRegionOrNational },
  // The award (proposal, standstill, complaints, contract) as the authority sees it; managers approve from here.
  { action: "award.read", roles: ["OFFICER"], when: inOwnRegion },
  { action: "award.read", roles: ["MANAGER"], when: inOwnRegionOrNational },
  // The award letter (tildelingsbrev) and complaints: each bidding organisation for itself only.
  supplierOwn("award.read_letter"),
  supplierOwn("complaint.lodge"),
  officerInRegion("complaint.decide"),
  officerInRegion("injunction.register"),
  // The notification centre: whatever one's role, what is addressed to oneself, and for a supplier user also what is
  // addressed to the organisation (every active user of it reads it, each with their own read state).
  { action: "notification.read_own", roles: ROLES, when: isSelf },
  supplierOwn("notification.read_own"),
  { action: "notification.update_preferences", roles: ROLES, when: isSelf },
  // Opening takes two people (issue 11): one officer of the region requests it, a second officer or a manager whose
  // scope covers the region confirms — never the requester. Only confirmation decrypts (lib/evaluation/opening).
  { action: "tender.confirm_opening", roles: ["OFFICER"], when: all(inOwnRegion, notOpeningRequester) },
  { action: "tender.confirm_opening", roles: ["MANAGER"], when: all(inOwnRegionOrNational, notOpeningRequester) },
  // Opened bids (the opening record, decrypted content for qualification): the region's officers and managers.
  // lib/bids/opened.ts refuses anything still sealed whatever the policy says.
  officerInRegion("bid.read_opened"),
  { action: "bid.read_opened", roles: ["MANAGER"], when: inOwnRegionOrNational },
  officerInRegion("bid.qualify"),
  // Every bidder reads the opening record of a competition it bid on (the command checks the tender is opened).
  supplierOwn("tender.read_opening_as_bidder"),
  // The procurement protocol: the region's officers and managers.
  officerInRegion("tender.read_protocol"),
  { action: "tender.read_protocol", roles: ["MANAGER"], when: inOwnRegionOrNational },
];
