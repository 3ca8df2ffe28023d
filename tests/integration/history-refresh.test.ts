import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { approveAward } from "@/lib/awards/commands/approve-award";
import { decideComplaint } from "@/lib/awards/commands/decide-complaint";
import { lodgeComplaint } from "@/lib/awards/commands/lodge-complaint";
import { reopenEvaluation } from "@/lib/awards/commands/reopen-evaluation";
import { fixedClock } from "@/lib/clock";
import { concludeContract } from "@/lib/contracts/commands/conclude-contract";
import { listHistory } from "@/lib/history/queries/list-history";
import { refreshHistoryRows } from "@/lib/history/refresh";
import { runCommand, type Command } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { createProposedAward } from "../helpers/award-fixture";
import { setupTestDb } from "./helpers/db";

/*
 * The history's read model (HistoryRow) is kept current by the commands themselves, in their transaction: after
 * each step the history shows what the facts say, without any rebuild — and a rebuild from scratch agrees.
 */
const testDb = setupTestDb();
const APPROVED_AT = new Date("2025-05-07T10:00:00Z");
const DURING = fixedClock(new Date("2025-05-16T10:00:00Z"));
const actor = async (id: string) => (await loadActor(testDb.db, id)) as Actor;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, who: Actor, rawInput: unknown, clock = fixedClock(APPROVED_AT)) =>
  runCommand(command, { actor: who, rawInput, db: testDb.db, clock });
const version = async (tenderId: string) => (await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).version;
let national: Actor;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  national = await actor((await testDb.db.user.findUniqueOrThrow({ where: { email: "leder@nav.no" } })).id);
}, 120_000);

/** The competition's history rows as the history page reads them (by its reference, through the policy). */
async function historyOf(reference: string) {
  const result = await runQuery(listHistory, { actor: national, rawInput: { q: reference, size: "100" }, db: testDb.db });
  if (!result.ok) throw result.error;
  return result.data.filter((row) => row.reference === reference);
}

/** The read model equals a rebuild from the facts (rolled back, so the check changes nothing). */
async function agreesWithRebuild() {
  const snapshot = () => testDb.db.$queryRaw<object[]>`SELECT * FROM "HistoryRow" ORDER BY "rowKey"`;
  const before = await snapshot();
  const rebuilt = await testDb.db.$transaction(async (tx) => {
    await refreshHistoryRows(tx);
    const rows = await tx.$queryRaw<object[]>`SELECT * FROM "HistoryRow" ORDER BY "rowKey"`;
    throw Object.assign(new Error("rollback"), { rows });
  }).catch((error: { rows?: object[] }) => error.rows);
  expect(rebuilt).toEqual(before);
}

describe("the history's read model follows the commands", () => {
  it("approving an award shows the winner and the decision; reopening the evaluation takes them away again", async () => {
    const f = await createProposedAward(testDb.db, { reference: "2025/9101", at: APPROVED_AT });
    const winner = await testDb.db.supplier.findUniqueOrThrow({ where: { id: f.suppliers.winner } });

    expect(await run(approveAward, await actor(f.users.manager), { tenderId: f.tenderId, version: await version(f.tenderId) })).toMatchObject({ ok: true });
    expect(await historyOf("2025/9101")).toEqual([
      expect.objectContaining({ rowKey: f.lotId + f.awardId, awardId: f.awardId, supplierName: winner.name, supplierOrgnr: winner.orgnr, status: "STANDSTILL", decidedAt: APPROVED_AT, valueOre: 100_000_000n, bids: 3 }),
    ]);
    await agreesWithRebuild();

    const officer = await actor(f.users.officer);
    const lodged = await run(lodgeComplaint, await actor(f.users.runnerUp), { tenderId: f.tenderId, text: "Feil i prisberegningen." }, DURING);
    await run(decideComplaint, officer, { complaintId: lodged.ok ? (lodged.data as { id: string }).id : "", outcome: "UPHELD", reason: "Prisen ble lest feil." }, DURING);
    expect(await run(reopenEvaluation, officer, { tenderId: f.tenderId, version: await version(f.tenderId), reason: "Klagen er tatt til følge." }, DURING)).toMatchObject({ ok: true });
    expect(await historyOf("2025/9101")).toEqual([expect.objectContaining({ rowKey: f.lotId, awardId: null, supplierName: null, status: "EVALUATION", decidedAt: null })]);
    await agreesWithRebuild();
  });

  it("concluding the contract shows its value and the new state", async () => {
    const f = await createProposedAward(testDb.db, { reference: "2025/9102", at: APPROVED_AT, singleBidder: true });
    expect(await run(approveAward, await actor(f.users.manager), { tenderId: f.tenderId, version: await version(f.tenderId) })).toMatchObject({ ok: true });
    const result = await run(concludeContract, await actor(f.users.officer), { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-08", startsOn: "2025-06-01", skipStandstillReason: "Bare én tilbyder (FOA § 25-2)." }, fixedClock(new Date("2025-05-08T10:00:00Z")));
    expect(result).toMatchObject({ ok: true });
    const contract = await testDb.db.contract.findFirstOrThrow({ where: { tenderId: f.tenderId } });
    const [row] = await historyOf("2025/9102");
    expect(row).toMatchObject({ status: "CONTRACT_SIGNED", valueOre: contract.valueOre, supplierId: f.suppliers.winner });
    const stored = await testDb.db.historyRow.findUniqueOrThrow({ where: { rowKey: f.lotId + f.awardId } });
    expect(stored).toMatchObject({ contractStartsOn: contract.startsOn, contractEndsOn: contract.endsOn });
    await agreesWithRebuild();
  });
});
