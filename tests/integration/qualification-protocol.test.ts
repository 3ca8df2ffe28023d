import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { beforeAll, describe, expect, it } from "vitest";

import { updateRegionSettings } from "@/lib/admin";
import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import type { z } from "zod";
import { tenderChain, verifyAuditChain } from "@/lib/audit";
import { fixedClock } from "@/lib/clock";
import { assessQualification, confirmOpening, rejectBid, requestOpening } from "@/lib/evaluation";
import { buildProtocol, protocolBlocks } from "@/lib/evaluation/protocol/build";
import { getBidForQualification } from "@/lib/evaluation/queries/qualification-bid";
import { getQualificationTitle } from "@/lib/evaluation/queries/titles";
import { getOpeningForBidder } from "@/lib/evaluation/queries/bidder-opening";
import { getProtocolSource } from "@/lib/evaluation/queries/protocol";
import { createTranslator } from "@/lib/i18n";
import { runCommand, type Command } from "@/lib/mutation";
import { renderPdf } from "@/lib/pdf/render";
import { runQuery } from "@/lib/query";
import { cancelTender } from "@/lib/tenders";
import { isClosedForBids, tenderStatusKey } from "@/lib/tenders/closed";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";
import { pdfText } from "@/tests/helpers/pdf-text";

import { setupTestDb } from "./helpers/db";
import { closedTenderFixture } from "./helpers/opening";

const testDb = setupTestDb();
const clock = fixedClock(FIXED_BASE);
let f: Awaited<ReturnType<typeof closedTenderFixture>>;
let bidIds: string[] = [];
let requirementIds: string[] = [];
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown) => runCommand(command, { actor, rawInput, db: testDb.db, clock });

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  f = await closedTenderFixture(testDb.db);
  const input = { tenderId: f.tender.id, version: f.tender.version };
  expect(await run(requestOpening, f.officer, input)).toMatchObject({ ok: true });
  expect(await run(confirmOpening, f.manager, input)).toMatchObject({ ok: true, data: { opened: true } });
  bidIds = (await testDb.db.bid.findMany({ where: { tenderId: f.tender.id }, orderBy: { priceOre: "asc" }, select: { id: true } })).map((b) => b.id);
  requirementIds = (await testDb.db.qualificationRequirement.findMany({ where: { tenderId: f.tender.id }, orderBy: { position: "asc" }, select: { id: true } })).map((r) => r.id);
});

const status = async () => (await testDb.db.tender.findUniqueOrThrow({ where: { id: f.tender.id }, select: { status: true } })).status;
const allMet = (bidId: string) => ({ bidId, requirements: requirementIds.map((requirementId) => ({ requirementId, met: "yes" })), exclusions: [] });

describe("closed for bids, derived from the clock", () => {
  it("is closed from the deadline instant on, open a millisecond before, and only while announced", () => {
    const deadline = new Date("2026-09-10T10:00:00Z");
    expect(isClosedForBids({ status: "ANNOUNCED", deadline }, new Date(deadline.getTime() - 1))).toBe(false);
    expect(isClosedForBids({ status: "ANNOUNCED", deadline }, deadline)).toBe(true);
    expect(isClosedForBids({ status: "OPENED", deadline }, deadline)).toBe(false);
    expect(tenderStatusKey({ status: "ANNOUNCED", deadline }, deadline)).toBe("opening.closedForBids");
    expect(tenderStatusKey({ status: "ANNOUNCED", deadline }, new Date(0))).toBe("tenderStatus.ANNOUNCED");
  });
});

describe("qualification and rejection", () => {
  it("the officer reads the decrypted bid for qualification; an officer of another region may not", async () => {
    const read = await runQuery(getBidForQualification, { actor: f.officer, rawInput: { tenderId: f.tender.id, bidId: bidIds[0] }, db: testDb.db });
    expect(read).toMatchObject({ ok: true, data: { opened: { submission: { requirements: expect.any(Array), exclusionGrounds: expect.any(Array) } } } });
    expect(await runQuery(getBidForQualification, { actor: f.vestOfficer, rawInput: { tenderId: f.tender.id, bidId: bidIds[0] }, db: testDb.db })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    // The page's title reads the bidder's name only, under the same action.
    const title = await runQuery(getQualificationTitle, { actor: f.officer, rawInput: { tenderId: f.tender.id, bidId: bidIds[0] }, db: testDb.db });
    expect(title).toEqual({ ok: true, data: { supplierName: (read as { ok: true; data: { supplier: { name: string } } }).data.supplier.name, regionId: expect.any(String) } });
    expect(await runQuery(getQualificationTitle, { actor: f.vestOfficer, rawInput: { tenderId: f.tender.id, bidId: bidIds[0] }, db: testDb.db })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("refuses an assessment without every requirement, and a reason missing for a requirement not met", async () => {
    expect(await run(assessQualification, f.officer, { bidId: bidIds[0], requirements: [], exclusions: [] })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const noReason = await run(assessQualification, f.officer, { ...allMet(bidIds[0]!), requirements: requirementIds.map((requirementId) => ({ requirementId, met: "no", reason: "" })) });
    expect(noReason).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { "requirements.0.reason": ["opening.errors.reasonRequired"] } } } });
    expect(await run(assessQualification, f.vestOfficer, allMet(bidIds[0]!))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("qualifies a bid (the competition moves to QUALIFICATION), keeps one with an exclusion ground OPENED", async () => {
    expect(await run(assessQualification, f.officer, allMet(bidIds[0]!))).toMatchObject({ ok: true, data: { qualified: true, tenderStatus: "QUALIFICATION" } });
    const excluded = await run(assessQualification, f.officer, { ...allMet(bidIds[1]!), exclusions: [{ code: "tax-pay", applies: "yes", reason: "Skatteattesten viser restanse." }, { code: "", applies: "yes", reason: "" }] });
    expect(excluded).toMatchObject({ ok: true, data: { qualified: false, tenderStatus: "QUALIFICATION" } });
    expect((await testDb.db.bid.findUniqueOrThrow({ where: { id: bidIds[1] } })).status).toBe("OPENED");
  });

  it("rejection needs a legal basis and a reason; the rejected bid leaves the evaluation but stays, and the bidder is told", async () => {
    expect(await run(rejectBid, f.officer, { bidId: bidIds[1], basis: "exclusion-mandatory", reason: "  " })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { reason: ["opening.errors.reasonRequired"] } } } });
    expect(await run(rejectBid, f.officer, { bidId: bidIds[1], basis: "nope", reason: "x" })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { basis: ["opening.errors.basisRequired"] } } } });
    expect(await run(rejectBid, f.officer, { bidId: bidIds[1], basis: "exclusion-optional", reason: "Vesentlig restanse på skatt og avgifter." })).toMatchObject({ ok: true, data: { tenderStatus: "QUALIFICATION" } });
    const rejected = await testDb.db.bid.findUniqueOrThrow({ where: { id: bidIds[1] }, include: { versions: true } });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionBasis: "exclusion-optional", rejectedById: f.officer.userId, rejectedAt: FIXED_BASE });
    expect(rejected.versions.length).toBe(1);
    expect(await testDb.db.notification.count({ where: { kind: "bid.rejected", recipientSupplierId: rejected.supplierId } })).toBe(1);
    expect(await run(assessQualification, f.officer, allMet(bidIds[1]!))).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
  });

  it("once every opened bid is qualified or rejected the competition goes to EVALUATION", async () => {
    expect(await run(assessQualification, f.officer, allMet(bidIds[2]!))).toMatchObject({ ok: true, data: { qualified: true, tenderStatus: "EVALUATION" } });
    expect(await status()).toBe("EVALUATION");
    const statuses = (await testDb.db.bid.findMany({ where: { tenderId: f.tender.id }, select: { status: true } })).map((b) => b.status).sort();
    expect(statuses).toEqual(["QUALIFIED", "QUALIFIED", "REJECTED"]);
  });

  it("every bidder reads the opening record in the portal, with both names", async () => {
    const result = await runQuery(getOpeningForBidder, { actor: f.supplier, rawInput: { tenderId: f.tender.id }, db: testDb.db });
    expect(result).toMatchObject({ ok: true, data: { record: { requestedBy: { name: "Lars Mikkelsen" }, confirmedBy: { name: "Hanne Berg" } } } });
    if (result.ok) expect(result.data!.record!.bids).toHaveLength(3);
  });
});

describe("the procurement protocol", () => {
  it("holds the facts, bids, opening, qualification and rejection, cites the chain head, and audit:verify passes for the chain", async () => {
    const result = await runQuery(getProtocolSource, { actor: f.manager, rawInput: { id: f.tender.id }, db: testDb.db });
    if (!result.ok) throw result.error;
    expect(await runQuery(getProtocolSource, { actor: f.vestOfficer, rawInput: { id: f.tender.id }, db: testDb.db })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const t = createTranslator("nb");
    const protocol = buildProtocol(result.data, t, "nb", FIXED_BASE);
    const head = await testDb.db.auditChainHead.findUniqueOrThrow({ where: { chain: tenderChain(f.tender.id) } });
    expect(protocol.chainHead).toContain(head.headHash);
    const pdf = await renderPdf({ title: protocol.title, lang: "nb", subtitle: protocol.reference, footer: protocol.chainHead, blocks: protocolBlocks(protocol, t, "nb") });
    const text = (await pdfText(pdf)).replace(/\s+/g, " ");
    for (const expected of [
      "Anskaffelsesprotokoll", f.tender.reference, "Mottatte og trukne tilbud", "Åpning bedt om av Lars Mikkelsen", "Åpning bekreftet av Hanne Berg; 3 tilbud",
      "Jobbveien AS", "avvist", "Avvisningsgrunn etter FOA § 24-2 (3)", "Vesentlig restanse på skatt og avgifter.", "Skatteattesten viser restanse.",
      "kvalifisert", "Tilbudene åpnet", "Kunngjort", head.headHash.slice(0, 16),
    ]) expect(text, expected).toContain(expected);
    expect(await verifyAuditChain(testDb.db, tenderChain(f.tender.id))).toMatchObject({ ok: true, events: head.seq });
    const cli = await promisify(execFile)("npx", ["tsx", "scripts/audit-verify.ts", "--tender", f.tender.id], { env: { ...process.env, DATABASE_URL: testDb.url } });
    expect(cli.stdout).toContain(`Audit chain tender:${f.tender.id} intact: ${head.seq} events.`);
  });

  it("cancellation after opening stays possible with a reason; bidders are told; nothing is deleted", async () => {
    const before = await testDb.db.bid.count({ where: { tenderId: f.tender.id } });
    const { version } = await testDb.db.tender.findUniqueOrThrow({ where: { id: f.tender.id }, select: { version: true } });
    expect(await run(cancelTender, f.officer, { tenderId: f.tender.id, version, reason: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await run(cancelTender, f.officer, { tenderId: f.tender.id, version, reason: "Behovet er endret etter omorganisering." })).toMatchObject({ ok: true, data: { status: "CANCELLED" } });
    expect(await testDb.db.bid.count({ where: { tenderId: f.tender.id } })).toBe(before);
    expect(await testDb.db.tenderOpening.count({ where: { tenderId: f.tender.id } })).toBe(1);
    const suppliers = (await testDb.db.bid.findMany({ where: { tenderId: f.tender.id }, select: { supplierId: true } })).map((b) => b.supplierId);
    expect(await testDb.db.notification.count({ where: { kind: "tender.cancelled", recipientSupplierId: { in: suppliers } } })).toBe(3);
  });
});

describe("a region that opens with one person", () => {
  it("an admin switches the region (audited) and one officer opens at once, named alone in the record", async () => {
    const admin = (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email: "admin@tiltaksanbud.no" } })).id))!;
    const vest = await testDb.db.region.findUniqueOrThrow({ where: { code: "0300" } });
    expect(await run(updateRegionSettings, admin, { regionId: vest.id, draftApproval: "MANAGER", openingControl: "ONE_PERSON" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await testDb.db.auditEvent.findFirst({ where: { action: "region.settings_changed", entityId: vest.id }, orderBy: { id: "desc" } })).toMatchObject({ before: { openingControl: "TWO_PEOPLE" }, after: { openingControl: "ONE_PERSON" } });
    // The command-made Oslo competition (no bids yet), its deadline moved into the past (a fixture row, not a command).
    const tender = await testDb.db.tender.findFirstOrThrow({ where: { title: "Avklaring for unge med sammensatte behov i Oslo" }, select: { id: true, version: true } });
    await testDb.db.tender.update({ where: { id: tender.id }, data: { deadline: new Date(FIXED_BASE.getTime() - 60_000) } });
    const opened = await run(requestOpening, f.officer, { tenderId: tender.id, version: tender.version });
    expect(opened).toMatchObject({ ok: true, data: { opened: true } });
    const record = await testDb.db.tenderOpening.findUniqueOrThrow({ where: { tenderId: tender.id } });
    expect(record).toMatchObject({ control: "ONE_PERSON", confirmedById: null, record: { confirmedBy: null, requestedBy: { id: f.officer.userId } } });
  });
});
