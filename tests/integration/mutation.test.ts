import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { verifyAuditChain } from "@/lib/audit";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { defineCommand, runCommand } from "@/lib/mutation";
import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
let regionId: string;
const clock = fixedClock("2025-03-14T11:00:00.000Z");

const admin: Actor = { userId: "admin-1", active: true, locale: "nb", memberships: [{ role: "ADMIN", regionId: null, supplierId: null }] };
const officer: Actor = { userId: "officer-1", active: true, locale: "nb", memberships: [{ role: "OFFICER", regionId: "r", supplierId: null }] };

const ZRenameRegion = z.object({ regionId: z.string().min(1), name: z.string().trim().min(2).max(80), code: z.string().regex(/^\d{4}$/).optional() }).strict();

/** Test-only command: renames a region (reference data) and audits it; `afterWrite` injects failures. */
const renameRegion = (afterWrite: () => void = () => undefined) =>
  defineCommand({
    name: "test.renameRegion",
    action: "admin.reference.update",
    input: ZRenameRegion,
    load: async ({ tx, input }) => {
      const region = await tx.region.findUnique({ where: { id: input.regionId } });
      if (!region) throw new AppError("NOT_FOUND", "errors.notFound");
      return region;
    },
    run: async ({ tx, input, resource, now }) => {
      const updated = await tx.region.update({ where: { id: resource.id }, data: { name: input.name, code: input.code } });
      afterWrite();
      return {
        data: { id: updated.id, name: updated.name, at: now },
        audit: { chain: "global", action: "region.rename", entityType: "Region", entityId: updated.id, before: { name: resource.name }, after: { name: updated.name } },
      };
    },
  });

const state = async () => ({
  name: (await db.region.findUniqueOrThrow({ where: { id: regionId } })).name,
  audits: await db.auditEvent.count(),
});

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  const base = { seat: "Oslo", validFrom: new Date("2024-01-01") };
  regionId = (await db.region.create({ data: { ...base, code: "0300", name: "Nav Oslo" } })).id;
  await db.region.create({ data: { ...base, code: "4600", name: "Nav Vestland", seat: "Bergen" } });
});
afterAll(async () => {
  await drop();
});

describe("runCommand", () => {
  let initial: Awaited<ReturnType<typeof state>>;
  beforeEach(async () => {
    initial = await state();
  });

  it("rejects bad input with VALIDATION field errors and writes nothing", async () => {
    const result = await runCommand(renameRegion(), { actor: admin, rawInput: { regionId, name: "x", extra: 1 }, db, clock });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.details?.fieldErrors).toEqual({ name: ["errors.field.too_small"], _form: ["errors.field.unrecognized_keys"] });
    expect(await state()).toEqual(initial);
  });

  it("requires an actor (UNAUTHENTICATED)", async () => {
    const result = await runCommand(renameRegion(), { actor: null, rawInput: { regionId, name: "Nav Oslo Sentrum" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await state()).toEqual(initial);
  });

  it.each([
    ["an officer", officer],
    ["a deactivated admin", { ...admin, active: false }],
  ])("refuses %s with FORBIDDEN and writes nothing", async (_who, actor) => {
    const result = await runCommand(renameRegion(), { actor, rawInput: { regionId, name: "Nav Oslo Sentrum" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN", messageKey: "errors.forbidden" } });
    expect(await state()).toEqual(initial);
  });

  it("answers NOT_FOUND for an id no stored row has", async () => {
    const result = await runCommand(renameRegion(), { actor: admin, rawInput: { regionId: "nope", name: "Nav Oslo Sentrum" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("rolls back the write and its audit when run fails after writing", async () => {
    const failing = renameRegion(() => {
      throw new AppError("INVALID_STATE", "errors.invalidState");
    });
    const result = await runCommand(failing, { actor: admin, rawInput: { regionId, name: "Half Done" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
    expect(await state()).toEqual(initial);
  });

  it("rethrows an unexpected error after rolling back", async () => {
    const crashing = renameRegion(() => {
      throw new TypeError("bug");
    });
    await expect(runCommand(crashing, { actor: admin, rawInput: { regionId, name: "Half Done" }, db, clock })).rejects.toThrow("bug");
    expect(await state()).toEqual(initial);
  });

  it("maps a unique-constraint race to CONFLICT", async () => {
    const result = await runCommand(renameRegion(), { actor: admin, rawInput: { regionId, name: "Nav Oslo", code: "4600" }, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await state()).toEqual(initial);
  });

  it("writes the change and exactly one audit event on success", async () => {
    const result = await runCommand(renameRegion(), { actor: admin, rawInput: { regionId, name: "  Nav Oslo Sentrum " }, db, clock });
    expect(result).toEqual({ ok: true, data: { id: regionId, name: "Nav Oslo Sentrum", at: clock.now() } });
    expect(await state()).toEqual({ name: "Nav Oslo Sentrum", audits: initial.audits + 1 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: regionId }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({
      chain: "global", actorId: "admin-1", action: "region.rename", entityType: "Region",
      before: { name: "Nav Oslo" }, after: { name: "Nav Oslo Sentrum" }, at: clock.now(),
    });
    expect(await verifyAuditChain(db, "global")).toMatchObject({ ok: true });
  });
});

describe("bad input that reaches the database answers 400, never 500, and writes nothing", () => {
  // A command whose schema lets anything through, so the database itself refuses the value.
  const rawWrite = (write: (tx: Tx) => Promise<unknown>) =>
    defineCommand({
      name: "test.rawWrite",
      action: "admin.reference.update",
      input: z.unknown(),
      run: async ({ tx }) => {
        await tx.region.update({ where: { id: regionId }, data: { name: "Skrevet før feilen" } });
        await write(tx);
        return { data: null, audit: { chain: "global", action: "test.raw", entityType: "Region", entityId: regionId } };
      },
    });

  it.each([
    ["a NUL character in text", (tx: Tx) => tx.region.update({ where: { id: regionId }, data: { name: "Nav\u0000Oslo" } })],
    ["a foreign key to nothing", (tx: Tx) => tx.municipality.create({ data: { number: "9999", name: "Ingenstad", regionId: "finnes-ikke" } })],
    ["a number out of range", (tx: Tx) => tx.$executeRawUnsafe(`UPDATE "Region" SET code = code WHERE 32767::int2 + 1::int2 > 0`)],
  ])("%s", async (_, write) => {
    const before = await state();
    const result = await runCommand(rawWrite(write), { actor: admin, rawInput: {}, db, clock });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "errors.badInput" } });
    expect(await state()).toEqual(before);
  });
});
