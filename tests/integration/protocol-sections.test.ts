import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { tenderChain, verifyAuditChain } from "@/lib/audit";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { approveAward } from "@/lib/awards/commands/approve-award";
import { decideComplaint } from "@/lib/awards/commands/decide-complaint";
import { liftInjunction, registerInjunction } from "@/lib/awards/commands/injunctions";
import { lodgeComplaint } from "@/lib/awards/commands/lodge-complaint";
import { reopenEvaluation } from "@/lib/awards/commands/reopen-evaluation";
import { fixedClock } from "@/lib/clock";
import { assessQualification, confirmOpening, rejectBid, requestOpening } from "@/lib/evaluation";
import { appointPanel, declarePanel } from "@/lib/evaluation/panel/commands";
import { buildProtocol, protocolBlocks, type Protocol } from "@/lib/evaluation/protocol/build";
import { proposeAward } from "@/lib/evaluation/proposal";
import { getProtocolSource } from "@/lib/evaluation/queries/protocol";
import type { RunLot } from "@/lib/evaluation/runs";
import { saveScores, setConsensus } from "@/lib/evaluation/scores/commands";
import { createTranslator } from "@/lib/i18n";
import { runCommand, type Command } from "@/lib/mutation";
import { renderPdf } from "@/lib/pdf/render";
import { runQuery } from "@/lib/query";
import { formatOsloDateTime } from "@/lib/time";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";
import { pdfText } from "@/tests/helpers/pdf-text";

import { setupTestDb } from "./helpers/db";
import { closedTenderFixture } from "./helpers/opening";

/*
 * Issue 11 points 11 and 14: the seeded closed competition (three sealed bids) runs through the real commands from
 * opening to a consensus, a rejection during the evaluation (a second run), the proposal and approval (letters), two
 * complaints (one rejected, one upheld), an injunction registered and lifted, and the evaluation reopened. Then the
 * protocol's own sections for the runs, the letters and the complaints are checked entry by entry, in nb and en, and
 * in the PDF's text. Every step has its own instant, so each entry's time proves where it came from.
 */
const testDb = setupTestDb();
const HOUR = 3_600_000;
const T = (hours: number) => new Date(FIXED_BASE.getTime() + hours * HOUR);
const STEP = {
  opened: 0, consensus: 2, rejected: 3, proposed: 4, approved: 5, lodgedA: 8, decidedA: 9, lodgedB: 10, decidedB: 11, injunction: 12, lifted: 13, reopened: 14,
} as const;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown, hours: number) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock: fixedClock(T(hours)) });
const ok = async <T extends { ok: boolean }>(result: Promise<T>) => {
  const outcome = await result;
  if (!outcome.ok) throw new Error(JSON.stringify(outcome));
  return outcome as T & { ok: true; data: unknown };
};
const version = async (tenderId: string) => (await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).version;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\nKLAGE\n");

let f: Awaited<ReturnType<typeof closedTenderFixture>>;
const who = {} as Record<"chair" | "member" | "runnerUp" | "rejected", Actor>;
const bid = {} as Record<"jobbveien" | "arbeidsglede" | "bergen", string>;
let recipientsA: string[] = [];

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  f = await closedTenderFixture(testDb.db);
  const as = async (email: string) => (await import("@/lib/auth/actor")).loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id) as Promise<Actor>;
  who.chair = await as("fagperson@nav.no");
  who.member = await as("fagperson2@nav.no");
  who.runnerUp = await as("post@arbeidsglede.no");
  who.rejected = await as("post@bergeninkludering.no");
  const tenderId = f.tender.id;

  await ok(run(requestOpening, f.officer, { tenderId, version: f.tender.version }, STEP.opened));
  await ok(run(confirmOpening, f.officer2, { tenderId, version: f.tender.version }, STEP.opened));
  const bids = await testDb.db.bid.findMany({ where: { tenderId }, select: { id: true, supplier: { select: { name: true } } } });
  bid.jobbveien = bids.find((b) => b.supplier.name === "Jobbveien AS")!.id;
  bid.arbeidsglede = bids.find((b) => b.supplier.name === "Stiftelsen Arbeidsglede")!.id;
  bid.bergen = bids.find((b) => b.supplier.name === "Bergen Arbeidsinkludering AS")!.id;
  const requirements = await testDb.db.qualificationRequirement.findMany({ where: { tenderId }, select: { id: true } });
  for (const id of Object.values(bid)) {
    await ok(run(assessQualification, f.officer, { bidId: id, requirements: requirements.map((r) => ({ requirementId: r.id, met: "yes" })), exclusions: [] }, STEP.opened + 1));
  }
  expect((await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).status).toBe("EVALUATION");

  await ok(run(appointPanel, f.officer, { tenderId, memberIds: [who.chair.userId, who.member.userId], chairId: who.chair.userId }, STEP.opened + 1));
  for (const member of [who.chair, who.member]) await ok(run(declarePanel, member, { tenderId, conflict: "", details: "" }, STEP.opened + 1));
  const criteria = await testDb.db.awardCriterion.findMany({ where: { tenderId, kind: "QUALITY", parentId: { not: null } }, orderBy: { position: "asc" }, select: { id: true } });
  const grid = { [bid.jobbveien]: ["8", "8"], [bid.arbeidsglede]: ["7", "6"], [bid.bergen]: ["9", "9"] };
  const scores = Object.entries(grid).flatMap(([bidId, values]) => criteria.map((c, i) => ({ bidId, criterionId: c.id, score: values[i]!, justification: "Konkret og godt begrunnet." })));
  for (const member of [who.chair, who.member]) await ok(run(saveScores, member, { tenderId, scores, submit: "on" }, STEP.opened + 1));
  await ok(run(setConsensus, who.chair, { tenderId, scores: scores.map((s) => ({ ...s, justification: "Nemnda er enig." })) }, STEP.consensus));
  await ok(run(rejectBid, f.officer, { bidId: bid.bergen, basis: "abnormally-low", reason: "Prisen er ikke forklart etter forespørsel." }, STEP.rejected));
  const lot = await testDb.db.lot.findFirstOrThrow({ where: { tenderId } });
  await ok(run(proposeAward, f.officer, { tenderId, lots: [{ lotId: lot.id, justification: "Beste forhold mellom pris og kvalitet." }] }, STEP.proposed));
  await ok(run(approveAward, f.manager, { tenderId, version: await version(tenderId) }, STEP.approved));

  const lodgedA = await ok(run(lodgeComplaint, who.runnerUp, { tenderId, text: "Metoden vår er undervurdert.", files: [{ filename: "klagen.pdf", claimedType: "application/pdf", bytes: new Uint8Array(PDF) }] }, STEP.lodgedA));
  recipientsA = (await testDb.db.notification.findMany({ where: { kind: "complaint.lodged" }, select: { recipientUserId: true } })).map((n) => n.recipientUserId!).sort();
  await ok(run(decideComplaint, f.officer, { complaintId: (lodgedA.data as { id: string }).id, outcome: "REJECTED", reason: "Evalueringen følger konkurransegrunnlaget." }, STEP.decidedA));
  const lodgedB = await ok(run(lodgeComplaint, who.rejected, { tenderId, text: "Avvisningen var feil: prisen ble forklart." }, STEP.lodgedB));
  await ok(run(decideComplaint, f.officer2, { complaintId: (lodgedB.data as { id: string }).id, outcome: "UPHELD", reason: "Forklaringen kom i tide og ble oversett." }, STEP.decidedB));
  const injunction = await ok(run(registerInjunction, f.officer, { tenderId, note: "Oslo tingrett, sak 26-0420TVI-OTIR" }, STEP.injunction));
  await ok(run(liftInjunction, f.officer, { injunctionId: (injunction.data as { id: string }).id, reason: "Begjæringen ble trukket." }, STEP.lifted));
  await ok(run(reopenEvaluation, f.officer, { tenderId, version: await version(tenderId), reason: "Klagen fra Bergen Arbeidsinkludering er tatt til følge." }, STEP.reopened));
});

async function protocolIn(locale: "nb" | "en"): Promise<Protocol> {
  const result = await runQuery(getProtocolSource, { actor: f.manager, rawInput: { id: f.tender.id }, db: testDb.db });
  if (!result.ok) throw result.error;
  return buildProtocol(result.data, createTranslator(locale), locale, T(20));
}
const sectionOf = (protocol: Protocol, id: string) => {
  const found = protocol.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
/** Each entry as [Oslo time, actor, text]: what the page's table and the PDF show. */
const rows = (protocol: Protocol, id: string, locale: "nb" | "en" = "nb") =>
  sectionOf(protocol, id).entries.map((e) => [e.at ? formatOsloDateTime(e.at, locale) : "–", e.actor, e.text] as const);
const at = (hours: number, locale: "nb" | "en" = "nb") => formatOsloDateTime(T(hours), locale);
const two = (value: string) => new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2).replace(".", ",");

describe("complaint notifications (point 11)", () => {
  it("a lodged complaint reaches every active officer of the region and the proposer; the complainant gets the decision", async () => {
    const officers = await testDb.db.user.findMany({ where: { active: true, memberships: { some: { role: "OFFICER", regionId: f.tender.regionId, revokedAt: null } } }, select: { id: true } });
    const expected = [...new Set([...officers.map((o) => o.id), f.officer.userId])].sort();
    expect(expected).toEqual(expect.arrayContaining([f.officer.userId, f.officer2.userId]));
    expect(recipientsA).toEqual(expected);
    expect(recipientsA).not.toContain(f.vestOfficer.userId);
    // The payload carries no complaint text or complainant: a reference and a link.
    const lodged = await testDb.db.notification.findFirstOrThrow({ where: { kind: "complaint.lodged", recipientUserId: f.officer2.userId } });
    expect(JSON.stringify(lodged.payload)).not.toContain("undervurdert");
    const decided = await testDb.db.notification.findMany({ where: { kind: "complaint.decided" }, orderBy: { createdAt: "asc" } });
    const supplierOf = async (bidId: string) => (await testDb.db.bid.findUniqueOrThrow({ where: { id: bidId } })).supplierId;
    expect(decided.map((n) => [n.recipientSupplierId, (n.payload as { outcome: string }).outcome])).toEqual([[await supplierOf(bid.arbeidsglede), "REJECTED"], [await supplierOf(bid.bergen), "UPHELD"]]);
    expect(decided[0]!.payload).toMatchObject({ reason: "Evalueringen følger konkurransegrunnlaget." });
  });

  it("a proposer who is not an officer of the region (a manager) is told too", async () => {
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id: f.tender.id }, select: { regionId: true } });
    const { complaintRecipients } = await import("@/lib/awards/complaint-recipients");
    const ids = await testDb.db.$transaction((tx) => complaintRecipients(tx, { regionId: tender.regionId, awards: [{ proposedById: f.manager.userId }] }));
    expect(ids).toContain(f.manager.userId);
    expect(ids).toContain(f.officer.userId);
    expect(ids).not.toContain(f.vestOfficer.userId);
  });
});

describe("the protocol's sections for runs, letters and complaints (point 14)", () => {
  it("logs both evaluation runs with cause, valid bids and ranking, and the sensitivity of the latest", async () => {
    const stored = await testDb.db.evaluationRun.findMany({ where: { tenderId: f.tender.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((r) => r.cause)).toEqual(["consensus", "bid_rejected"]);
    const names: Record<string, string> = { [bid.jobbveien]: "Jobbveien AS", [bid.arbeidsglede]: "Stiftelsen Arbeidsglede", [bid.bergen]: "Bergen Arbeidsinkludering AS" };
    const ranking = (lots: unknown) => (lots as RunLot[])[0]!.results.map((r) => `${r.rank}. ${names[r.id]} (${two(r.total)} poeng)`).join("; ");
    const protocol = await protocolIn("nb");
    const entries = rows(protocol, "runs");
    expect(entries[0]).toEqual([at(STEP.consensus), "Kari Nordby", `Beregning (konsensus endret), delkontrakt 1. Gyldige tilbud: ${(stored[0]!.lots as unknown as RunLot[])[0]!.validBidIds.map((id) => names[id]).join(", ")}. Rangering: ${ranking(stored[0]!.lots)}`]);
    expect(entries[0]![2]).toContain("Bergen Arbeidsinkludering AS");
    expect(entries[1]).toEqual([at(STEP.rejected), "Lars Mikkelsen", expect.stringContaining(`Beregning (tilbud avvist), delkontrakt 1. Gyldige tilbud: `)]);
    expect(entries[1]![2]).toContain(`Rangering: ${ranking(stored[1]!.lots)} Ute siden forrige beregning: Bergen Arbeidsinkludering AS.`);
    expect(entries[1]![2]).not.toMatch(/Gyldige tilbud: [^.]*Bergen/);
    const sensitivity = entries.slice(2);
    expect(sensitivity.length).toBe((stored[1]!.lots as unknown as RunLot[])[0]!.sensitivity.length);
    expect(sensitivity.length).toBeGreaterThan(0);
    for (const line of sensitivity) expect(line).toEqual([at(STEP.rejected), null, expect.stringMatching(/^Følsomhet, delkontrakt 1: (vinneren endres hvis vekten på .+ går fra \d+ % til [\d,]+ % \(ny vinner: .+\)|ingen vekt på .+ endrer vinneren)\.$/)]);
    expect(sensitivity.map((l) => l[2]).join(" ")).toContain("Metode for oppfølging");
    // Scores are dated by the commands' clock (the individual scores, then the consensus), not the database's.
    const scoreTimes = new Set(rows(protocol, "scores").map((r) => r[0]));
    expect(scoreTimes).toEqual(new Set([at(STEP.opened + 1), at(STEP.consensus)]));
  });

  it("names the organisations the letters went to, when, by whose approval, and the standstill end", async () => {
    const protocol = await protocolIn("nb");
    const approved = await testDb.db.awardDecision.findFirstOrThrow({ where: { tenderId: f.tender.id } });
    expect(approved.standstillEndsAt).not.toBeNull();
    const lastDay = new Date(approved.standstillEndsAt!.getTime() - 1);
    expect(rows(protocol, "letters")).toEqual([
      [at(STEP.approved), "Hanne Berg", "Tildelingsbrev sendt til 3 tilbydere: Bergen Arbeidsinkludering AS, Jobbveien AS, Stiftelsen Arbeidsglede"],
      [at(STEP.approved), "Hanne Berg", `Karenstid til og med ${lastDay.toLocaleDateString("nb-NO", { timeZone: "Europe/Oslo", day: "2-digit", month: "2-digit", year: "numeric" })}; kontrakt kan tidligst inngås ${formatOsloDateTime(approved.standstillEndsAt!, "nb")}`],
    ]);
    // The award section keeps the proposal and the approval; the letters and standstill are no longer repeated there.
    expect(rows(protocol, "award").map((r) => r.slice(0, 2))).toEqual([[at(STEP.proposed), "Lars Mikkelsen"], [at(STEP.approved), "Hanne Berg"]]);
  });

  it("tells each complaint (organisation, text, documents, decision with reasons, by whom), the injunction and the reopening", async () => {
    const protocol = await protocolIn("nb");
    expect(rows(protocol, "complaints")).toEqual([
      [at(STEP.lodgedA), "Stiftelsen Arbeidsglede", "Klage fra Stiftelsen Arbeidsglede: «Metoden vår er undervurdert.» Vedlegg: klagen.pdf."],
      [at(STEP.decidedA), "Lars Mikkelsen", "Klagen fra Stiftelsen Arbeidsglede er ikke tatt til følge: Evalueringen følger konkurransegrunnlaget. Avgjørelsen og begrunnelsen er sendt til klageren."],
      [at(STEP.lodgedB), "Bergen Arbeidsinkludering AS", "Klage fra Bergen Arbeidsinkludering AS: «Avvisningen var feil: prisen ble forklart.» Ingen vedlegg."],
      [at(STEP.decidedB), "Sofie Dahl", "Klagen fra Bergen Arbeidsinkludering AS er tatt til følge: Forklaringen kom i tide og ble oversett. Avgjørelsen er sendt til klageren."],
      [at(STEP.injunction), "Lars Mikkelsen", "Midlertidig forføyning registrert: Oslo tingrett, sak 26-0420TVI-OTIR"],
      [at(STEP.lifted), "Lars Mikkelsen", "Midlertidig forføyning opphevet: Begjæringen ble trukket."],
      [at(STEP.reopened), "Lars Mikkelsen", "Evalueringen er gjenåpnet og tildelingen omgjort: Klagen fra Bergen Arbeidsinkludering er tatt til følge."],
    ]);
    // No supplier person is named, in these sections or the audit trail: the organisation is the party.
    for (const person of ["Tor Helge Moen", "Nina Aasen", "Camilla Lie"]) expect(JSON.stringify(protocol)).not.toContain(person);
    expect(rows(protocol, "trail").filter((r) => r[2].startsWith("Klage mottatt")).map((r) => r[1])).toEqual(["Stiftelsen Arbeidsglede", "Bergen Arbeidsinkludering AS"]);
  });

  it("is the same in English", async () => {
    const protocol = await protocolIn("en");
    expect(sectionOf(protocol, "runs").title).toBe("Evaluation runs, result and sensitivity");
    expect(rows(protocol, "runs", "en")[1]).toEqual([at(STEP.rejected, "en"), "Lars Mikkelsen", expect.stringMatching(/^Run \(bid rejected\), lot 1\. .* Out since the previous run: Bergen Arbeidsinkludering AS\.$/)]);
    expect(rows(protocol, "letters", "en")[0]).toEqual([at(STEP.approved, "en"), "Hanne Berg", "Award letters sent to 3 bidders: Bergen Arbeidsinkludering AS, Jobbveien AS, Stiftelsen Arbeidsglede"]);
    expect(rows(protocol, "complaints", "en")[3]).toEqual([at(STEP.decidedB, "en"), "Sofie Dahl", "The complaint from Bergen Arbeidsinkludering AS was upheld: Forklaringen kom i tide og ble oversett. The decision was sent to the complainant."]);
  });

  it("the PDF holds the new sections' texts, times and actors as real text", async () => {
    for (const locale of ["nb", "en"] as const) {
      const protocol = await protocolIn(locale);
      const t = createTranslator(locale);
      const pdf = await renderPdf({ title: protocol.title, lang: locale, subtitle: protocol.reference, footer: protocol.chainHead, blocks: protocolBlocks(protocol, t, locale) });
      const text = (await pdfText(pdf)).replace(/\s+/g, " ");
      for (const id of ["runs", "letters", "complaints"]) {
        const section = sectionOf(protocol, id);
        expect(text, section.title).toContain(section.title);
        for (const entry of section.entries) {
          // Long texts wrap across table lines: check their words in order, up to a line break's worth.
          expect(text, entry.text).toContain(entry.text.slice(0, 30).replace(/\s+/g, " "));
          expect(text).toContain(formatOsloDateTime(entry.at!, locale));
        }
      }
      for (const expected of ["Hanne Berg", "Sofie Dahl", "klagen.pdf", "Oslo tingrett, sak 26-0420TVI-OTIR"]) expect(text, expected).toContain(expected);
    }
    expect(await verifyAuditChain(testDb.db, tenderChain(f.tender.id))).toMatchObject({ ok: true });
  });

  it("a competition whose award rows were written without the command (the seed's) still shows its letters from the decisions", async () => {
    const seeded = await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0071" }, include: { awards: true } });
    const national = await (await import("@/lib/auth/actor")).loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email: "leder@nav.no" } })).id);
    const result = await runQuery(getProtocolSource, { actor: national!, rawInput: { id: seeded.id }, db: testDb.db });
    if (!result.ok) throw result.error;
    const protocol = buildProtocol(result.data, createTranslator("nb"), "nb", T(20));
    const award = seeded.awards.find((a) => a.sentAt !== null)!;
    const letters = rows(protocol, "letters");
    expect(letters[0]).toEqual([formatOsloDateTime(award.sentAt!, "nb"), expect.any(String), expect.stringMatching(/^Tildelingsbrev sendt til \d+ tilbydere: /)]);
    expect(letters[1]![2]).toContain(`kontrakt kan tidligst inngås ${formatOsloDateTime(award.standstillEndsAt!, "nb")}`);
  });
});
