import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand } from "@/lib/mutation";
import {
  acceptInvitation, inviteMember, registerSupplier, removeMember, revokeInvitation, setEligibility, uploadSupplierDocument,
} from "@/lib/suppliers";
import { hashInvitationToken } from "@/lib/suppliers/invitation-token";
import { FIXTURE_DELETED_ORGANISATION, FIXTURE_NEW_ORGANISATIONS, setOrganisationLookup } from "@/lib/suppliers/registry";

import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
const clock = fixedClock("2026-12-01T11:00:00.000Z");
const later = (days: number) => fixedClock(new Date(clock.now().getTime() + days * 86_400_000).toISOString());
const PASSWORD = "korrekt-hest-batteri-stift";
const [NEW_AS, NEW_STI, NEW_KF] = FIXTURE_NEW_ORGANISATIONS.map((o) => o.orgnr) as [string, string, string];
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

const registration = (overrides: Record<string, unknown> = {}) => ({
  orgnr: NEW_AS.replace(/(\d{3})(\d{3})(\d{3})/, "$1 $2 $3"), name: "Nye Spor Oppfølging AS", address: "Storgata 12", postalCode: "0155", postalPlace: "Oslo",
  kind: "COMMERCIAL", contactName: "Kari Nordmann", contactEmail: "kari@nyespor.no", password: PASSWORD, confirmPassword: PASSWORD, ...overrides,
});

const counts = async () => ({
  suppliers: await db.supplier.count(), users: await db.user.count(), memberships: await db.membership.count({ where: { revokedAt: null } }),
  invitations: await db.supplierInvitation.count(), pending: await db.supplierInvitation.count({ where: { acceptedAt: null, revokedAt: null } }),
  documents: await db.supplierDocument.count(), audits: await db.auditEvent.count(), outbox: await db.notification.count(),
});
const actorFor = async (userId: string): Promise<Actor> => (await loadActor(db, userId))!;

/** The token of the newest invitation to `email`, read from the outbox as the mail sender will. */
async function invitationToken(email: string): Promise<string> {
  const row = await db.notification.findFirstOrThrow({ where: { kind: "supplier.invitation", recipientEmail: email }, orderBy: { createdAt: "desc" } });
  const path = (row.payload as { path: string }).path;
  return decodeURIComponent(path.split("/").pop()!);
}

let admin: Actor;
let officer: Actor;
let supplierId: string;
let owner: Actor;
let colleague: Actor;

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  const region = await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } });
  await db.municipality.create({ data: { number: "0301", name: "Oslo", regionId: region.id } });
  admin = await actorFor((await db.user.create({ data: { email: "admin@nav.no", name: "Ingrid Admin", memberships: { create: { role: "ADMIN" } } } })).id);
  officer = await actorFor((await db.user.create({ data: { email: "officer@nav.no", name: "Lars Officer", passwordHash: null, memberships: { create: { role: "OFFICER", regionId: region.id } } } })).id);
});
afterAll(async () => {
  setOrganisationLookup(undefined);
  await drop();
});

describe("registerSupplier (public)", () => {
  let before: Awaited<ReturnType<typeof counts>>;
  beforeEach(async () => {
    before = await counts();
  });

  it("creates the supplier, the contact person and an administrating membership, audited with the new user as actor", async () => {
    const result = await runCommand(registerSupplier, { actor: null, rawInput: registration(), db, clock });
    expect(result).toMatchObject({ ok: true, data: { registryChecked: true } });
    if (!result.ok) return;
    supplierId = result.data.supplierId;
    const supplier = await db.supplier.findUniqueOrThrow({ where: { id: supplierId } });
    expect(supplier).toMatchObject({ orgnr: NEW_AS, name: "Nye Spor Oppfølging AS", kind: "COMMERCIAL", address: "Storgata 12", postalCode: "0155", organisationForm: "AS", verifiedIdeal: false });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.userId }, include: { memberships: true } });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ role: "SUPPLIER_USER", supplierId, supplierAdmin: true, revokedAt: null })]);
    const audit = await db.auditEvent.findMany({ where: { at: clock.now() }, orderBy: { seq: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([["supplier.registered", user.id], ["user.create", user.id]]);
    expect(JSON.stringify(audit.map((e) => [e.before, e.after]))).not.toContain(PASSWORD);
    expect(await counts()).toMatchObject({ suppliers: before.suppliers + 1, users: before.users + 1, memberships: before.memberships + 1, audits: before.audits + 2 });
    owner = await actorFor(user.id);
  });

  it("refuses an orgnr already registered at the field (ask the admin for an invitation) and writes nothing", async () => {
    const result = await runCommand(registerSupplier, { actor: null, rawInput: registration({ contactEmail: "ola@nyespor.no" }), db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { orgnr: ["suppliers.errors.orgnrTaken"] } } } });
    expect(await counts()).toEqual(before);
  });

  it("two registrations of one orgnr racing: exactly one wins, the other gets the field message", async () => {
    const [a, b] = await Promise.all([
      runCommand(registerSupplier, { actor: null, rawInput: registration({ orgnr: NEW_STI, kind: "IDEAL", contactEmail: "a@lyskilden.no" }), db, clock }),
      runCommand(registerSupplier, { actor: null, rawInput: registration({ orgnr: NEW_STI, kind: "IDEAL", contactEmail: "b@lyskilden.no" }), db, clock }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, error: { details: { fieldErrors: { orgnr: ["suppliers.errors.orgnrTaken"] } } } });
    expect(await db.supplier.count({ where: { orgnr: NEW_STI } })).toBe(1);
    expect(await counts()).toMatchObject({ suppliers: before.suppliers + 1, users: before.users + 1 });
  });

  it.each([
    ["a wrong check digit", { orgnr: "123456789" }, "orgnr", "suppliers.errors.orgnrCheckDigit"],
    ["8 digits", { orgnr: "12345678" }, "orgnr", "suppliers.errors.orgnrFormat"],
    ["an entity deleted in Enhetsregisteret", { orgnr: FIXTURE_DELETED_ORGANISATION.orgnr }, "orgnr", "suppliers.errors.orgnrDeleted"],
    ["an orgnr Enhetsregisteret does not know", { orgnr: "123456785" }, "orgnr", "suppliers.errors.orgnrUnknown"],
    ["a taken e-mail", { orgnr: NEW_KF, kind: "PUBLIC", contactEmail: "admin@nav.no" }, "contactEmail", "suppliers.errors.emailTaken"],
    ["a work-inclusion enterprise without its owner", { orgnr: NEW_KF, kind: "WORK_INCLUSION_ENTERPRISE" }, "ownerMunicipality", "suppliers.errors.ownerMunicipalityRequired"],
    ["an unknown owner municipality", { orgnr: NEW_KF, kind: "WORK_INCLUSION_ENTERPRISE", ownerMunicipality: "9999" }, "ownerMunicipality", "suppliers.errors.ownerMunicipality"],
  ])("refuses %s at the field and writes nothing", async (_label, overrides, field, key) => {
    const result = await runCommand(registerSupplier, { actor: null, rawInput: registration({ contactEmail: "new@fjordbyen.no", ...overrides }), db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { [field]: [key] } } } });
    expect(await counts()).toEqual(before);
  });

  it("goes through when Enhetsregisteret does not answer, and the audit says it was not checked", async () => {
    setOrganisationLookup(async () => ({ status: "unavailable", reason: "timeout" }));
    try {
      const result = await runCommand(registerSupplier, {
        actor: null, rawInput: registration({ orgnr: NEW_KF, kind: "WORK_INCLUSION_ENTERPRISE", ownerMunicipality: "0301", contactEmail: "post@fjordbyen.no", organisationForm: "KF" }), db, clock,
      });
      expect(result).toMatchObject({ ok: true, data: { registryChecked: false } });
      if (!result.ok) return;
      expect(await db.supplier.findUniqueOrThrow({ where: { id: result.data.supplierId }, select: { ownerMunicipality: { select: { number: true } } } })).toEqual({ ownerMunicipality: { number: "0301" } });
      const event = await db.auditEvent.findFirstOrThrow({ where: { action: "supplier.registered", entityId: result.data.supplierId } });
      expect(event.after).toMatchObject({ registry: "unavailable" });
    } finally {
      setOrganisationLookup(undefined);
    }
  });
});

describe("invitations", () => {
  let before: Awaited<ReturnType<typeof counts>>;
  beforeEach(async () => {
    before = await counts();
  });

  it("the administrator invites by e-mail: one pending invitation, only the token's hash stored, the link in the outbox", async () => {
    const result = await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "Ola@NyeSpor.no" }, db, clock });
    expect(result).toMatchObject({ ok: true, data: { email: "ola@nyespor.no" } });
    const token = await invitationToken("ola@nyespor.no");
    const row = await db.supplierInvitation.findFirstOrThrow({ where: { email: "ola@nyespor.no" } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - clock.now().getTime()).toBe(7 * 86_400_000);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "supplier.member_invited" } });
    expect(event.actorId).toBe(owner.userId);
    expect(JSON.stringify([event.before, event.after])).not.toContain(token);
    expect(await counts()).toMatchObject({ invitations: before.invitations + 1, pending: before.pending + 1, outbox: before.outbox + 1, audits: before.audits + 1 });
  });

  it.each([
    ["an ADMIN of the authority", () => admin],
    ["an officer", () => officer],
  ])("is refused for %s (403) and writes nothing", async (_label, who) => {
    const result = await runCommand(inviteMember, { actor: who(), rawInput: { supplierId, email: "x@nyespor.no" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
  });

  it("accepting sets name and password, creates the user and the membership, and uses the link up", async () => {
    const token = await invitationToken("ola@nyespor.no");
    const result = await runCommand(acceptInvitation, { actor: null, rawInput: { token, name: "Ola Hansen", password: PASSWORD, confirmPassword: PASSWORD }, db, clock: later(1) });
    expect(result).toMatchObject({ ok: true, data: { supplierId, existingUser: false } });
    if (!result.ok) return;
    colleague = await actorFor(result.data.userId);
    expect(colleague.memberships).toEqual([{ role: "SUPPLIER_USER", regionId: null, supplierId }]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "supplier.invitation_accepted" } });
    expect(event.actorId).toBe(result.data.userId);
    const again = await runCommand(acceptInvitation, { actor: null, rawInput: { token, name: "Ola Hansen", password: PASSWORD, confirmPassword: PASSWORD }, db, clock: later(1) });
    expect(again).toMatchObject({ ok: false, error: { messageKey: "suppliers.invitation.status.used" } });
    expect(await counts()).toMatchObject({ users: before.users + 1, memberships: before.memberships + 1, pending: before.pending - 1 });
  });

  it("a member (not administrator) may not invite (403), nothing written", async () => {
    const result = await runCommand(inviteMember, { actor: colleague, rawInput: { supplierId, email: "x@nyespor.no" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
  });

  it("an expired invitation is refused and writes nothing", async () => {
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "sent@nyespor.no" }, db, clock });
    before = await counts();
    const token = await invitationToken("sent@nyespor.no");
    const result = await runCommand(acceptInvitation, { actor: null, rawInput: { token, name: "Sen Person", password: PASSWORD, confirmPassword: PASSWORD }, db, clock: later(7) });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "suppliers.invitation.status.expired" } });
    expect(await counts()).toEqual(before);
  });

  it("a revoked invitation is refused; re-inviting revokes the earlier link", async () => {
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "per@nyespor.no" }, db, clock });
    const first = await invitationToken("per@nyespor.no");
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "per@nyespor.no" }, db, clock: later(0.001) });
    const second = await invitationToken("per@nyespor.no");
    expect(second).not.toBe(first);
    const stale = await runCommand(acceptInvitation, { actor: null, rawInput: { token: first, name: "Per", password: PASSWORD, confirmPassword: PASSWORD }, db, clock });
    expect(stale).toMatchObject({ ok: false, error: { messageKey: "suppliers.invitation.status.revoked" } });

    const pending = await db.supplierInvitation.findFirstOrThrow({ where: { email: "per@nyespor.no", revokedAt: null } });
    expect(await runCommand(revokeInvitation, { actor: colleague, rawInput: { invitationId: pending.id }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(revokeInvitation, { actor: owner, rawInput: { invitationId: pending.id }, db, clock })).toMatchObject({ ok: true });
    before = await counts();
    const revoked = await runCommand(acceptInvitation, { actor: null, rawInput: { token: second, name: "Per Persen", password: PASSWORD, confirmPassword: PASSWORD }, db, clock });
    expect(revoked).toMatchObject({ ok: false, error: { messageKey: "suppliers.invitation.status.revoked" } });
    expect(await runCommand(revokeInvitation, { actor: owner, rawInput: { invitationId: pending.id }, db, clock })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await counts()).toEqual(before);
  });

  it("an unknown token, or bad name and password, is refused with nothing written", async () => {
    expect(await runCommand(acceptInvitation, { actor: null, rawInput: { token: "nope", name: "X Y", password: PASSWORD }, db, clock })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "nina@nyespor.no" }, db, clock });
    before = await counts();
    const token = await invitationToken("nina@nyespor.no");
    const result = await runCommand(acceptInvitation, { actor: null, rawInput: { token, name: "", password: "kort", confirmPassword: "kort" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { name: ["errors.field.nameRequired"], password: ["errors.field.passwordTooShort"] } } } });
    expect(await counts()).toEqual(before);
  });

  it("an existing account joins with its current password (kept), never with a wrong one; an authority account cannot join", async () => {
    // The owner of another registered organisation (Lyskilden, from the race above) is invited here too.
    const other = await db.user.findFirstOrThrow({ where: { email: { in: ["a@lyskilden.no", "b@lyskilden.no"] } } });
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: other.email }, db, clock });
    const token = await invitationToken(other.email);
    before = await counts();
    const wrong = await runCommand(acceptInvitation, { actor: null, rawInput: { token, password: "feil-passord-her-1" }, db, clock });
    expect(wrong).toMatchObject({ ok: false, error: { details: { fieldErrors: { password: ["suppliers.errors.invitationPassword"] } } } });
    expect(await counts()).toEqual(before);
    const right = await runCommand(acceptInvitation, { actor: null, rawInput: { token, password: PASSWORD }, db, clock });
    expect(right).toMatchObject({ ok: true, data: { userId: other.id, existingUser: true } });
    expect((await actorFor(other.id)).memberships.map((m) => m.supplierId)).toContain(supplierId);

    await db.user.update({ where: { id: officer.userId }, data: { passwordHash: (await db.user.findUniqueOrThrow({ where: { id: other.id } })).passwordHash } });
    await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "officer@nav.no" }, db, clock });
    const staff = await runCommand(acceptInvitation, { actor: null, rawInput: { token: await invitationToken("officer@nav.no"), password: PASSWORD }, db, clock });
    expect(staff).toMatchObject({ ok: false, error: { messageKey: "suppliers.errors.invitationStaffAccount" } });
  });

  it("inviting someone already a member is refused at the field", async () => {
    const result = await runCommand(inviteMember, { actor: owner, rawInput: { supplierId, email: "ola@nyespor.no" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { details: { fieldErrors: { email: ["suppliers.errors.alreadyMember"] } } } });
    expect(await counts()).toEqual(before);
  });

  it("the administrator removes a member, never themselves; a member may not remove anyone", async () => {
    const mine = await db.membership.findFirstOrThrow({ where: { userId: owner.userId, supplierId } });
    const theirs = await db.membership.findFirstOrThrow({ where: { userId: colleague.userId, supplierId } });
    expect(await runCommand(removeMember, { actor: owner, rawInput: { membershipId: mine.id }, db, clock })).toMatchObject({ ok: false, error: { messageKey: "suppliers.errors.removeSelf" } });
    expect(await runCommand(removeMember, { actor: colleague, rawInput: { membershipId: mine.id }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(removeMember, { actor: admin, rawInput: { membershipId: theirs.id }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
    expect(await runCommand(removeMember, { actor: owner, rawInput: { membershipId: theirs.id }, db, clock })).toMatchObject({ ok: true });
    expect((await actorFor(colleague.userId)).memberships).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "supplier.member_removed", entityId: theirs.id, actorId: owner.userId } })).toBe(1);
  });
});

describe("documentation and verified eligibility", () => {
  let idealId: string;
  let idealOwner: Actor;
  let before: Awaited<ReturnType<typeof counts>>;
  beforeAll(async () => {
    const ideal = await db.supplier.findUniqueOrThrow({ where: { orgnr: NEW_STI }, include: { memberships: true } });
    idealId = ideal.id;
    idealOwner = await actorFor(ideal.memberships.find((m) => m.supplierAdmin)!.userId);
  });
  beforeEach(async () => {
    before = await counts();
  });

  it("an ADMIN cannot verify without documentation", async () => {
    const result = await runCommand(setEligibility, { actor: admin, rawInput: { supplierId: idealId, verifiedIdeal: "true" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { messageKey: "suppliers.errors.verifyWithoutDocuments" } });
    expect(await counts()).toEqual(before);
  });

  it("the organisation's administrator uploads a sniffed PDF; a fake one, or another organisation's admin, is refused", async () => {
    const upload = (actor: Actor, bytes: Uint8Array, filename = "vedtekter.pdf") => runCommand(uploadSupplierDocument, { actor, rawInput: { supplierId: idealId, title: "Vedtekter", filename, bytes }, db, clock });
    expect(await upload(owner, PDF)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await upload(admin, PDF)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await upload(idealOwner, new TextEncoder().encode("MZ not a pdf"))).toMatchObject({ ok: false, error: { details: { fieldErrors: { file: ["documents.errors.executable"] } } } });
    expect(await counts()).toEqual(before);
    const ok = await upload(idealOwner, PDF);
    expect(ok).toMatchObject({ ok: true });
    const stored = await db.supplierDocument.findFirstOrThrow({ where: { supplierId: idealId } });
    expect(stored).toMatchObject({ title: "Vedtekter", contentType: "application/pdf", sizeBytes: PDF.byteLength, uploadedById: idealOwner.userId });
    expect(await db.storedObject.count({ where: { key: stored.storageKey } })).toBe(1);
  });

  it("only an ADMIN verifies (403 for the organisation itself); the verdict, its time and who are stored and audited", async () => {
    expect(await runCommand(setEligibility, { actor: idealOwner, rawInput: { supplierId: idealId, verifiedIdeal: "true" }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await runCommand(setEligibility, { actor: officer, rawInput: { supplierId: idealId, verifiedIdeal: "true" }, db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await counts()).toEqual(before);
    const result = await runCommand(setEligibility, { actor: admin, rawInput: { supplierId: idealId, verifiedIdeal: "verifiedIdeal", note: "Vedtektene § 2: ideelt formål" }, db, clock: later(2) });
    expect(result).toMatchObject({ ok: true });
    expect(await db.supplier.findUniqueOrThrow({ where: { id: idealId } })).toMatchObject({ verifiedIdeal: true, verifiedWorkInclusion: false, verifiedAt: later(2).now(), verifiedById: admin.userId });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "supplier.eligibility_verified", entityId: idealId } });
    expect(event).toMatchObject({ actorId: admin.userId, before: { verifiedIdeal: false }, after: { verifiedIdeal: true, verifiedById: admin.userId, note: "Vedtektene § 2: ideelt formål" } });
  });

  it("the same verdict again changes nothing; revoking (nothing ticked) is audited as revoked", async () => {
    expect(await runCommand(setEligibility, { actor: admin, rawInput: { supplierId: idealId, verifiedIdeal: "true" }, db, clock })).toMatchObject({ ok: false, error: { messageKey: "suppliers.errors.eligibilityUnchanged" } });
    expect(await counts()).toEqual(before);
    expect(await runCommand(setEligibility, { actor: admin, rawInput: { supplierId: idealId }, db, clock: later(3) })).toMatchObject({ ok: true });
    expect(await db.supplier.findUniqueOrThrow({ where: { id: idealId } })).toMatchObject({ verifiedIdeal: false, verifiedAt: later(3).now(), verifiedById: admin.userId });
    expect(await db.auditEvent.count({ where: { action: "supplier.eligibility_revoked", entityId: idealId, actorId: admin.userId } })).toBe(1);
  });
});
