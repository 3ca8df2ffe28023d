import { beforeAll, describe, expect, it } from "vitest";

import { verifyAuditChain } from "@/lib/audit";
import { loadActor } from "@/lib/auth/actor";
import { LoginError, verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { hashResetToken, PASSWORD_RESET_TTL_MS } from "@/lib/auth/reset-token";
import { fixedClock } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { runCommand } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import {
  getResetTokenStatus, listUsersForAdmin, requestPasswordReset, resetPassword, setUserActive, updateUser,
} from "@/lib/users";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2026-03-14T11:00:00.000Z");
const OLD_PASSWORD = "gammelt-passord-123";
const NEW_PASSWORD = "helt-nytt-passord-456";
let db: Db;
let admin: Actor;
let adminId: string;
let officer: Actor;
let seq = 0;

/** The admin list's search, as the page runs it (through the policy). */
async function searchUsers(q: string) {
  const result = await runQuery(listUsersForAdmin, { actor: admin, rawInput: { q }, db, clock });
  if (!result.ok) throw result.error;
  return result.data;
}

/** What the public reset page sees for a token at `at`. */
async function tokenStatus(at: typeof clock, token: unknown) {
  const result = await runQuery(getResetTokenStatus, { actor: null, rawInput: token, db, clock: at });
  if (!result.ok) throw result.error;
  return result.data;
}

/** A user written directly (setup, not through a command under test). */
async function seedUser(overrides: { name?: string; email?: string; active?: boolean; role?: "ADMIN" | "MANAGER" } = {}) {
  seq += 1;
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `bruker.${seq}@nav.no`,
      name: overrides.name ?? `Bruker ${seq}`,
      passwordHash: await hashPassword(OLD_PASSWORD),
      active: overrides.active ?? true,
      memberships: { create: { role: overrides.role ?? "MANAGER" } },
    },
  });
  return user;
}

async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`no actor for ${userId}`);
  return actor;
}

const totals = async () => ({
  users: await db.user.count(),
  audits: await db.auditEvent.count(),
  tokens: await db.passwordResetToken.count(),
  notifications: await db.notification.count(),
});

/** The token an e-mail would carry: the last segment of the outbox row's path (the only place it exists). */
async function tokenFromOutbox(userId: string): Promise<string> {
  const row = await db.notification.findFirstOrThrow({ where: { recipientUserId: userId, kind: "user.password-reset" }, orderBy: { createdAt: "desc" } });
  const path = (row.payload as { path: string }).path;
  return decodeURIComponent(path.split("/").pop()!);
}

async function login(email: string, password: string, ip = "10.1.0.1"): Promise<string> {
  try {
    await verifyCredentials(db, clock, { email, password }, ip);
    return "OK";
  } catch (error) {
    if (error instanceof LoginError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  db = testDb.db;
  const regionId = (await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } })).id;
  adminId = (await seedUser({ role: "ADMIN", email: "admin@nav.no", name: "Admin Adminsen" })).id;
  admin = await actorFor(adminId);
  const officerUser = await db.user.create({ data: { email: "officer@nav.no", name: "Olga Officer", memberships: { create: { role: "OFFICER", regionId } } } });
  officer = await actorFor(officerUser.id);
});

describe("listUsersForAdmin (search)", () => {
  it("finds users by part of the name or e-mail, case-insensitively, and everyone for an empty query", async () => {
    const kari = await seedUser({ name: "Kari Søkbar", email: "kari.sokbar@nav.no" });
    const per = await seedUser({ name: "Per Annen", email: "per.sokbar@leverandor.no" });
    await seedUser({ name: "Ola Ikkefunnet", email: "ola@nav.no" });

    const byName = await searchUsers("søkBAR");
    expect(byName.map((user) => user.id)).toEqual([kari.id]);
    const byEmail = await searchUsers("SOKBAR@");
    expect(byEmail.map((user) => user.id).sort()).toEqual([kari.id, per.id].sort());
    expect(await searchUsers("finnes-ikke-i-noen")).toEqual([]);
    expect((await searchUsers("")).length).toBe(await db.user.count());
    // LIKE wildcards in the query are plain characters, not patterns.
    expect(await searchUsers("%")).toEqual([]);
    expect(await searchUsers("_")).toEqual([]);
    const underscored = await seedUser({ name: "Under_Strek", email: "under_strek@nav.no" });
    expect((await searchUsers("r_s")).map((user) => user.id)).toEqual([underscored.id]);
  });
});

describe("updateUser", () => {
  it("changes name, e-mail (lower-cased) and locale with one audit event naming before and after", async () => {
    const user = await seedUser({ name: "Gammelt Navn", email: "gammel@nav.no" });
    const before = await totals();
    const result = await runCommand(updateUser, {
      actor: admin, rawInput: { userId: user.id, name: " Nytt Navn ", email: "Ny.Adresse@NAV.no", locale: "en" }, db, clock,
    });
    expect(result).toEqual({ ok: true, data: { userId: user.id, changed: true } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Nytt Navn", email: "ny.adresse@nav.no", locale: "en" });
    expect(await totals()).toEqual({ ...before, audits: before.audits + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.update" } });
    expect(event).toMatchObject({
      actorId: adminId,
      before: { name: "Gammelt Navn", email: "gammel@nav.no", locale: "nb" },
      after: { name: "Nytt Navn", email: "ny.adresse@nav.no", locale: "en" },
    });
  });

  it("is a no-op without an audit event when nothing changed", async () => {
    const user = await seedUser();
    const before = await totals();
    const result = await runCommand(updateUser, { actor: admin, rawInput: { userId: user.id, name: user.name, email: user.email, locale: "nb" }, db, clock });
    expect(result).toEqual({ ok: true, data: { userId: user.id, changed: false } });
    expect(await totals()).toEqual(before);
  });

  it("answers a taken e-mail (any case) with a field error on email, not a 500, and writes nothing", async () => {
    const taken = await seedUser({ email: "opptatt@nav.no" });
    const user = await seedUser();
    const before = await totals();
    const result = await runCommand(updateUser, { actor: admin, rawInput: { userId: user.id, name: user.name, email: "OPPTATT@nav.no", locale: "nb" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { email: ["errors.emailTaken"] } } } });
    expect(await totals()).toEqual(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect(taken.email).toBe("opptatt@nav.no");
  });

  it("gives field-specific message keys for every field", async () => {
    const user = await seedUser();
    const result = await runCommand(updateUser, { actor: admin, rawInput: { userId: user.id, name: "K", email: "ikke-epost", locale: "de" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (result.ok) return;
    expect(result.error.details?.fieldErrors).toEqual({
      name: ["errors.field.nameTooShort"],
      email: ["errors.field.email"],
      locale: ["errors.field.localeInvalid"],
    });
    const empty = await runCommand(updateUser, { actor: admin, rawInput: { userId: user.id, name: " ", email: "", locale: "nb" }, db, clock });
    expect(empty).toMatchObject({ ok: false, error: { details: { fieldErrors: { name: ["errors.field.nameRequired"], email: ["errors.field.emailRequired"] } } } });
  });

  it("refuses an admin editing themselves and a non-admin (FORBIDDEN), an unknown user (NOT_FOUND), writing nothing", async () => {
    const user = await seedUser();
    const before = await totals();
    const input = (userId: string) => ({ userId, name: "Nytt Navn", email: `x.${userId}@nav.no`, locale: "nb" });
    expect(await runCommand(updateUser, { actor: admin, rawInput: input(adminId), db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(updateUser, { actor: officer, rawInput: input(user.id), db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(updateUser, { actor: admin, rawInput: input("no-such-user"), db, clock })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await totals()).toEqual(before);
  });

  it("revokes outstanding reset links when the e-mail changes (they went to the old address)", async () => {
    const user = await seedUser();
    expect((await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: user.id }, db, clock })).ok).toBe(true);
    const token = await tokenFromOutbox(user.id);
    await runCommand(updateUser, { actor: admin, rawInput: { userId: user.id, name: user.name, email: `flyttet.${user.email}`, locale: "nb" }, db, clock });
    expect(await tokenStatus(clock, token)).toBe("used");
  });
});

describe("requestPasswordReset", () => {
  it("stores only the token's hash, writes exactly one outbox row to the user and one audit event", async () => {
    const user = await seedUser();
    const before = await totals();
    const result = await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: user.id }, db, clock });
    const expiresAt = new Date(clock.now().getTime() + PASSWORD_RESET_TTL_MS);
    expect(result).toEqual({ ok: true, data: { userId: user.id, email: user.email, expiresAt } });
    expect(await totals()).toEqual({ ...before, audits: before.audits + 1, tokens: before.tokens + 1, notifications: before.notifications + 1 });

    const notification = await db.notification.findFirstOrThrow({ where: { recipientUserId: user.id } });
    expect(notification).toMatchObject({ kind: "user.password-reset", status: "PENDING", recipientSupplierId: null, createdAt: clock.now() });
    const payload = notification.payload as { path: string; expiresAt: string };
    expect(payload.expiresAt).toBe(expiresAt.toISOString());
    expect(payload.path).toMatch(/^\/tilbakestill-passord\/[A-Za-z0-9_-]{43}$/);
    const token = await tokenFromOutbox(user.id);

    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ tokenHash: hashResetToken(token), expiresAt, usedAt: null, revokedAt: null, requestedById: adminId });
    // The token itself is nowhere but the outbox: not in the token table, not in the audit log, not in the result.
    const tokenRows = JSON.stringify(await db.passwordResetToken.findMany());
    const audit = JSON.stringify(await db.auditEvent.findMany({ where: { entityId: user.id }, select: { before: true, after: true } }));
    for (const text of [tokenRows, audit, JSON.stringify(result)]) expect(text).not.toContain(token);
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } })).toMatchObject({ action: "user.password_reset_requested", actorId: adminId });
    expect(await verifyAuditChain(db, "global")).toMatchObject({ ok: true });
  });

  it("a new link revokes the earlier one", async () => {
    const user = await seedUser();
    await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: user.id }, db, clock });
    const first = await tokenFromOutbox(user.id);
    clock.advance(1000);
    await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: user.id }, db, clock });
    const second = await tokenFromOutbox(user.id);
    expect(second).not.toBe(first);
    expect(await tokenStatus(clock, first)).toBe("used");
    expect(await tokenStatus(clock, second)).toBe("valid");
  });

  it("rolls back token, outbox row and audit together when the transaction fails at the end", async () => {
    const user = await seedUser();
    const before = await totals();
    // The same database, but the transaction throws after the command and the runner wrote everything.
    const failingAtCommit: Pick<Db, "$transaction"> = {
      $transaction: ((fn: (tx: Tx) => Promise<unknown>) =>
        db.$transaction(async (tx) => {
          await fn(tx);
          expect(await tx.notification.count()).toBe(before.notifications + 1);
          throw new Error("connection lost before commit");
        })) as unknown as Db["$transaction"],
    };
    await expect(runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: user.id }, db: failingAtCommit, clock })).rejects.toThrow("connection lost");
    expect(await totals()).toEqual(before);
  });

  it("refuses oneself and non-admins (FORBIDDEN), a deactivated user (INVALID_STATE), an unknown id (NOT_FOUND)", async () => {
    const inactive = await seedUser({ active: false });
    const user = await seedUser();
    const before = await totals();
    expect(await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: adminId }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(requestPasswordReset, { actor: officer, rawInput: { userId: user.id }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: inactive.id }, db, clock })).toMatchObject({
      ok: false, error: { code: "INVALID_STATE", messageKey: "errors.resetInactiveUser" },
    });
    expect(await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId: "no-such-user" }, db, clock })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await totals()).toEqual(before);
  });
});

describe("resetPassword (public, with the token)", () => {
  async function requestFor(userId: string) {
    const result = await runCommand(requestPasswordReset, { actor: admin, rawInput: { userId }, db, clock });
    if (!result.ok) throw result.error;
    return tokenFromOutbox(userId);
  }

  it("sets the new password (argon2id), uses the token, revokes the user's other links and audits the user as actor", async () => {
    const user = await seedUser();
    const token = await requestFor(user.id);
    // Another outstanding link (e.g. from a second admin at the same time), not yet revoked.
    const other = await db.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hashResetToken("another-outstanding-token"), createdAt: clock.now(), expiresAt: new Date(clock.now().getTime() + 60_000) },
    });
    const before = await totals();

    const result = await runCommand(resetPassword, { actor: null, rawInput: { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, db, clock });
    expect(result).toEqual({ ok: true, data: { userId: user.id } });
    expect(await login(user.email, NEW_PASSWORD)).toBe("OK");
    expect(await login(user.email, OLD_PASSWORD, "10.1.0.2")).toBe("INVALID_CREDENTIALS");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$argon2id\$/);

    const used = await db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashResetToken(token) } });
    expect(used.usedAt).toEqual(clock.now());
    expect((await db.passwordResetToken.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toEqual(clock.now());
    expect(await totals()).toEqual({ ...before, audits: before.audits + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: "user.password_reset" } });
    expect(event.actorId).toBe(user.id);
    expect(JSON.stringify([event.before, event.after])).not.toContain(NEW_PASSWORD);
  });

  it("works once: a second use is refused as used and changes nothing", async () => {
    const user = await seedUser();
    const token = await requestFor(user.id);
    const input = { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect((await runCommand(resetPassword, { actor: null, rawInput: input, db, clock })).ok).toBe(true);
    const hashAfterFirst = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const before = await totals();
    const again = await runCommand(resetPassword, { actor: null, rawInput: { ...input, password: "et-tredje-passord", confirmPassword: "et-tredje-passord" }, db, clock });
    expect(again).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.resetToken.used" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hashAfterFirst);
    expect(await totals()).toEqual(before);
  });

  it("two submits at the same moment: exactly one succeeds", async () => {
    const user = await seedUser();
    const token = await requestFor(user.id);
    const run = (password: string) => runCommand(resetPassword, { actor: null, rawInput: { token, password, confirmPassword: password }, db, clock });
    const results = await Promise.all([run("forste-passordet-1"), run("andre-passordet-22")]);
    expect(results.map((result) => (result.ok ? "ok" : result.error.messageKey)).sort()).toEqual(["errors.resetToken.used", "ok"]);
  });

  it("expires after 60 minutes by the clock", async () => {
    const user = await seedUser();
    const token = await requestFor(user.id);
    const input = { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    const later = fixedClock(clock.now());
    later.advance(PASSWORD_RESET_TTL_MS - 1);
    expect(await tokenStatus(later, token)).toBe("valid");
    later.advance(1);
    expect(await tokenStatus(later, token)).toBe("expired");
    const before = await totals();
    expect(await runCommand(resetPassword, { actor: null, rawInput: input, db, clock: later })).toMatchObject({
      ok: false, error: { code: "INVALID_STATE", messageKey: "errors.resetToken.expired" },
    });
    expect(await totals()).toEqual(before);
    expect(await login(user.email, OLD_PASSWORD, "10.1.0.3")).toBe("OK");
  });

  it("answers an unknown token as unknown, and a deactivated user's link as no longer working", async () => {
    const input = { token: "finnes-ikke", password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    expect(await runCommand(resetPassword, { actor: null, rawInput: input, db, clock })).toMatchObject({
      ok: false, error: { code: "NOT_FOUND", messageKey: "errors.resetToken.unknown" },
    });
    expect(await tokenStatus(clock, "finnes-ikke")).toBe("unknown");
    expect(await tokenStatus(clock, "x".repeat(500))).toBe("unknown");

    const user = await seedUser();
    const token = await requestFor(user.id);
    expect((await runCommand(setUserActive, { actor: admin, rawInput: { userId: user.id, active: "false" }, db, clock })).ok).toBe(true);
    expect(await tokenStatus(clock, token)).toBe("used");
    expect(await runCommand(resetPassword, { actor: null, rawInput: { ...input, token }, db, clock })).toMatchObject({
      ok: false, error: { messageKey: "errors.resetToken.used" },
    });
  });

  it("applies the same password rule as everywhere, with field-specific keys, and leaves the token usable", async () => {
    const user = await seedUser();
    const token = await requestFor(user.id);
    const short = await runCommand(resetPassword, { actor: null, rawInput: { token, password: "kort", confirmPassword: "kort" }, db, clock });
    expect(short).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { password: ["errors.field.passwordTooShort"] } } } });
    const mismatch = await runCommand(resetPassword, { actor: null, rawInput: { token, password: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` }, db, clock });
    expect(mismatch).toMatchObject({ ok: false, error: { details: { fieldErrors: { confirmPassword: ["errors.field.passwordMismatch"] } } } });
    expect(await tokenStatus(clock, token)).toBe("valid");
  });
});

describe("log-in of a deactivated user", () => {
  it("is told the account is deactivated with the right password, and the usual answer with a wrong one", async () => {
    const user = await seedUser({ active: false });
    expect(await login(user.email, OLD_PASSWORD, "10.2.0.1")).toBe("ACCOUNT_DEACTIVATED");
    expect(await login(user.email, "feil-passord-99", "10.2.0.1")).toBe("INVALID_CREDENTIALS");
    expect(await login(`ukjent.${user.email}`, OLD_PASSWORD, "10.2.0.1")).toBe("INVALID_CREDENTIALS");
  });

  it("keeps the rate limit: after five wrong guesses even the right password gets RATE_LIMITED, not the deactivated answer", async () => {
    const user = await seedUser({ active: false });
    for (let i = 0; i < 5; i++) expect(await login(user.email, `gjett-${i}-xxxx`, "10.2.0.2")).toBe("INVALID_CREDENTIALS");
    expect(await login(user.email, OLD_PASSWORD, "10.2.0.2")).toBe("RATE_LIMITED");
  });
});
