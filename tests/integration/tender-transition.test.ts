import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { defineCommand, runCommand } from "@/lib/mutation";
import { transitionTender, type TenderSnapshot } from "@/lib/tenders";
import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
let regionId: string;
let measureTypeId: string;
let userId: string;
let sequence = 0;

beforeAll(async () => {
  const { db } = testDb;
  regionId = (await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } })).id;
  measureTypeId = (await db.measureType.create({ data: { code: "OPPFOLGING", nameNb: "Oppfølging", nameEn: "Follow-up" } })).id;
  userId = (await db.user.create({ data: { email: "officer@nav.no", name: "Officer" } })).id;
});

/** A minimal tender row, written directly (test setup, not through a command). */
async function tender(status: TenderSnapshot["status"] = "READY"): Promise<TenderSnapshot> {
  sequence += 1;
  const row = await testDb.db.tender.create({
    data: { reference: `2025/${String(sequence).padStart(4, "0")}`, title: `Oppfølging ${sequence}`, measureTypeId, regionId, createdById: userId, estimatedValueOre: 1_000_000_00n, status },
    select: { id: true, status: true, version: true },
  });
  return row;
}

const stored = (id: string) => testDb.db.tender.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, announcedAt: true, cancelReason: true } });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("transitionTender", () => {
  const announcedAt = new Date("2025-03-03T08:00:00.000Z");

  it("moves the row one step, bumps the version and writes the extra columns with it", async () => {
    const current = await tender("READY");
    const result = await testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt }));
    expect(result).toEqual({ from: "READY", status: "ANNOUNCED", version: current.version + 1 });
    expect(await stored(current.id)).toMatchObject({ status: "ANNOUNCED", version: current.version + 1, announcedAt });
  });

  it("succeeds only once from the same snapshot: the repeat is a CONFLICT and writes nothing", async () => {
    const current = await tender("READY");
    await testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt }));
    const error = await failure(testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt: new Date("2025-04-01T00:00:00Z") })));
    expect(error.code).toBe("CONFLICT");
    expect(error.messageKey).toBe("errors.conflict");
    expect(await stored(current.id)).toMatchObject({ status: "ANNOUNCED", version: current.version + 1, announcedAt });
  });

  it("a stale version is a CONFLICT and nothing is written", async () => {
    const current = await tender("READY");
    await testDb.db.tender.update({ where: { id: current.id }, data: { title: "Changed by someone else", version: { increment: 1 } } });
    const error = await failure(testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt })));
    expect(error.code).toBe("CONFLICT");
    expect(await stored(current.id)).toEqual({ status: "READY", version: current.version + 1, announcedAt: null, cancelReason: null });
  });

  it("a stale status (same version) is a CONFLICT and nothing is written", async () => {
    const current = await tender("READY");
    await testDb.db.tender.update({ where: { id: current.id }, data: { status: "DRAFT" } });
    const error = await failure(testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt })));
    expect(error.code).toBe("CONFLICT");
    expect(await stored(current.id)).toEqual({ status: "DRAFT", version: current.version, announcedAt: null, cancelReason: null });
  });

  it("an illegal step is INVALID_STATE before any write", async () => {
    const current = await tender("DRAFT");
    const error = await failure(testDb.db.$transaction((tx) => transitionTender(tx, current, "announce", { announcedAt })));
    expect(error.code).toBe("INVALID_STATE");
    expect(error.details).toEqual({ from: "DRAFT", event: "announce" });
    expect(await stored(current.id)).toEqual({ status: "DRAFT", version: current.version, announcedAt: null, cancelReason: null });
  });

  it("a step that needs a reason is refused without one, and goes through with one", async () => {
    const current = await tender("ANNOUNCED");
    const error = await failure(testDb.db.$transaction((tx) => transitionTender(tx, current, "cancel", { cancelReason: " " }, { reason: " " })));
    expect(error.code).toBe("VALIDATION");
    expect(await stored(current.id)).toMatchObject({ status: "ANNOUNCED", version: current.version, cancelReason: null });

    const reason = "Behovet er bortfalt etter omorganisering.";
    await testDb.db.$transaction((tx) => transitionTender(tx, current, "cancel", { cancelReason: reason, cancelledAt: announcedAt }, { reason }));
    expect(await stored(current.id)).toMatchObject({ status: "CANCELLED", version: current.version + 1, cancelReason: reason });
  });

  it("rolls back with the caller's transaction when a later step fails", async () => {
    const current = await tender("READY");
    const later = new Error("a later write in the same command failed");
    await expect(
      testDb.db.$transaction(async (tx) => {
        await transitionTender(tx, current, "announce", { announcedAt });
        throw later;
      }),
    ).rejects.toBe(later);
    expect(await stored(current.id)).toMatchObject({ status: "READY", version: current.version });
  });

  it("two concurrent transitions from the same version: exactly one wins, the other is a CONFLICT", async () => {
    for (let round = 0; round < 5; round++) {
      const current = await tender("AWARD_PROPOSED");
      const attempts = await Promise.allSettled([
        testDb.db.$transaction((tx) => transitionTender(tx, current, "decideAward")),
        testDb.db.$transaction((tx) => transitionTender(tx, current, "rejectProposal", {}, { reason: "Begrunnelsen er mangelfull." })),
      ]);
      const won = attempts.filter((a) => a.status === "fulfilled");
      const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(AppError);
      expect((lost[0]!.reason as AppError).code).toBe("CONFLICT");
      const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof transitionTender>>>).value;
      expect(await stored(current.id)).toMatchObject({ status: winner.status, version: current.version + 1 });
    }
  });
});

/** Test-only command: how a real one (cancel-tender, issue 9) uses the guarded write inside `run`. */
const cancelTender = defineCommand({
  name: "test.cancelTender",
  action: "tender.cancel",
  input: z.object({ tenderId: z.string().min(1), version: z.number().int().min(0), reason: z.string().trim().min(1) }).strict(),
  async load({ tx, input }) {
    const row = await tx.tender.findUnique({ where: { id: input.tenderId }, select: { id: true, status: true, version: true, regionId: true } });
    if (!row) throw new AppError("NOT_FOUND", "errors.notFound");
    return row;
  },
  async run({ tx, input, resource, now }) {
    // The version is the one the user saw, not the one just loaded: a change in between is a conflict.
    const result = await transitionTender(tx, { ...resource, version: input.version }, "cancel", { cancelReason: input.reason, cancelledAt: now }, { reason: input.reason });
    return {
      data: result,
      audit: { chain: `tender:${resource.id}`, action: "tender.cancel", entityType: "Tender", entityId: resource.id, before: { status: result.from }, after: { status: result.status, reason: input.reason } },
    };
  },
});

describe("inside a command (runCommand)", () => {
  const clock = fixedClock("2025-03-14T11:00:00.000Z");
  const officer = (): Actor => ({ userId, active: true, locale: "nb", memberships: [{ role: "OFFICER", regionId, supplierId: null }] });
  const audits = (id: string) => testDb.db.auditEvent.count({ where: { entityId: id } });

  it("two concurrent commands from the same version: one ok with one audit event, the other CONFLICT with nothing written", async () => {
    const current = await tender("ANNOUNCED");
    const run = (reason: string) => runCommand(cancelTender, { actor: officer(), rawInput: { tenderId: current.id, version: current.version, reason }, db: testDb.db, clock });
    const results = await Promise.all([run("Første begrunnelse"), run("Andre begrunnelse")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => r.error.code)).toEqual(["CONFLICT"]);
    const row = await testDb.db.tender.findUniqueOrThrow({ where: { id: current.id } });
    expect(row).toMatchObject({ status: "CANCELLED", version: current.version + 1, cancelledAt: clock.now() });
    expect(["Første begrunnelse", "Andre begrunnelse"]).toContain(row.cancelReason);
    expect(await audits(current.id)).toBe(1);
  });

  it("a wrong-state command is INVALID_STATE, with no change and no audit", async () => {
    const current = await tender("CONTRACT_SIGNED");
    const result = await runCommand(cancelTender, { actor: officer(), rawInput: { tenderId: current.id, version: current.version, reason: "For sent" }, db: testDb.db, clock });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("INVALID_STATE");
    expect(await stored(current.id)).toMatchObject({ status: "CONTRACT_SIGNED", version: current.version, cancelReason: null });
    expect(await audits(current.id)).toBe(0);
  });
});
