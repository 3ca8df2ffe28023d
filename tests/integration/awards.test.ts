import { beforeAll, describe, expect, it, vi } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import type { z } from "zod";

import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { approveAward } from "@/lib/awards/commands/approve-award";
import { decideComplaint } from "@/lib/awards/commands/decide-complaint";
import { liftInjunction, registerInjunction } from "@/lib/awards/commands/injunctions";
import { lodgeComplaint } from "@/lib/awards/commands/lodge-complaint";
import { reopenEvaluation } from "@/lib/awards/commands/reopen-evaluation";
import { returnAward } from "@/lib/awards/commands/return-award";
import { letterPdfSpec } from "@/lib/awards/letter-view";
import { getAwardLetter } from "@/lib/awards/queries/award-letter";
import { fixedClock } from "@/lib/clock";
import { concludeContract } from "@/lib/contracts/commands/conclude-contract";
import { createTranslator } from "@/lib/i18n";
import { runCommand, type Command } from "@/lib/mutation";
import { renderPdf } from "@/lib/pdf/render";
import { runQuery } from "@/lib/query";
import { standstillEndsAt } from "@/lib/rules";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { createProposedAward, type AwardFixture } from "../helpers/award-fixture";
import { validateContractAwardNotices } from "../helpers/eforms-xsd";
import { pdfText } from "../helpers/pdf-text";
import { call, useTestDbForApp, type RouteModule } from "./helpers/api-routes";
import { setupTestDb } from "./helpers/db";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator: translator } = await import("@/lib/i18n");
  return { getLocale: async () => "nb", getTranslator: async () => ({ locale: "nb", t: translator("nb") }) };
});
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null, getCurrentUser: async () => null, requireActor: async () => null }));

const testDb = setupTestDb();
// Wed 7 May 2025 (domain.md §4.5): the standstill runs through Mon 19 May, the contract from Tue 20 May 00:00 Oslo.
const APPROVED_AT = new Date("2025-05-07T10:00:00Z");
const DURING = fixedClock(new Date("2025-05-16T10:00:00Z"));
const AFTER = fixedClock(new Date("2025-05-19T22:00:00Z"));
const actor = async (id: string) => (await loadActor(testDb.db, id)) as Actor;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, who: Actor, rawInput: unknown, clock = fixedClock(APPROVED_AT)) =>
  runCommand(command, { actor: who, rawInput, db: testDb.db, clock });
const version = async (tenderId: string) => (await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).version;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nKLAGE\n");
let route: RouteModule;

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  useTestDbForApp(testDb.db);
  route = (await import("@/app/api/v1/tenders/[id]/award-notice.xml/route")) as RouteModule;
});

describe("approval is a leader's (four eyes)", () => {
  let f: AwardFixture;
  beforeAll(async () => {
    f = await createProposedAward(testDb.db, { reference: "2025/9001", at: APPROVED_AT });
  });

  it("refuses an OFFICER, even one who did not propose it", async () => {
    for (const id of [f.users.officer, f.users.officer2].filter((x): x is string => x !== null)) {
      const result = await run(approveAward, await actor(id), { tenderId: f.tenderId, version: await version(f.tenderId) });
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
  });

  it("refuses a manager approving the award they proposed", async () => {
    await testDb.db.awardDecision.update({ where: { id: f.awardId }, data: { proposedById: f.users.manager } });
    const result = await run(approveAward, await actor(f.users.manager), { tenderId: f.tenderId, version: await version(f.tenderId) });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await testDb.db.awardDecision.findUniqueOrThrow({ where: { id: f.awardId } })).status).toBe("PROPOSED");
    await testDb.db.awardDecision.update({ where: { id: f.awardId }, data: { proposedById: f.users.officer } });
  });

  it("a national manager approves: letters to every bidder, standstill from lib/rules, bids marked", async () => {
    const result = await run(approveAward, await actor(f.users.national), { tenderId: f.tenderId, version: await version(f.tenderId) });
    expect(result).toMatchObject({ ok: true, data: { status: "STANDSTILL", letters: 3 } });
    const award = await testDb.db.awardDecision.findUniqueOrThrow({ where: { id: f.awardId } });
    expect(award).toMatchObject({ status: "APPROVED", approvedById: f.users.national, sentAt: APPROVED_AT });
    expect(award.standstillEndsAt?.toISOString()).toBe(standstillEndsAt(APPROVED_AT).toISOString());
    expect(award.standstillEndsAt?.toISOString()).toBe("2025-05-19T22:00:00.000Z");
    const bids = await testDb.db.bid.findMany({ where: { tenderId: f.tenderId } });
    expect(Object.fromEntries(bids.map((b) => [b.id, b.status]))).toEqual({ [f.bids.winner]: "AWARDED", [f.bids.runnerUp]: "NOT_AWARDED", [f.bids.rejected]: "REJECTED" });
    const letters = await testDb.db.notification.findMany({ where: { kind: "award.letter", payload: { path: ["reference"], equals: "2025/9001" } } });
    expect(letters.map((n) => n.recipientSupplierId).sort()).toEqual(Object.values(f.suppliers).sort());
    const audit = await testDb.db.auditEvent.findMany({ where: { chain: `tender:${f.tenderId}` }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["award.approved", "award.letters_sent"]);
  });

  it("each organisation reads only its own letter; the page's PDF holds the same text", async () => {
    const t = createTranslator("nb");
    const read = async (userId: string) => runQuery(getAwardLetter, { actor: await actor(userId), rawInput: { tenderId: f.tenderId }, db: testDb.db, clock: DURING });
    const runner = await read(f.users.runnerUp);
    if (!runner.ok || !runner.data) throw new Error("no letter");
    const lot = runner.data.letter.lots[0]!;
    expect(lot).toMatchObject({ kind: "scored", awarded: false, own: { rank: 2, supplierName: "Stiftelsen Arbeidsglede" }, winners: [{ rank: 1, supplierName: "Jobbveien AS" }] });
    expect(runner.data.complaintOpen).toBe(true);
    const text = (await pdfText(await renderPdf(letterPdfSpec(runner.data.letter, t, "nb")))).replace(/\s+/g, " ");
    expect(text).toContain("Tildelingsbrev");
    expect(text).toContain("Valgt leverandør: Jobbveien AS");
    expect(text).toContain("rangert som nr. 2 av 2");
    expect(text).toContain("19.05.2025");
    expect(text).toContain("Gjennomarbeidet metode med tett arbeidsgiverkontakt.");
    expect(text).toContain("8,75");

    const rejected = await read(f.users.rejected);
    if (!rejected.ok || !rejected.data) throw new Error("no letter");
    expect(rejected.data.letter.lots[0]).toMatchObject({ kind: "rejected", rejectionReason: expect.stringContaining("økonomisk kapasitet") });
    const rejectedText = await pdfText(await renderPdf(letterPdfSpec(rejected.data.letter, t, "nb")));
    expect(rejectedText.replace(/\s+/g, " ")).toContain("økonomisk kapasitet");
    expect(rejectedText).not.toContain("Metoden er generell");

    // Another organisation's letter: the actor's own organisation is asked for, and the policy refuses the other.
    const other = await runQuery(getAwardLetter, { actor: await actor(f.users.runnerUp), rawInput: { tenderId: f.tenderId, supplierId: f.suppliers.winner }, db: testDb.db });
    expect(other).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("concluding before the standstill ends is refused with a typed error", async () => {
    const result = await run(concludeContract, await actor(f.users.officer), { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-16", startsOn: "2025-06-01" }, DURING);
    expect(result).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "contracts.errors.standstillRunning" } });
    const skip = await run(concludeContract, await actor(f.users.officer), { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-16", startsOn: "2025-06-01", skipStandstillReason: "Haster" }, DURING);
    expect(skip).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "contracts.errors.skipNotAllowed" } });
  });

  it("a complaint blocks conclusion until decided, an injunction until lifted; then the contract is concluded", async () => {
    const officer = await actor(f.users.officer);
    const lodged = await run(lodgeComplaint, await actor(f.users.runnerUp), { tenderId: f.tenderId, text: "Metoden vår er undervurdert.", files: [{ filename: "klage.pdf", claimedType: "application/pdf", bytes: new Uint8Array(PDF) }] }, DURING);
    expect(lodged).toMatchObject({ ok: true });
    const bad = await run(lodgeComplaint, await actor(f.users.runnerUp), { tenderId: f.tenderId, text: "Med feil vedlegg", files: [{ filename: "klage.pdf", bytes: new Uint8Array(Buffer.from("not a pdf")) }] }, DURING);
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "documents.errors.mismatch" } });
    const late = await run(lodgeComplaint, await actor(f.users.runnerUp), { tenderId: f.tenderId, text: "For sent" }, AFTER);
    expect(late).toMatchObject({ ok: false, error: { messageKey: "awards.errors.complaintClosed" } });

    const conclude = async () => run(concludeContract, officer, { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-20", startsOn: "2025-06-01" }, AFTER);
    expect(await conclude()).toMatchObject({ ok: false, error: { messageKey: "contracts.errors.complaintPending" } });
    const complaintId = lodged.ok ? (lodged.data as { id: string }).id : "";
    expect(await run(decideComplaint, officer, { complaintId, outcome: "REJECTED", reason: "Evalueringen er i tråd med konkurransegrunnlaget." }, AFTER)).toMatchObject({ ok: true });
    const decided = await testDb.db.notification.findFirstOrThrow({ where: { kind: "complaint.decided", recipientSupplierId: f.suppliers.runnerUp } });
    expect(decided.payload).toMatchObject({ outcome: "REJECTED", reason: "Evalueringen er i tråd med konkurransegrunnlaget." });

    const injunction = await run(registerInjunction, officer, { tenderId: f.tenderId, note: "Oslo tingrett, sak 25-1234TVI-OTIR" }, AFTER);
    expect(await conclude()).toMatchObject({ ok: false, error: { messageKey: "contracts.errors.injunction" } });
    expect(await run(liftInjunction, officer, { injunctionId: injunction.ok ? (injunction.data as { id: string }).id : "", reason: "Begjæringen ble trukket." }, AFTER)).toMatchObject({ ok: true });

    expect(await run(concludeContract, officer, { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-19", startsOn: "2025-06-01" }, AFTER)).toMatchObject({ ok: false, error: { messageKey: "contracts.errors.dateBeforeStandstill" } });
    expect(await conclude()).toMatchObject({ ok: true, data: { status: "CONTRACT_SIGNED" } });
    const contract = await testDb.db.contract.findFirstOrThrow({ where: { tenderId: f.tenderId } });
    expect(contract).toMatchObject({ supplierId: f.suppliers.winner, valueOre: 100_000_000n, optionModel: "2+1+1" });
    expect([contract.startsOn, contract.endsOn, contract.maxEndsOn].map((d) => d.toISOString().slice(0, 10))).toEqual(["2025-06-01", "2027-05-31", "2029-05-31"]);
    // The tender's region and measure type travel with the contract (the succession look-up walks them).
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: f.tenderId }, select: { regionId: true, measureTypeId: true } });
    expect(contract).toMatchObject({ regionId: tender.regionId, measureTypeId: tender.measureTypeId });
  });

  it("exports the contract-award notice (subtype 33) valid against the eForms XSD, with winner, value, bids and criteria", async () => {
    const response = await call(route, "GET", `/api/v1/tenders/${f.tenderId}/award-notice.xml`, { id: f.tenderId });
    expect(response.status).toBe(200);
    expect(response.text).toContain('<cbc:SubTypeCode listName="notice-subtype">33</cbc:SubTypeCode>');
    expect(response.text).toContain("can-social");
    expect(response.text).toContain("Jobbveien AS");
    expect(response.text).toContain('<cbc:PayableAmount currencyID="NOK">1000000.00</cbc:PayableAmount>');
    expect(response.text).toContain("<efbc:StatisticsNumeric>3</efbc:StatisticsNumeric>");
    expect(response.text).toContain("Kvalitet: Metode");
    const validation = await validateContractAwardNotices([{ fileName: "award.xml", xml: response.text }]);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
  });
});

describe("returning a proposal, reopening after an upheld complaint", () => {
  it("a manager returns the proposal with a comment: back to EVALUATION, audited, the proposer told", async () => {
    const f = await createProposedAward(testDb.db, { reference: "2025/9002", at: APPROVED_AT });
    const manager = await actor(f.users.manager);
    expect(await run(returnAward, manager, { tenderId: f.tenderId, version: await version(f.tenderId), comment: " " })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(returnAward, manager, { tenderId: f.tenderId, version: await version(f.tenderId), comment: "Begrunn metodepoengene bedre." })).toMatchObject({ ok: true, data: { status: "EVALUATION" } });
    expect(await testDb.db.awardDecision.findUniqueOrThrow({ where: { id: f.awardId } })).toMatchObject({ status: "REJECTED", returnComment: "Begrunn metodepoengene bedre.", returnedById: f.users.manager });
    expect(await testDb.db.notification.count({ where: { kind: "award.returned", recipientUserId: f.users.officer } })).toBeGreaterThan(0);
    const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: `tender:${f.tenderId}`, action: "award.returned" } });
    expect(audit.actorId).toBe(f.users.manager);
  });

  it("an upheld complaint lets the officer reopen the evaluation; the award is revoked", async () => {
    const f = await createProposedAward(testDb.db, { reference: "2025/9003", at: APPROVED_AT });
    await run(approveAward, await actor(f.users.manager), { tenderId: f.tenderId, version: await version(f.tenderId) });
    const officer = await actor(f.users.officer);
    expect(await run(reopenEvaluation, officer, { tenderId: f.tenderId, version: await version(f.tenderId), reason: "Klage" }, DURING)).toMatchObject({ ok: false, error: { messageKey: "awards.errors.noUpheldComplaint" } });
    const lodged = await run(lodgeComplaint, await actor(f.users.runnerUp), { tenderId: f.tenderId, text: "Feil i prisberegningen." }, DURING);
    await run(decideComplaint, officer, { complaintId: lodged.ok ? (lodged.data as { id: string }).id : "", outcome: "UPHELD", reason: "Prisen ble lest feil." }, DURING);
    expect(await run(reopenEvaluation, officer, { tenderId: f.tenderId, version: await version(f.tenderId), reason: "Klagen er tatt til følge." }, DURING)).toMatchObject({ ok: true, data: { status: "EVALUATION" } });
    expect((await testDb.db.awardDecision.findUniqueOrThrow({ where: { id: f.awardId } })).status).toBe("REVOKED");
    expect((await testDb.db.bid.findUniqueOrThrow({ where: { id: f.bids.winner } })).status).toBe("QUALIFIED");
  });

  it("a single-bidder competition may skip the standstill with a reason, recorded", async () => {
    const f = await createProposedAward(testDb.db, { reference: "2025/9004", at: APPROVED_AT, singleBidder: true });
    expect(await run(approveAward, await actor(f.users.manager), { tenderId: f.tenderId, version: await version(f.tenderId) })).toMatchObject({ ok: true, data: { status: "AWARD_DECIDED", letters: 1 } });
    const result = await run(concludeContract, await actor(f.users.officer), { tenderId: f.tenderId, version: await version(f.tenderId), contractDate: "2025-05-08", startsOn: "2025-06-01", skipStandstillReason: "Bare én tilbyder (FOA § 25-2)." }, fixedClock(new Date("2025-05-08T10:00:00Z")));
    expect(result).toMatchObject({ ok: true, data: { status: "CONTRACT_SIGNED" } });
    expect((await testDb.db.awardDecision.findUniqueOrThrow({ where: { id: f.awardId } })).standstillSkippedReason).toBe("Bare én tilbyder (FOA § 25-2).");
  });
});
