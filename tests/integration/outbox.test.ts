import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { defineCommand, definePublicCommand, runCommand } from "@/lib/mutation";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2026-05-01T08:00:00.000Z");
let admin: Actor;
let userId: string;
let supplierId: string;

/** Test-only: touches a user and asks for one notification to the user and one to a supplier organisation. */
const touchAndNotify = (afterRun: () => void = () => undefined) =>
  defineCommand({
    name: "test.touchAndNotify",
    action: "admin.users.create",
    input: z.object({ name: z.string() }),
    async run({ tx, input }) {
      await tx.user.update({ where: { id: userId }, data: { name: input.name } });
      afterRun();
      return {
        data: null,
        audit: { chain: "global", action: "test.touch", entityType: "User", entityId: userId },
        notify: [
          { to: { userId }, template: "user.password-reset", params: { path: "/tilbakestill-passord/x", expiresAt: "2026-05-01T09:00:00.000Z" } },
          { to: { supplierId }, template: "user.password-reset", params: { path: "/tilbakestill-passord/y", expiresAt: "2026-05-01T09:00:00.000Z" } },
        ],
      };
    },
  });

const state = async () => ({
  name: (await testDb.db.user.findUniqueOrThrow({ where: { id: userId } })).name,
  notifications: await testDb.db.notification.count(),
  audits: await testDb.db.auditEvent.count(),
});

beforeAll(async () => {
  const db = testDb.db;
  userId = (await db.user.create({ data: { email: "mottaker@nav.no", name: "Mottaker" } })).id;
  supplierId = (await db.supplier.create({ data: { orgnr: "974760673", name: "Acme AS", kind: "COMMERCIAL" } })).id;
  admin = { userId: "admin-1", active: true, locale: "nb", memberships: [{ role: "ADMIN", regionId: null, supplierId: null }] };
});

describe("runCommand: the outbox", () => {
  it("writes each notification of the outcome as a PENDING row, with the change and its audit", async () => {
    const before = await state();
    const result = await runCommand(touchAndNotify(), { actor: admin, rawInput: { name: "Nytt navn" }, db: testDb.db, clock });
    expect(result.ok).toBe(true);
    expect(await state()).toEqual({ name: "Nytt navn", notifications: before.notifications + 2, audits: before.audits + 1 });
    const rows = await testDb.db.notification.findMany({ orderBy: { payload: "asc" } });
    expect(rows.map((row) => [row.kind, row.recipientUserId, row.recipientSupplierId, row.status, row.createdAt])).toEqual([
      ["user.password-reset", userId, null, "PENDING", clock.now()],
      ["user.password-reset", null, supplierId, "PENDING", clock.now()],
    ]);
  });

  it("writes no notification when the command fails after its change (all roll back together)", async () => {
    const before = await state();
    const failing = touchAndNotify(() => {
      throw new AppError("INVALID_STATE", "errors.invalidState");
    });
    expect(await runCommand(failing, { actor: admin, rawInput: { name: "Halvveis" }, db: testDb.db, clock })).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
  });

  it("writes no notification for a refused actor", async () => {
    const before = await state();
    const officer: Actor = { ...admin, memberships: [{ role: "OFFICER", regionId: "r", supplierId: null }] };
    expect(await runCommand(touchAndNotify(), { actor: officer, rawInput: { name: "Nei" }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await state()).toEqual(before);
  });
});

describe("runCommand: public commands", () => {
  const publicTouch = definePublicCommand({
    name: "test.publicTouch",
    input: z.object({ secret: z.string() }),
    async run({ tx, actor, input }) {
      if (input.secret !== "open sesame") throw new AppError("NOT_FOUND", "errors.notFound");
      await tx.user.update({ where: { id: userId }, data: { name: `Offentlig ${String(actor)}` } });
      return { data: "done", actorId: userId, audit: { chain: "global", action: "test.public", entityType: "User", entityId: userId } };
    },
  });

  it("runs without an actor and audits the actor the command proved", async () => {
    const result = await runCommand(publicTouch, { actor: null, rawInput: { secret: "open sesame" }, db: testDb.db, clock });
    expect(result).toEqual({ ok: true, data: "done" });
    expect((await testDb.db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("Offentlig null");
    expect(await testDb.db.auditEvent.findFirstOrThrow({ where: { action: "test.public" } })).toMatchObject({ actorId: userId });
  });

  it("still parses first and rolls back on its own refusal", async () => {
    const before = await state();
    expect(await runCommand(publicTouch, { actor: null, rawInput: {}, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await runCommand(publicTouch, { actor: null, rawInput: { secret: "guess" }, db: testDb.db, clock })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await state()).toEqual(before);
  });
});
