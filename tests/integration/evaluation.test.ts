import { beforeAll, describe, expect, it } from "vitest";

import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { versionContext } from "@/lib/bids/contexts";
import { sealForTender } from "@/lib/bids/sealing";
import { fixedClock } from "@/lib/clock";
import { appointPanel, declarePanel } from "@/lib/evaluation/panel/commands";
import { rejectBid } from "@/lib/evaluation";
import { proposeAward } from "@/lib/evaluation/proposal";
import { getConsensusSheet } from "@/lib/evaluation/queries/consensus-sheet";
import { getDeclaration } from "@/lib/evaluation/queries/panel";
import { getEvaluationResult } from "@/lib/evaluation/queries/result";
import { getScoringSheet } from "@/lib/evaluation/queries/scoring-sheet";
import { getConsensusTitle, getResultTitle, getScoringTitle } from "@/lib/evaluation/queries/titles";
import { recordEvaluationRun } from "@/lib/evaluation/runs";
import { saveScores, setConsensus } from "@/lib/evaluation/scores/commands";
import type { ScoringSnapshot } from "@/lib/evaluation/snapshot";
import { runCommand } from "@/lib/mutation";
import { runQuery } from "@/lib/query";
import { score, type ScoringInput, sensitivity } from "@/lib/scoring";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

/*
 * Points 4–8 (first half) of issue 11 against the seeded Vestland competition in EVALUATION (2026/0104): its seeded
 * panel and scores are cleared, then everything runs through the real commands and queries. The Sunnfjord lot gets
 * DFØ-like prices (10 000 / 12 000 / 16 000) and the linear model, so rejecting the cheapest bid reverses the ranking.
 */
const testDb = setupTestDb();
const clock = fixedClock(new Date(FIXED_BASE.getTime() + 86_400_000));
const who: Record<"officer" | "chair" | "member" | "conflicted" | "osloEvaluator", Actor> = {} as never;
let tenderId = "";
let otherTenderId = "";
let sunnfjord = { id: "", bids: [] as string[] };
let sogndal = { id: "", bids: [] as string[] };
let criteria: string[] = [];
const EXACT_MEAN = "7.33333333333333333333";
const ANSWER = "Vi følger opp hver deltaker ukentlig.";

// Loosely typed on purpose: the assertions read the outcomes' shapes.
const run = (command: unknown, actor: Actor, rawInput: unknown) => runCommand(command as never, { actor, rawInput, db: testDb.db, clock });
const query = (q: unknown, actor: Actor, rawInput: unknown) => runQuery(q as never, { actor, rawInput, db: testDb.db, clock }) as Promise<{ ok: true; data: unknown } | { ok: false; error: Error }>;
const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;

/** Individual scores per evaluator: [bid index in Sunnfjord][criterion index], then Sogndal's bids all 6 / 8. */
const SUNNFJORD_SCORES = {
  chair: [["2", "0", "2"], ["7", "7", "7"], ["9.5", "9.5", "9.5"]],
  member: [["2", "5", "2"], ["7.66666666666666666666", "7", "7"], ["9.5", "9.5", "9.5"]],
};
function entries(which: "chair" | "member", justification = "Begrunnet ut fra besvarelsen.") {
  const rows = sunnfjord.bids.flatMap((bidId, b) => criteria.map((criterionId, c) => ({ bidId, criterionId, score: SUNNFJORD_SCORES[which][b]![c]!, justification })));
  return [...rows, ...sogndal.bids.flatMap((bidId, b) => criteria.map((criterionId) => ({ bidId, criterionId, score: b === 0 ? "6" : "8", justification })))];
}

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  const tender = await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0104" }, include: { lots: { orderBy: { number: "asc" } }, criteria: true } });
  tenderId = tender.id;
  otherTenderId = (await testDb.db.tender.findUniqueOrThrow({ where: { reference: "2026/0117" } })).id;
  await testDb.db.evaluationScore.deleteMany({ where: { bid: { tenderId } } });
  await testDb.db.panelMember.deleteMany({ where: { tenderId } });
  await testDb.db.tender.update({ where: { id: tenderId }, data: { priceModel: { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true }, qualityMode: "ABSOLUTE", tieBreak: "HIGHEST_QUALITY", maxPoints: 10 } });
  const bids = await testDb.db.bid.findMany({ where: { tenderId, status: "QUALIFIED" }, orderBy: { id: "asc" } });
  sunnfjord = { id: tender.lots[0]!.id, bids: bids.filter((b) => b.lotId === tender.lots[0]!.id).map((b) => b.id) };
  sogndal = { id: tender.lots[1]!.id, bids: bids.filter((b) => b.lotId === tender.lots[1]!.id).map((b) => b.id) };
  expect(sunnfjord.bids).toHaveLength(3);
  for (const [i, bidId] of sunnfjord.bids.entries()) await testDb.db.bid.update({ where: { id: bidId }, data: { priceOre: [1_000_000n, 1_200_000n, 1_600_000n][i]! } });
  const parents = new Set(tender.criteria.map((c) => c.parentId));
  criteria = tender.criteria.filter((c) => c.kind === "QUALITY" && !parents.has(c.id)).sort((a, b) => a.position - b.position).map((c) => c.id);
  expect(criteria).toHaveLength(3);
  // The seeded contents predate the bid format; one bid gets a real latest version with a quality answer.
  const versionId = "evaluation-test-version";
  const latest = await testDb.db.bidVersion.findFirstOrThrow({ where: { bidId: sunnfjord.bids[1] }, orderBy: { number: "desc" } });
  const content = JSON.stringify({ format: "tiltaksanbud-bid-1", lots: [], quality: [{ criterionId: criteria[0], answer: ANSWER }], requirements: [], exclusionGrounds: [], documents: [] });
  const sealed = await testDb.db.$transaction((tx) => sealForTender(tx, tenderId, Buffer.from(content), versionContext(versionId)));
  await testDb.db.bidVersion.create({ data: { id: versionId, bidId: sunnfjord.bids[1]!, number: latest.number + 1, ...sealed, contentHash: "test", submittedAt: latest.submittedAt } });

  who.officer = await actorFor("innkjoper.vestland@nav.no");
  who.chair = await actorFor("fagperson.vestland@nav.no");
  who.member = await actorFor("fagperson2.vestland@nav.no");
  who.osloEvaluator = await actorFor("fagperson@nav.no");
  // A third evaluator of the region, who will declare a tie.
  const region = tender.regionId;
  const third = await testDb.db.user.create({ data: { email: "fagperson3.vestland@nav.no", name: "Tredje Fagperson", memberships: { create: { role: "EVALUATOR", regionId: region } } } });
  who.conflicted = (await loadActor(testDb.db, third.id))!;
});

describe("the panel (point 4)", () => {
  it("is appointed from the region's evaluators with exactly one chair", async () => {
    const oslo = await run(appointPanel, who.officer, { tenderId, memberIds: [who.chair.userId, who.osloEvaluator.userId], chairId: who.chair.userId });
    expect(oslo).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "evaluation.errors.notRegionEvaluator" } });
    const noChair = await run(appointPanel, who.officer, { tenderId, memberIds: [who.chair.userId], chairId: "" });
    expect(noChair).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { chairId: ["evaluation.errors.chairRequired"] } } } });
    expect(await run(appointPanel, who.chair, { tenderId, memberIds: [who.chair.userId], chairId: who.chair.userId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const ok = await run(appointPanel, who.officer, { tenderId, memberIds: [who.chair.userId, who.member.userId, who.conflicted.userId], chairId: who.chair.userId });
    expect(ok.ok).toBe(true);
    const seats = await testDb.db.panelMember.findMany({ where: { tenderId }, orderBy: { isChair: "desc" } });
    expect(seats.map((s) => s.isChair)).toEqual([true, false, false]);
    expect(await testDb.db.auditEvent.count({ where: { action: "panel.appointed", entityId: tenderId } })).toBe(1);
  });

  it("an evaluator without a declaration reads no bid and may not score", async () => {
    expect(await query(getScoringSheet, who.chair, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await query(getScoringTitle, who.chair, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(saveScores, who.chair, { tenderId, scores: [] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("an evaluator without a seat is refused, even one of the region", async () => {
    const outsider = await actorFor("fagperson.vestland@nav.no");
    await testDb.db.panelMember.deleteMany({ where: { tenderId: otherTenderId } });
    expect(await run(saveScores, outsider, { tenderId: otherTenderId, scores: [] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await query(getScoringSheet, who.osloEvaluator, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("the declaration lists the bidders (names and orgnr), and a declared tie excludes the member (audited)", async () => {
    const declaration = await query(getDeclaration, who.conflicted, { tenderId });
    if (!declaration.ok) throw declaration.error;
    const bidders = (declaration.data as { bidders: { name: string; orgnr: string }[] }).bidders;
    expect(bidders.length).toBe(3);
    expect(bidders.every((b) => /^\d{9}$/.test(b.orgnr) && b.name.length > 0)).toBe(true);
    expect(await run(declarePanel, who.conflicted, { tenderId, conflict: "on", details: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect((await run(declarePanel, who.conflicted, { tenderId, conflict: "on", details: "Tidligere ansatt hos en av tilbyderne." })).ok).toBe(true);
    expect(await query(getScoringSheet, who.conflicted, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(saveScores, who.conflicted, { tenderId, scores: [] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(declarePanel, who.conflicted, { tenderId, conflict: "", details: "" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { action: "panel.declared", actorId: who.conflicted.userId } });
    expect(audit.after).toMatchObject({ conflict: true, details: "Tidligere ansatt hos en av tilbyderne." });
    const seat = await testDb.db.panelMember.findFirstOrThrow({ where: { tenderId, userId: who.conflicted.userId } });
    expect((seat.declaredBidders as unknown[]).length).toBe(3);
  });

  it("the others declare no tie, once", async () => {
    for (const actor of [who.chair, who.member]) expect((await run(declarePanel, actor, { tenderId, conflict: "", details: "" })).ok).toBe(true);
    expect(await run(declarePanel, who.chair, { tenderId, conflict: "", details: "" })).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "evaluation.errors.alreadyDeclared" } });
  });
});

describe("individual scoring (point 5)", () => {
  it("reads the bids' quality answers once declared", async () => {
    const sheet = await query(getScoringSheet, who.chair, { tenderId });
    if (!sheet.ok) throw sheet.error;
    const data = (sheet.data as { sheet: { bids: { id: string; answers: Record<string, string> }[]; criteria: { id: string }[] } }).sheet;
    expect(data.criteria.map((c) => c.id)).toEqual(criteria);
    expect(data.bids).toHaveLength(5);
    expect(data.bids.find((b) => b.id === sunnfjord.bids[1])!.answers).toEqual({ [criteria[0]!]: ANSWER });
  });

  it("the pages' titles come from light queries with the sheets' own actions: the reference, nothing of the bids", async () => {
    const reference = (await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId }, select: { reference: true } })).reference;
    for (const title of [getScoringTitle, getResultTitle]) {
      const read = await query(title, who.chair, { tenderId });
      expect(read).toMatchObject({ ok: true, data: { reference } });
      expect(JSON.stringify(read)).not.toContain(ANSWER);
    }
    expect(await query(getConsensusTitle, who.chair, { tenderId })).toMatchObject({ ok: true, data: { reference } });
    // Refused exactly where the sheets are: the consensus to a member, scoring and the result to a conflicted one.
    expect(await query(getConsensusTitle, who.member, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await query(getScoringTitle, who.conflicted, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await query(getResultTitle, who.conflicted, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await query(getScoringTitle, who.officer, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("requires a justification, a score on the scale and the full grid before submitting", async () => {
    const [first] = entries("chair");
    const noJustification = await run(saveScores, who.chair, { tenderId, scores: [{ ...first, justification: "" }] });
    expect(noJustification).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { "scores.0.justification": ["evaluation.errors.justificationRequired"] } } } });
    const offScale = await run(saveScores, who.chair, { tenderId, scores: [{ ...first, score: "10.5" }] });
    expect(offScale).toMatchObject({ ok: false, error: { details: { fieldErrors: { "scores.0.score": ["evaluation.errors.scoreInvalid"] } } } });
    const partial = await run(saveScores, who.chair, { tenderId, scores: entries("chair").slice(0, 4), submit: "on" });
    expect(partial).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "evaluation.errors.scoresIncomplete" } });
    expect((await run(saveScores, who.chair, { tenderId, scores: entries("chair").slice(0, 4) })).ok).toBe(true);
  });

  it("nobody sees another's scores before submitting their own", async () => {
    expect((await run(saveScores, who.member, { tenderId, scores: entries("member"), submit: "on" })).ok).toBe(true);
    const before = await query(getScoringSheet, who.chair, { tenderId });
    if (!before.ok) throw before.error;
    expect((before.data as { sheet: { others: unknown[]; own: unknown[] } }).sheet.others).toEqual([]);
    expect((before.data as { sheet: { own: unknown[] } }).sheet.own).toHaveLength(4);
    // The member who submitted sees nothing of the chair's unsubmitted draft either.
    const member = await query(getScoringSheet, who.member, { tenderId });
    if (!member.ok) throw member.error;
    expect((member.data as { sheet: { others: unknown[] } }).sheet.others).toEqual([]);

    expect((await run(saveScores, who.chair, { tenderId, scores: entries("chair"), submit: "on" })).ok).toBe(true);
    const after = await query(getScoringSheet, who.chair, { tenderId });
    if (!after.ok) throw after.error;
    expect((after.data as { sheet: { others: { evaluator: string }[] } }).sheet.others).toHaveLength(15);
    expect(await run(saveScores, who.chair, { tenderId, scores: entries("chair") })).toMatchObject({ ok: false, error: { messageKey: "evaluation.errors.alreadySubmitted" } });
  });
});

type Cell = { bidId: string; criterionId: string; suggested: string | null; spread: { deviates: boolean } | null };

describe("consensus (point 6) and the result (point 7)", () => {
  it("only the chair sets it; the suggestion is the exact mean, with deviations over 2 points flagged", async () => {
    expect(await query(getConsensusSheet, who.member, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const sheet = await query(getConsensusSheet, who.chair, { tenderId });
    if (!sheet.ok) throw sheet.error;
    const cells = (sheet.data as { sheet: { cells: Cell[]; pending: number } }).sheet;
    expect(cells.pending).toBe(0);
    const cell = (b: number, c: number) => cells.cells.find((x) => x.bidId === sunnfjord.bids[b] && x.criterionId === criteria[c])!;
    expect(cell(1, 0).suggested).toBe(EXACT_MEAN);
    expect(cell(0, 1)).toMatchObject({ suggested: "2.5", spread: { deviates: true } });
    expect(cell(0, 0).spread?.deviates).toBe(false);
    expect(await run(setConsensus, who.member, { tenderId, scores: [] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    // The chair adopts the suggestion on B's first criterion (exact), 2 on A's disputed one, the mean elsewhere.
    const consensus = cells.cells.map((x) => ({ bidId: x.bidId, criterionId: x.criterionId, score: x.bidId === sunnfjord.bids[0] && x.criterionId === criteria[1] ? "2" : x.suggested!, justification: "Nemnda samlet seg om dette." }));
    const saved = await run(setConsensus, who.chair, { tenderId, scores: consensus });
    expect(saved.ok).toBe(true);
    const stored = await testDb.db.evaluationScore.findFirstOrThrow({ where: { bidId: sunnfjord.bids[1], criterionId: criteria[0], stage: "CONSENSUS" } });
    expect(stored.score.toFixed()).toBe(EXACT_MEAN);
    expect(await testDb.db.evaluationRun.count({ where: { tenderId } })).toBe(1);
  });

  it("the result page's numbers are lib/scoring's, over the decimal consensus", async () => {
    const result = await query(getEvaluationResult, who.officer, { tenderId });
    if (!result.ok) throw result.error;
    const lot = (result.data as { evaluation: { lots: { lotId: string; input: ScoringInput; results: unknown; sensitivity: unknown }[] } }).evaluation.lots.find((l) => l.lotId === sunnfjord.id)!;
    const leaves = await testDb.db.awardCriterion.findMany({ where: { id: { in: criteria } } });
    const price = await testDb.db.awardCriterion.findFirstOrThrow({ where: { tenderId, kind: "PRICE" } });
    const quality = [["2", "2", "2"], [EXACT_MEAN, "7", "7"], ["9.5", "9.5", "9.5"]];
    const expected: ScoringInput = {
      maxPoints: 10, priceModel: { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true }, qualityMode: "absolute", tieBreak: "highest-quality",
      criteria: [{ id: price.id, kind: "price", weight: Number(price.weight) }, ...criteria.map((id) => ({ id, kind: "quality" as const, weight: Number(leaves.find((l) => l.id === id)!.weight) }))],
      bids: sunnfjord.bids.map((id, b) => ({ id, price: ["10000.00", "12000.00", "16000.00"][b]!, quality: Object.fromEntries(criteria.map((c, i) => [c, quality[b]![i]!])) })),
    };
    expect(lot.input).toEqual(expected);
    expect(lot.results).toEqual(score(expected).ranking);
    expect(lot.sensitivity).toEqual(sensitivity(expected));
    // B: 0.4 × 8 + 0.3 × 7.333… + 0.18 × 7 + 0.12 × 7 = 7.5; C: 0.4 × 4 + 0.6 × 9.5 = 7.3; A: 0.4 × 10 + 0.6 × 2 = 5.2
    expect(score(expected).ranking.map((r) => [r.id, r.total])).toEqual([[sunnfjord.bids[1], "7.5"], [sunnfjord.bids[2], "7.3"], [sunnfjord.bids[0], "5.2"]]);
  });

  it("an evaluator reads the result only with a declared seat", async () => {
    expect((await query(getEvaluationResult, who.member, { tenderId })).ok).toBe(true);
    expect(await query(getEvaluationResult, who.conflicted, { tenderId })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("re-runs (point 3) and the award proposal (point 8)", () => {
  it("a rejection re-runs the evaluation, both runs are logged, and the linear model reverses the ranking", async () => {
    // The real rejection command, an hour after the consensus: it re-runs and logs in its own transaction.
    const later = fixedClock(new Date(clock.now().getTime() + 3_600_000));
    const rejected = await runCommand(rejectBid, { actor: who.officer, rawInput: { bidId: sunnfjord.bids[0], basis: "material-deviation", reason: "Forbeholder seg å endre bemanningen." }, db: testDb.db, clock: later });
    expect(rejected).toMatchObject({ ok: true, data: { tenderStatus: "EVALUATION" } });
    const runs = await testDb.db.evaluationRun.findMany({ where: { tenderId }, orderBy: { createdAt: "asc" } });
    expect(runs[1]).toMatchObject({ actorId: who.officer.userId, createdAt: later.now() });
    expect(runs.map((r) => r.cause)).toEqual(["consensus", "bid_rejected"]);
    const winner = (lots: unknown) => (lots as { lotId: string; results: { id: string }[] }[]).find((l) => l.lotId === sunnfjord.id)!.results[0]!.id;
    expect(winner(runs[0]!.lots)).toBe(sunnfjord.bids[1]);
    expect(winner(runs[1]!.lots)).toBe(sunnfjord.bids[2]);
    // Nothing changed since: no third run.
    const again = await testDb.db.$transaction((tx) => recordEvaluationRun(tx, { tenderId, actorId: null, cause: "bid_rejected" }));
    expect(again).toMatchObject({ id: runs[1]!.id, logged: false });
    expect(await testDb.db.auditEvent.count({ where: { action: "evaluation.run" } })).toBe(2);
  });

  it("the officer proposes per lot with a justification; the decisions carry the snapshot", async () => {
    expect(await run(proposeAward, who.chair, { tenderId, lots: [] })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const missing = await run(proposeAward, who.officer, { tenderId, lots: [{ lotId: sunnfjord.id, justification: "Best forhold mellom pris og kvalitet." }] });
    expect(missing).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { "lots.1.justification": ["evaluation.errors.justificationRequired"] } } } });
    const lots = [{ lotId: sunnfjord.id, justification: "Best forhold mellom pris og kvalitet." }, { lotId: sogndal.id, justification: "Høyest kvalitet." }];
    const proposed = await run(proposeAward, who.officer, { tenderId, lots });
    if (!proposed.ok) throw proposed.error;
    expect((await testDb.db.tender.findUniqueOrThrow({ where: { id: tenderId } })).status).toBe("AWARD_PROPOSED");
    const decisions = await testDb.db.awardDecision.findMany({ where: { tenderId }, orderBy: { lotId: "asc" } });
    expect(decisions).toHaveLength(2);
    const sunnfjordDecision = decisions.find((d) => d.lotId === sunnfjord.id)!;
    expect(sunnfjordDecision).toMatchObject({ status: "PROPOSED", rank: 1, winningBidId: sunnfjord.bids[2], proposedById: who.officer.userId, reasoning: lots[0]!.justification });
    const snapshot = sunnfjordDecision.scoringSnapshot as unknown as ScoringSnapshot;
    const latestRun = await testDb.db.evaluationRun.findFirstOrThrow({ where: { tenderId }, orderBy: { createdAt: "desc" } });
    expect(snapshot).toMatchObject({ version: 1, lotId: sunnfjord.id, runId: latestRun.id, winners: [sunnfjord.bids[2]] });
    expect(snapshot.input.bids.map((b) => b.id)).toEqual([sunnfjord.bids[1], sunnfjord.bids[2]]);
    expect(snapshot.results).toEqual(score(snapshot.input).ranking);
    expect(snapshot.sensitivity).toEqual(sensitivity(snapshot.input));
    expect(snapshot.justifications[sunnfjord.bids[1]!]![criteria[0]!]).toBe("Nemnda samlet seg om dette.");
    expect(await testDb.db.bid.count({ where: { tenderId, status: "EVALUATED" } })).toBe(4);
    expect(await testDb.db.auditEvent.count({ where: { action: "award.proposed", entityId: tenderId } })).toBe(1);
    // Proposed once: the tender has left EVALUATION.
    expect(await run(proposeAward, who.officer, { tenderId, lots })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });
  });
});
