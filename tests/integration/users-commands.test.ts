import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand } from "@/lib/mutation";
import { addMembership, createUser, revokeMembership, setUserActive } from "@/lib/users";
import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
let regionId: string;
let supplierId: string;
let adminId: string;
let admin: Actor;
let officer: Actor;
const clock = fixedClock("2025-03-14T11:00:00.000Z");
const PASSWORD = "korrekt-hest-batteri-stift";

/** A user written directly (test setup, not through the command under test). */
async function seedUser(email: string, memberships: { role: "ADMIN" | "OFFICER" | "MANAGER"; regionId?: string }[]) {
  const user = await db.user.create({ data: { email, name: email.split("@")[0]!, memberships: { create: memberships } } });
  return user.id;
}

async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`no actor for ${userId}`);
  return actor;
}

const counts = async () => ({
  users: await db.user.count(),
  memberships: await db.membership.count(),
  activeUsers: await db.user.count({ where: { active: true } }),
  revoked: await db.membership.count({ where: { revokedAt: { not: null } } }),
  audits: await db.auditEvent.count(),
});

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: "Kari.Nordmann@nav.no ",
  name: "Kari Nordmann",
  password: PASSWORD,
  locale: "en",
  role: "OFFICER",
  regionId,
  ...overrides,
});

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  regionId = (await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } })).id;
  supplierId = (await db.supplier.create({ data: { orgnr: "974760673", name: "Acme AS", kind: "COMMERCIAL" } })).id;
  adminId = await seedUser("admin@nav.no", [{ role: "ADMIN" }]);
  admin = await actorFor(adminId);
  officer = await actorFor(await seedUser("officer@nav.no", [{ role: "OFFICER", regionId }]));
});
afterAll(async () => {
  await drop();
});

describe("createUser", () => {
  let before: Awaited<ReturnType<typeof counts>>;
  beforeEach(async () => {
    before = await counts();
  });

  it("stores an argon2id hash (never the password), the first role and exactly one audit event", async () => {
    const result = await runCommand(createUser, { actor: admin, rawInput: newUser(), db, clock });
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, include: { memberships: true } });
    expect(user).toMatchObject({ email: "kari.nordmann@nav.no", name: "Kari Nordmann", locale: "en", active: true });
    expect(user.passwordHash).not.toBe(PASSWORD);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ role: "OFFICER", regionId, supplierId: null, revokedAt: null })]);

    expect(await counts()).toEqual({ ...before, users: before.users + 1, memberships: before.memberships + 1, activeUsers: before.activeUsers + 1, audits: before.audits + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: user.id } });
    expect(event).toMatchObject({ action: "user.create", actorId: adminId, chain: "global", at: clock.now() });
    expect(JSON.stringify(event.after)).not.toContain(PASSWORD);
    expect(JSON.stringify(event.after)).not.toContain("argon2");
  });

  it("refuses a taken e-mail (any case) with a field error and writes nothing", async () => {
    const result = await runCommand(createUser, { actor: admin, rawInput: newUser({ email: "KARI.nordmann@NAV.no", name: "Kari Andre" }), db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (result.ok) return;
    expect(result.error.details?.fieldErrors?.email).toEqual(["errors.emailTaken"]);
    expect(await counts()).toEqual(before);
  });

  it("requires a region for an officer and writes nothing", async () => {
    const result = await runCommand(createUser, { actor: admin, rawInput: newUser({ email: "ola@nav.no", regionId: "" }), db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (result.ok) return;
    expect(result.error.details?.fieldErrors?.regionId).toEqual(["errors.regionRequired"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses an unknown region or supplier id from the form and writes nothing", async () => {
    const unknownRegion = await runCommand(createUser, { actor: admin, rawInput: newUser({ email: "ola@nav.no", regionId: "no-such-region" }), db, clock });
    expect(unknownRegion).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { regionId: ["errors.regionRequired"] } } } });

    const unknownSupplier = await runCommand(createUser, {
      actor: admin,
      rawInput: newUser({ email: "ola@nav.no", role: "SUPPLIER_USER", regionId: "", supplierId: "no-such-supplier" }),
      db,
      clock,
    });
    expect(unknownSupplier).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { supplierId: ["errors.supplierRequired"] } } } });
    expect(await counts()).toEqual(before);
  });

  it("is refused (FORBIDDEN) for a non-admin and writes nothing", async () => {
    const result = await runCommand(createUser, { actor: officer, rawInput: newUser({ email: "per@nav.no" }), db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
    expect(await db.user.findUnique({ where: { email: "per@nav.no" } })).toBeNull();
  });

  it("rejects bad input with per-field keys before touching the database", async () => {
    const result = await runCommand(createUser, {
      actor: admin,
      rawInput: { email: "not-an-email", name: "K", password: "short", role: "KING" },
      db,
      clock,
    });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (result.ok) return;
    expect(Object.keys(result.error.details?.fieldErrors ?? {})).toEqual(expect.arrayContaining(["email", "name", "password", "role"]));
    expect(result.error.details?.fieldErrors?.email).toEqual(["errors.field.email"]);
    expect(await counts()).toEqual(before);
  });
});

describe("setUserActive", () => {
  it("deactivates and reactivates another user, one audit event each", async () => {
    const userId = await seedUser("deaktiver@nav.no", [{ role: "MANAGER" }]);
    const before = await counts();

    const off = await runCommand(setUserActive, { actor: admin, rawInput: { userId, active: "false" }, db, clock });
    expect(off).toEqual({ ok: true, data: { userId, active: false } });
    expect((await actorFor(userId)).active).toBe(false);

    const on = await runCommand(setUserActive, { actor: admin, rawInput: { userId, active: "true" }, db, clock });
    expect(on).toEqual({ ok: true, data: { userId, active: true } });
    expect((await actorFor(userId)).active).toBe(true);

    const events = await db.auditEvent.findMany({ where: { entityType: "User", entityId: userId }, orderBy: { seq: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(await counts()).toEqual({ ...before, audits: before.audits + 2 });
  });

  it("refuses an admin deactivating themselves (FORBIDDEN)", async () => {
    const before = await counts();
    const result = await runCommand(setUserActive, { actor: admin, rawInput: { userId: adminId, active: "false" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await actorFor(adminId)).active).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it("refuses a non-admin (FORBIDDEN) and answers NOT_FOUND for an unknown user", async () => {
    const before = await counts();
    const forbidden = await runCommand(setUserActive, { actor: officer, rawInput: { userId: adminId, active: "false" }, db, clock });
    expect(forbidden).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const missing = await runCommand(setUserActive, { actor: admin, rawInput: { userId: "no-such-user", active: "false" }, db, clock });
    expect(missing).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await counts()).toEqual(before);
  });

  it("refuses to deactivate the last active admin (INVALID_STATE)", async () => {
    // Two admins; B deactivates A. A's request loaded its actor before that committed (a stale but
    // still-valid session), and now tries to deactivate B, the last active admin.
    const a = await seedUser("admin-a@nav.no", [{ role: "ADMIN" }]);
    const b = await seedUser("admin-b@nav.no", [{ role: "ADMIN" }]);
    const staleA = await actorFor(a);
    // Leave A and B as the only active admins.
    await db.user.update({ where: { id: adminId }, data: { active: false } });
    try {
      expect(await runCommand(setUserActive, { actor: await actorFor(b), rawInput: { userId: a, active: "false" }, db, clock })).toMatchObject({ ok: true });
      const before = await counts();

      const result = await runCommand(setUserActive, { actor: staleA, rawInput: { userId: b, active: "false" }, db, clock });
      expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.lastAdmin" } });
      expect((await actorFor(b)).active).toBe(true);
      expect(await counts()).toEqual(before);

      const adminMembershipOfB = await db.membership.findFirstOrThrow({ where: { userId: b, role: "ADMIN" } });
      const revoke = await runCommand(revokeMembership, { actor: staleA, rawInput: { membershipId: adminMembershipOfB.id }, db, clock });
      expect(revoke).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
      expect(await counts()).toEqual(before);
    } finally {
      await db.user.updateMany({ where: { id: { in: [adminId, a] } }, data: { active: true } });
    }
  });

  it("lets only one of two admins deactivating each other at the same time succeed", async () => {
    const activeAdmins = () => db.user.count({ where: { active: true, memberships: { some: { role: "ADMIN", revokedAt: null } } } });
    const others = (await db.user.findMany({ where: { active: true }, select: { id: true } })).map((user) => user.id);
    try {
      // A race needs a few tries to show; each round starts from exactly two active admins.
      for (let round = 0; round < 10; round++) {
        const a = await seedUser(`race-a-${round}@nav.no`, [{ role: "ADMIN" }]);
        const b = await seedUser(`race-b-${round}@nav.no`, [{ role: "ADMIN" }]);
        await db.user.updateMany({ where: { id: { notIn: [a, b] } }, data: { active: false } });
        const [actorA, actorB] = await Promise.all([actorFor(a), actorFor(b)]);
        const results = await Promise.all([
          runCommand(setUserActive, { actor: actorA, rawInput: { userId: b, active: "false" }, db, clock }),
          runCommand(setUserActive, { actor: actorB, rawInput: { userId: a, active: "false" }, db, clock }),
        ]);
        expect(results.map((result) => (result.ok ? "ok" : result.error.code)).sort()).toEqual(["INVALID_STATE", "ok"]);
        expect(await activeAdmins()).toBe(1);
      }
    } finally {
      await db.user.updateMany({ where: { id: { in: others } }, data: { active: true } });
    }
  });
});

describe("addMembership and revokeMembership", () => {
  it("revoking sets revokedAt, keeps the row, and the role is gone from the next loadActor", async () => {
    const userId = await seedUser("to-roller@nav.no", [{ role: "OFFICER", regionId }]);
    const granted = await runCommand(addMembership, { actor: admin, rawInput: { userId, role: "SUPPLIER_USER", supplierId }, db, clock });
    expect(granted.ok).toBe(true);
    expect((await actorFor(userId)).memberships).toEqual(
      expect.arrayContaining([
        { role: "OFFICER", regionId, supplierId: null },
        { role: "SUPPLIER_USER", regionId: null, supplierId },
      ]),
    );

    const officerMembership = await db.membership.findFirstOrThrow({ where: { userId, role: "OFFICER" } });
    const before = await counts();
    const result = await runCommand(revokeMembership, { actor: admin, rawInput: { membershipId: officerMembership.id }, db, clock });
    expect(result).toEqual({ ok: true, data: { membershipId: officerMembership.id } });

    const stored = await db.membership.findUniqueOrThrow({ where: { id: officerMembership.id } });
    expect(stored.revokedAt).toEqual(clock.now());
    expect((await actorFor(userId)).memberships).toEqual([{ role: "SUPPLIER_USER", regionId: null, supplierId }]);
    expect(await counts()).toEqual({ ...before, revoked: before.revoked + 1, audits: before.audits + 1 });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityType: "Membership", entityId: stored.id, action: "membership.revoke" } })).toMatchObject({
      actorId: adminId,
    });

    const again = await runCommand(revokeMembership, { actor: admin, rawInput: { membershipId: officerMembership.id }, db, clock });
    expect(again).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses a role the user already holds, an unknown region, a non-admin and the admin themselves", async () => {
    const userId = await seedUser("en-rolle@nav.no", [{ role: "OFFICER", regionId }]);
    const before = await counts();

    const duplicate = await runCommand(addMembership, { actor: admin, rawInput: { userId, role: "OFFICER", regionId }, db, clock });
    expect(duplicate).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { role: ["errors.roleExists"] } } } });

    const unknownRegion = await runCommand(addMembership, { actor: admin, rawInput: { userId, role: "EVALUATOR", regionId: "no-such-region" }, db, clock });
    expect(unknownRegion).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { regionId: ["errors.regionRequired"] } } } });

    const byOfficer = await runCommand(addMembership, { actor: officer, rawInput: { userId, role: "MANAGER" }, db, clock });
    expect(byOfficer).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const self = await runCommand(addMembership, { actor: admin, rawInput: { userId: adminId, role: "EVALUATOR", regionId }, db, clock });
    expect(self).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const officerMembership = await db.membership.findFirstOrThrow({ where: { userId, role: "OFFICER" } });
    const revokeByOfficer = await runCommand(revokeMembership, { actor: officer, rawInput: { membershipId: officerMembership.id }, db, clock });
    expect(revokeByOfficer).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    expect(await counts()).toEqual(before);
  });
});
