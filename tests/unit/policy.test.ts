import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  ACTIONS, PERMISSIONS, areaFor, authorize, can, canEnterArea, readScope, regionScope, supplierScope,
  type Action, type Actor, type ActorMembership, type PolicyResource, type Role, type ScopeCondition,
} from "@/lib/auth/policy";

const member = (role: Role, scope: { regionId?: string | null; supplierId?: string; supplierAdmin?: boolean } = {}): ActorMembership => ({
  role,
  regionId: scope.regionId ?? null,
  supplierId: scope.supplierId ?? null,
  ...(scope.supplierAdmin ? { supplierAdmin: true } : {}),
});
const actor = (userId: string, ...memberships: ActorMembership[]): Actor => ({ userId, active: true, locale: "nb", memberships });

const A = {
  admin: actor("admin", member("ADMIN")),
  officer: actor("officer", member("OFFICER", { regionId: "oslo" })),
  officer2: actor("officer2", member("OFFICER", { regionId: "oslo" }), member("OFFICER", { regionId: "vest" })),
  evaluator: actor("evaluator", member("EVALUATOR", { regionId: "oslo" })),
  manager: actor("manager", member("MANAGER", { regionId: "oslo" })),
  national: actor("national", member("MANAGER", { regionId: null })),
  supplier: actor("supplier", member("SUPPLIER_USER", { supplierId: "acme" })),
  supplierAdmin: actor("supplierAdmin", member("SUPPLIER_USER", { supplierId: "acme", supplierAdmin: true }), member("SUPPLIER_USER", { supplierId: "other" })),
  inactive: { ...actor("inactive", member("OFFICER", { regionId: "oslo" }), member("ADMIN")), active: false },
  // A manager who also holds an officer seat and proposed the award themselves.
  proposerManager: actor("proposerManager", member("MANAGER", { regionId: "oslo" }), member("OFFICER", { regionId: "oslo" })),
  nobody: actor("nobody"),
  // A role the code does not know (e.g. a future enum value) grants nothing.
  alien: actor("alien", { role: "SUPERUSER" as Role, regionId: "oslo", supplierId: "acme" }),
} satisfies Record<string, Actor>;
type Who = keyof typeof A;

const published = new Date("2025-03-14T11:00:00Z");
const seat = (userId: string, declared: boolean, extra: { chair?: boolean; conflict?: boolean } = {}) =>
  ({ userId, chair: extra.chair ?? false, declaredAt: declared ? published : null, conflict: extra.conflict ?? false });
const R = {
  none: undefined,
  oslo: { regionId: "oslo" },
  vest: { regionId: "vest" },
  national: { regionId: null },
  osloOpen: { regionId: "oslo", announcedAt: published },
  osloDraft: { regionId: "oslo", announcedAt: null },
  acme: { supplierId: "acme", regionId: "oslo" },
  acmeOpen: { supplierId: "acme", regionId: "oslo", announcedAt: published },
  acmeDraft: { supplierId: "acme", regionId: "oslo", announcedAt: null },
  other: { supplierId: "other", regionId: "oslo", announcedAt: published },
  proposedByOfficer: { regionId: "oslo", proposedById: "officer" },
  proposedByOfficer2: { regionId: "oslo", proposedById: "officer2" },
  proposedByOfficer2Vest: { regionId: "vest", proposedById: "officer2" },
  unknownProposer: { regionId: "oslo" },
  proposedByManager: { regionId: "oslo", proposedById: "proposerManager" },
  userOther: { userId: "someone" },
  userSelf: { userId: "admin" },
  userOfficer: { userId: "officer" },
  userSupplier: { userId: "supplier" },
  draftByOfficer: { regionId: "oslo", createdById: "officer", draftApproval: "MANAGER" },
  draftByOfficer2: { regionId: "oslo", createdById: "officer2", draftApproval: "MANAGER" },
  draftByOfficer2Peer: { regionId: "oslo", createdById: "officer2", draftApproval: "SECOND_OFFICER" },
  draftByOfficerPeer: { regionId: "oslo", createdById: "officer", draftApproval: "SECOND_OFFICER" },
  draftVestByOfficer2: { regionId: "vest", createdById: "officer2", draftApproval: "MANAGER" },
  // The evaluator's own seat on an Oslo tender, as the load step reads it (null = no seat on this tender).
  noSeat: { regionId: "oslo", panelSeat: null },
  seatUndeclared: { regionId: "oslo", panelSeat: seat("evaluator", false) },
  seatDeclared: { regionId: "oslo", panelSeat: seat("evaluator", true) },
  seatConflict: { regionId: "oslo", panelSeat: seat("evaluator", true, { conflict: true }) },
  chairUndeclared: { regionId: "oslo", panelSeat: seat("evaluator", false, { chair: true }) },
  chairDeclared: { regionId: "oslo", panelSeat: seat("evaluator", true, { chair: true }) },
  chairConflict: { regionId: "oslo", panelSeat: seat("evaluator", true, { chair: true, conflict: true }) },
  // Someone else's seat passed as the resource never counts for the actor.
  seatOfOther: { regionId: "oslo", panelSeat: seat("someone", true, { chair: true }) },
  // A seat in another region (a stale membership) does not outweigh the region check.
  seatDeclaredVest: { regionId: "vest", panelSeat: seat("evaluator", true, { chair: true }) },
  openingByOfficer: { regionId: "oslo", openingRequestedById: "officer" },
  openingByOfficer2: { regionId: "oslo", openingRequestedById: "officer2" },
  openingVestByOfficer2: { regionId: "vest", openingRequestedById: "officer2" },
  openingByManager: { regionId: "oslo", openingRequestedById: "manager" },
} satisfies Record<string, PolicyResource | undefined>;
type What = keyof typeof R;

type Case = [who: Who, what: What, allowed: boolean];

const adminOnly = (what: What = "none"): Case[] => [
  ["admin", what, true], ["officer", what, false], ["evaluator", what, false], ["national", what, false],
  ["supplier", what, false], ["inactive", what, false], ["nobody", what, false], ["alien", what, false],
];
const officerInRegion = (): Case[] => [
  ["officer", "oslo", true], ["officer2", "vest", true], ["officer", "vest", false], ["officer", "none", false],
  ["evaluator", "oslo", false], ["manager", "oslo", false], ["national", "oslo", false], ["admin", "oslo", false],
  ["supplier", "acme", false], ["inactive", "oslo", false], ["alien", "oslo", false],
];
const supplierOwn = (what: What = "acme", notWhat: What = "other"): Case[] => [
  ["supplier", what, true], ["supplier", notWhat, false], ["supplier", "none", false], ["admin", what, false],
  ["officer", what, false], ["national", what, false], ["alien", what, false], ["inactive", what, false],
];
const managerScoped = (): Case[] => [
  ["manager", "oslo", true], ["manager", "vest", false], ["manager", "national", false], ["manager", "none", false],
  ["national", "oslo", true], ["national", "vest", true], ["national", "national", true], ["national", "none", false],
  ["officer", "oslo", false], ["evaluator", "oslo", false], ["supplier", "oslo", false], ["inactive", "oslo", false],
];

/** Every action must appear here (the type makes a missing one a compile error; a test checks at runtime). */
const MATRIX: Record<Action, Case[]> = {
  "admin.users.read": adminOnly(),
  "admin.users.create": adminOnly(),
  "admin.users.update": [...adminOnly("userOther"), ["admin", "userSelf", false], ["admin", "none", false]],
  "admin.users.reset_password": [...adminOnly("userOther"), ["admin", "userSelf", false], ["admin", "none", false]],
  "admin.suppliers.read": adminOnly(),
  "admin.suppliers.update": adminOnly(),
  "admin.reference.read": adminOnly(),
  "admin.reference.update": adminOnly(),
  "tender.read": [
    ["officer", "oslo", true], ["officer", "vest", false], ["evaluator", "oslo", true], ["evaluator", "vest", false],
    ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["supplier", "osloOpen", true], ["supplier", "osloDraft", false], ["supplier", "oslo", false],
    ["admin", "osloOpen", false], ["inactive", "oslo", false], ["nobody", "osloOpen", false], ["alien", "osloOpen", false],
  ],
  "tender.create": officerInRegion(),
  "tender.update": officerInRegion(),
  "tender.approve": [
    ["manager", "draftByOfficer", true], ["national", "draftVestByOfficer2", true], ["manager", "draftVestByOfficer2", false],
    ["officer", "draftByOfficer2", false], ["officer", "draftByOfficer2Peer", true], ["officer", "draftByOfficerPeer", false],
    ["officer2", "draftByOfficer2Peer", false], ["evaluator", "draftByOfficer2Peer", false], ["admin", "draftByOfficer", false],
    ["supplier", "draftByOfficer", false], ["inactive", "draftByOfficer", false], ["manager", "oslo", false],
  ],
  "tender.announce": officerInRegion(),
  "tender.cancel": officerInRegion(),
  "tender.answer_question": officerInRegion(),
  "tender.open": officerInRegion(),
  // Evaluation needs a seat and a declaration (no tie): the region alone is no longer enough.
  "evaluation.score": [
    ["evaluator", "seatDeclared", true], ["evaluator", "chairDeclared", true], ["evaluator", "oslo", false], ["evaluator", "noSeat", false],
    ["evaluator", "seatUndeclared", false], ["evaluator", "seatConflict", false], ["evaluator", "seatOfOther", false],
    ["evaluator", "seatDeclaredVest", false], ["evaluator", "none", false], ["officer", "seatDeclared", false],
    ["admin", "seatDeclared", false], ["national", "seatDeclared", false], ["supplier", "acme", false], ["inactive", "seatDeclared", false],
  ],
  "evaluation.appoint_panel": officerInRegion(),
  "evaluation.declare": [
    ["evaluator", "seatUndeclared", true], ["evaluator", "chairUndeclared", true], ["evaluator", "seatDeclared", true],
    ["evaluator", "seatConflict", false], ["evaluator", "noSeat", false], ["evaluator", "oslo", false], ["evaluator", "seatOfOther", false],
    ["evaluator", "seatDeclaredVest", false], ["officer", "seatUndeclared", false], ["admin", "seatUndeclared", false], ["inactive", "seatUndeclared", false],
  ],
  "evaluation.consensus": [
    ["evaluator", "chairDeclared", true], ["evaluator", "seatDeclared", false], ["evaluator", "chairUndeclared", false],
    ["evaluator", "chairConflict", false], ["evaluator", "seatOfOther", false], ["evaluator", "seatDeclaredVest", false],
    ["evaluator", "noSeat", false], ["officer", "chairDeclared", false], ["national", "chairDeclared", false], ["inactive", "chairDeclared", false],
  ],
  "evaluation.read_result": [
    ["officer", "oslo", true], ["officer", "vest", false], ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["evaluator", "seatDeclared", true], ["evaluator", "seatUndeclared", false], ["evaluator", "seatConflict", false],
    ["evaluator", "oslo", false], ["evaluator", "seatOfOther", false], ["admin", "oslo", false], ["supplier", "acme", false], ["inactive", "oslo", false],
  ],
  "award.propose": officerInRegion(),
  // A leader's decision: a manager of the region (or national), never the proposer; officers never.
  "award.approve": [
    ["manager", "proposedByOfficer2", true], ["national", "proposedByOfficer2Vest", true], ["national", "proposedByOfficer", true],
    ["manager", "proposedByOfficer2Vest", false], ["proposerManager", "proposedByManager", false], ["manager", "unknownProposer", false],
    ["officer", "proposedByOfficer2", false], ["officer2", "proposedByOfficer", false], ["officer", "proposedByOfficer", false],
    ["evaluator", "proposedByOfficer2", false], ["admin", "proposedByOfficer2", false],
    ["supplier", "proposedByOfficer2", false], ["inactive", "proposedByOfficer2", false],
  ],
  "contract.sign": officerInRegion(),
  "bid.read_own": supplierOwn(),
  "bid.submit": [...supplierOwn("acmeOpen"), ["supplier", "acmeDraft", false], ["supplier", "acme", false]],
  "bid.withdraw": supplierOwn(),
  "question.ask": [...supplierOwn("acmeOpen"), ["supplier", "acmeDraft", false]],
  "supplier.read_own": supplierOwn(),
  "supplier.update_own": supplierOwn(),
  // Only the organisation's own administrator, and only for the organisation they administer.
  "supplier.admin": [
    ["supplierAdmin", "acme", true], ["supplier", "acme", false], ["supplierAdmin", "other", false], ["admin", "acme", false],
    ["officer", "acme", false], ["alien", "acme", false], ["supplierAdmin", "none", false],
  ],
  // Managers as everywhere; officers read (only) their own regions' history.
  "history.read": [
    ...managerScoped().filter(([who]) => who !== "officer"),
    ["officer", "oslo", true], ["officer", "vest", false], ["officer", "national", false], ["officer2", "vest", true],
  ],
  "analytics.read": managerScoped(),
  "audit.read": [...managerScoped(), ["admin", "none", true], ["admin", "oslo", true], ["alien", "oslo", false]],
  "tender.register_interest": [...supplierOwn("acmeOpen"), ["supplier", "acmeDraft", false]],
  "tender.withdraw_interest": [...supplierOwn("acmeOpen"), ["supplier", "acmeDraft", false]],
  "question.read_own": supplierOwn(),
  "tender.upload_document": officerInRegion(),
  "tender.amend": officerInRegion(),
  "dialogue.read": officerInRegion(),
  "dialogue.create": officerInRegion(),
  "dialogue.update": officerInRegion(),
  "dialogue.publish": officerInRegion(),
  "dialogue.convert": officerInRegion(),
  "dialogue.respond": [...supplierOwn("acmeOpen"), ["supplier", "acmeDraft", false], ["supplier", "acme", false], ["officer", "osloOpen", false]],
  "dialogue.read_own_response": supplierOwn(),
  "supplier.verify_eligibility": [...adminOnly("acme"), ["supplierAdmin", "acme", false]],
  "bid.count_received": [
    ["officer", "oslo", true], ["officer", "vest", false], ["evaluator", "oslo", true], ["evaluator", "vest", false],
    ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["supplier", "osloOpen", false], ["supplier", "acme", false], ["admin", "oslo", false], ["inactive", "oslo", false], ["alien", "oslo", false],
  ],
  "award.read": [
    ["officer", "oslo", true], ["officer", "vest", false], ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["evaluator", "oslo", false], ["supplier", "acme", false], ["admin", "oslo", false], ["inactive", "oslo", false],
  ],
  "award.read_letter": supplierOwn(),
  "complaint.lodge": supplierOwn(),
  "complaint.decide": officerInRegion(),
  "injunction.register": officerInRegion(),
  // One's own notifications whatever the role; a supplier user's also those addressed to their organisation.
  "notification.read_own": [
    ["admin", "userSelf", true], ["admin", "userOther", false], ["officer", "userOfficer", true], ["officer", "userSelf", false],
    ["supplier", "userSupplier", true], ["supplier", "acme", true], ["supplier", "other", false], ["officer", "acme", false],
    ["nobody", "userSelf", false], ["inactive", "userSelf", false], ["alien", "acme", false],
  ],
  "notification.update_preferences": [
    ["admin", "userSelf", true], ["officer", "userOfficer", true], ["supplier", "userSupplier", true], ["officer", "userSelf", false],
    ["supplier", "acme", false], ["nobody", "userSelf", false], ["inactive", "userSelf", false], ["alien", "userSelf", false],
  ],
  // Never the requester; a second officer of the region or a manager covering it.
  "tender.confirm_opening": [
    ["officer", "openingByOfficer2", true], ["officer2", "openingByOfficer", true], ["manager", "openingByOfficer", true], ["national", "openingVestByOfficer2", true],
    ["officer", "openingByOfficer", false], ["officer2", "openingByOfficer2", false], ["manager", "openingByManager", false],
    ["manager", "openingVestByOfficer2", false], ["officer", "openingVestByOfficer2", false], ["officer", "oslo", false],
    ["evaluator", "openingByOfficer", false], ["admin", "openingByOfficer", false], ["supplier", "openingByOfficer", false], ["inactive", "openingByOfficer2", false],
  ],
  "bid.read_opened": [
    ["officer", "oslo", true], ["officer", "vest", false], ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["evaluator", "oslo", false], ["admin", "oslo", false], ["supplier", "acme", false], ["inactive", "oslo", false],
  ],
  "bid.qualify": officerInRegion(),
  "tender.read_opening_as_bidder": supplierOwn(),
  "tender.read_protocol": [
    ["officer", "oslo", true], ["officer", "vest", false], ["manager", "oslo", true], ["manager", "vest", false], ["national", "vest", true],
    ["evaluator", "oslo", false], ["admin", "oslo", false], ["supplier", "acme", false], ["inactive", "oslo", false],
  ],
};

const rows = Object.entries(MATRIX).flatMap(([action, cases]) =>
  cases.map(([who, what, allowed]) => ({ action: action as Action, who, what, allowed })),
);

describe("policy matrix", () => {
  it.each(rows)("$who $action on $what → $allowed", ({ action, who, what, allowed }) => {
    expect(can(A[who], action, R[what])).toBe(allowed);
  });

  it("covers every action in the permission table, each with an allowed and a denied case", () => {
    const tableActions = new Set(PERMISSIONS.map((grant) => grant.action));
    expect([...tableActions].sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) {
      const cases = MATRIX[action] ?? [];
      expect(cases.some(([, , allowed]) => allowed), `${action} has an allowed case`).toBe(true);
      expect(cases.some(([, , allowed]) => !allowed), `${action} has a denied case`).toBe(true);
    }
  });
});

describe("separation of duties and fail-closed", () => {
  it("ADMIN can neither read bids, score, open nor approve", () => {
    for (const action of ["bid.read_own", "evaluation.score", "tender.open", "award.approve", "tender.read"] as const) {
      expect(can(A.admin, action, { regionId: "oslo", supplierId: "acme", proposedById: "x", announcedAt: published })).toBe(false);
    }
  });

  it("denies an unknown action and a missing actor", () => {
    expect(can(A.admin, "admin.everything" as Action)).toBe(false);
    expect(can(null, "admin.users.read")).toBe(false);
    expect(can(undefined, "tender.read", R.oslo)).toBe(false);
  });

  it("an inactive actor can do nothing", () => {
    for (const action of ACTIONS) {
      expect(can(A.inactive, action, { regionId: "oslo", userId: "x", proposedById: "x" })).toBe(false);
    }
  });

  it("authorize throws FORBIDDEN and passes silently when allowed", () => {
    expect(() => authorize(A.officer, "tender.update", R.oslo)).not.toThrow();
    const attempt = () => authorize(A.officer, "tender.update", R.vest);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(expect.objectContaining({ code: "FORBIDDEN", messageKey: "errors.forbidden" }));
  });
});

describe("areas", () => {
  it.each([
    ["admin", "/admin"], ["officer", "/anskaffelser"], ["evaluator", "/anskaffelser"], ["manager", "/historikk"],
    ["national", "/historikk"], ["supplier", "/portal"], ["inactive", null], ["nobody", null], ["alien", null],
  ] as const)("%s starts at %s", (who, path) => {
    expect(areaFor(A[who])).toBe(path);
  });

  it("gates each area by role", () => {
    expect(canEnterArea(A.admin, "admin")).toBe(true);
    expect(canEnterArea(A.admin, "officer")).toBe(false);
    expect(canEnterArea(A.evaluator, "officer")).toBe(true);
    expect(canEnterArea(A.officer, "manager")).toBe(false);
    expect(canEnterArea(A.manager, "officer")).toBe(true);
    expect(canEnterArea(A.national, "manager")).toBe(true);
    expect(canEnterArea(A.supplier, "supplier")).toBe(true);
    expect(canEnterArea(A.supplier, "admin")).toBe(false);
    expect(canEnterArea(A.inactive, "admin")).toBe(false);
    expect(canEnterArea(actor("orphan", member("SUPPLIER_USER")), "supplier")).toBe(false);
    expect(canEnterArea(null, "supplier")).toBe(false);
  });
});

describe("scopes for list queries", () => {
  it("lists regions per role, national for a null-region manager", () => {
    expect(regionScope(A.officer2, "OFFICER")).toEqual(["oslo", "vest"]);
    expect(regionScope(A.officer, "EVALUATOR")).toEqual([]);
    expect(regionScope(A.national, "MANAGER")).toBe("national");
    expect(regionScope(A.manager, "MANAGER")).toEqual(["oslo"]);
    expect(regionScope(A.inactive, "OFFICER")).toEqual([]);
    expect(supplierScope(A.supplier)).toEqual(["acme"]);
    expect(supplierScope(A.officer)).toEqual([]);
  });
});

/** What the database does with a list query's condition, in memory: every field condition must hold. */
function matches(condition: ScopeCondition, resource: PolicyResource | undefined): boolean {
  if (condition.userId && !condition.userId.in.includes(resource?.userId ?? "")) return false;
  if (condition.regionId && !condition.regionId.in.includes(resource?.regionId ?? "")) return false;
  if (condition.supplierId && !condition.supplierId.in.includes(resource?.supplierId ?? "")) return false;
  if (condition.announcedAt && !(resource?.announcedAt instanceof Date)) return false;
  return true;
}

describe("read scopes for lists agree with can()", () => {
  // Four eyes and not-self judge one row against the actor: they gate writes and have no list form.
  // So do panel seats: a seat is the actor's own row on one tender, read by the detail load step.
  const unlistable = new Set<Action>([
    "admin.users.update", "admin.users.reset_password", "tender.approve", "award.approve",
    "evaluation.declare", "evaluation.score", "evaluation.consensus", "evaluation.read_result", "tender.confirm_opening",
  ]);
  const listable = ACTIONS.filter((action) => !unlistable.has(action));
  const resources = Object.entries(R).filter(([, resource]) => resource !== undefined && Object.keys(resource).length > 0);

  it.each(listable)("%s: a row is in the list exactly when can() allows it", (action) => {
    for (const [who, actor] of Object.entries(A)) {
      const scope = readScope(actor, action);
      for (const [what, resource] of resources) {
        const listed = scope.some((condition) => matches(condition, resource));
        expect(listed, `${who} ${action} on ${what}`).toBe(can(actor, action, resource));
      }
    }
  });

  it("refuses to scope a list by a predicate that has no list form", () => {
    expect(() => readScope(A.manager, "award.approve")).toThrow(/cannot scope a list/);
    expect(readScope(A.officer, "award.approve")).toEqual([]);
    expect(readScope(A.supplier, "award.approve")).toEqual([]);
  });

  it("gives nothing to an inactive, unknown or missing actor", () => {
    expect(readScope(A.inactive, "tender.read")).toEqual([]);
    expect(readScope(A.alien, "tender.read")).toEqual([]);
    expect(readScope(null, "tender.read")).toEqual([]);
  });
});
