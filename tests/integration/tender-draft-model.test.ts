import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";

import { loadActor } from "@/lib/auth/actor";
import type { Actor, PolicyResource } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { runCommand, type Command } from "@/lib/mutation";
import { contractNoticeJson, contractNoticeXml } from "@/lib/notices";
import { runQuery } from "@/lib/query";
import { announceTender, approveDraft, createDraft, submitDraft, updateDraft } from "@/lib/tenders";
import { noticeInputFor } from "@/lib/tenders/notice-input";
import { publicTenderJson } from "@/lib/tenders/public-json";
import { getPublishedTender } from "@/lib/tenders/queries/published-tender";
import { seedIfEmpty } from "@/prisma/seed/index";
import { FIXED_BASE } from "@/prisma/seed/time";

import { validateContractNotices } from "../helpers/eforms-xsd";
import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2025-03-03T09:00:00.000Z"); // Mon 3 March 2025, 10:00 Oslo
const A: Record<string, Actor> = {};
let vestlandId: string;
let measureId: string;
const municipality: Record<string, string> = {};

const actorFor = async (email: string) => (await loadActor(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { email } })).id))!;
const run = <S extends z.ZodType, R extends PolicyResource | undefined, O>(command: Command<S, R, O>, actor: Actor, rawInput: unknown) =>
  runCommand(command, { actor, rawInput, db: testDb.db, clock });
const snapshot = async (id: string) => ({
  tender: await testDb.db.tender.findUniqueOrThrow({ where: { id } }),
  lots: await testDb.db.lot.findMany({ where: { tenderId: id }, include: { municipalities: true }, orderBy: { number: "asc" } }),
  audits: await testDb.db.auditEvent.count({ where: { chain: `tender:${id}` } }),
});

beforeAll(async () => {
  await seedIfEmpty(testDb.db, { base: FIXED_BASE });
  for (const [key, email] of Object.entries({ officer: "innkjoper.vestland@nav.no", manager: "leder.vestland@nav.no", osloOfficer: "innkjoper.oslo@nav.no" })) A[key] = await actorFor(email);
  vestlandId = (await testDb.db.region.findFirstOrThrow({ where: { name: "Nav Vestland" } })).id;
  measureId = (await testDb.db.measureType.findUniqueOrThrow({ where: { code: "OPPFOLGING" } })).id;
  for (const m of await testDb.db.municipality.findMany()) municipality[m.name] = m.id;
});

/** A complete Vestland draft: municipality lots (one reserved), linear model, REFINO split, Part III chosen on purpose. */
const input = (tenderId: string, version: number, overrides: Record<string, unknown> = {}) => ({
  tenderId, version, title: "Resultatbasert oppfølging i Vestland", description: "Oppfølging med resultatbasert betaling.",
  estimatedValue: "12 000 000", optionModel: "2+1+1", questionDeadline: "20.03.2025 12:00", deadline: "20.04.2025 12:00",
  priceWeight: "30", quality: [{ name: "Metode", weight: "70" }],
  lots: [
    { title: "Bergen og Øygarden", places: "30", coverage: "municipalities", municipalities: [municipality.Bergen, municipality["Øygarden"]], reservation: "WORK_INCLUSION", reservationBasis: "" },
    { title: "Resten av Vestland", places: "10", coverage: "region" },
  ],
  procedure: "OPEN",
  evaluation: { priceModel: { kind: "linear-relative", zeroAtMultipleOfLowest: "2", allowNegative: "on" }, maxPoints: "10", qualityMode: "RELATIVE", tieBreak: "LOWEST_PRICE" },
  resultsBased: { enabled: "on", fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }, { name: "Varig jobb", percent: "40" }], expectedOutcomeRate: "35" },
  chosenRegime: "PART_III", chosenRegimeReason: "Stor kontrakt med interesse fra hele EØS.",
  ...overrides,
});

async function draft() {
  const created = await run(createDraft, A.officer!, { measureTypeId: measureId, regionId: vestlandId, title: "Resultatbasert oppfølging" });
  if (!created.ok) throw created.error;
  return created.data.id;
}

describe("updateDraft with the draft model", () => {
  it("stores municipality lots, a lot reservation with the basis prefilled from the rule, the evaluation model, the split and the chosen regime", async () => {
    const id = await draft();
    const saved = await run(updateDraft, A.officer!, input(id, 0));
    if (!saved.ok) throw saved.error;
    const { tender, lots } = await snapshot(id);
    expect(tender).toMatchObject({
      procedure: "OPEN", chosenRegime: "PART_III", chosenRegimeReason: "Stor kontrakt med interesse fra hele EØS.", reservation: "NONE", reservationBasis: null,
      priceModel: { kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true }, maxPoints: 10, qualityMode: "RELATIVE", tieBreak: "LOWEST_PRICE",
      paymentSplit: { fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }, { name: "Varig jobb", percent: "40" }] },
    });
    expect(tender.expectedOutcomeRate?.toString()).toBe("0.35");
    expect(lots.map((lot) => [lot.title, lot.regionId, lot.municipalities.map((m) => m.municipalityId).sort(), lot.reservation, lot.reservationBasis])).toEqual([
      ["Bergen og Øygarden", vestlandId, [municipality.Bergen, municipality["Øygarden"]].sort(), "WORK_INCLUSION", "Anskaffelsesforskriften § 16-9 (reserverte kontrakter)"],
      ["Resten av Vestland", vestlandId, [], null, null],
    ]);
    const chosen = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: `tender:${id}`, action: "tender.regime_chosen" } });
    expect(chosen.after).toMatchObject({ byValue: "PART_IV", chosen: { regime: "PART_III", reason: "Stor kontrakt med interesse fra hele EØS." } });

    // Saving again without changing the choice writes no second regime event; dropping the split clears it.
    const again = await run(updateDraft, A.officer!, input(id, 1, { resultsBased: { enabled: "" } }));
    if (!again.ok) throw again.error;
    expect(await testDb.db.auditEvent.count({ where: { chain: `tender:${id}`, action: "tender.regime_chosen" } })).toBe(1);
    expect(await testDb.db.tender.findUniqueOrThrow({ where: { id } })).toMatchObject({ paymentSplit: null, expectedOutcomeRate: null });
  });

  it("refuses a municipality outside the region, a non-stricter regime and an ideal reservation under Part III at their fields, writing nothing", async () => {
    const id = await draft();
    const before = await snapshot(id);
    const refused = await run(updateDraft, A.officer!, input(id, 0, {
      lots: [{ title: "Oslo", places: "3", coverage: "municipalities", municipalities: [municipality.Oslo], reservation: "IDEAL" }],
      reservation: "IDEAL",
    }));
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    if (!refused.ok) {
      expect(refused.error.details?.fieldErrors).toEqual({
        "lots.0.municipalities": ["errors.draftModel.municipalityOutsideRegion"],
        reservation: ["errors.draftModel.idealRegime"],
        "lots.0.reservation": ["errors.draftModel.idealRegime"],
      });
    }
    const notStricter = await run(updateDraft, A.officer!, input(id, 0, { chosenRegime: "PART_I", chosenRegimeReason: "Enklere" }));
    expect(notStricter).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { chosenRegime: ["errors.draftModel.notStricter"] } } } });
    expect(await snapshot(id)).toEqual(before);
  });

  it("allows an ideal reservation under ch. 30 (the value's regime), with the ch. 30 basis prefilled", async () => {
    const id = await draft();
    const saved = await run(updateDraft, A.officer!, input(id, 0, { chosenRegime: "", reservation: "IDEAL", reservationBasis: "" }));
    if (!saved.ok) throw saved.error;
    expect(await testDb.db.tender.findUniqueOrThrow({ where: { id } })).toMatchObject({ chosenRegime: null, reservation: "IDEAL", reservationBasis: expect.stringContaining("kapittel 30") });
  });

  it("refuses another region's officer (403) and a competition that is no longer a draft, writing nothing", async () => {
    const id = await draft();
    const before = await snapshot(id);
    expect(await run(updateDraft, A.osloOfficer!, input(id, 0))).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await snapshot(id)).toEqual(before);
    await testDb.db.tender.update({ where: { id }, data: { status: "READY" } });
    const ready = await snapshot(id);
    expect(await run(updateDraft, A.officer!, input(id, 0))).toMatchObject({ ok: false, error: { code: "INVALID_STATE", messageKey: "errors.tender.notDraft" } });
    expect(await snapshot(id)).toEqual(ready);
  });
});

describe("announcing with the draft model", () => {
  async function ready(overrides: Record<string, unknown> = {}) {
    const id = await draft();
    const saved = await run(updateDraft, A.officer!, input(id, 0, overrides));
    if (!saved.ok) throw saved.error;
    const submitted = await run(submitDraft, A.officer!, { tenderId: id, version: 1 });
    if (!submitted.ok) throw submitted.error;
    const approved = await run(approveDraft, A.manager!, { tenderId: id, version: 2 });
    if (!approved.ok) throw approved.error;
    return id;
  }

  it("refuses a split that does not sum to 100 %, an unnamed payment and a deadline short of the chosen Part III's 30 days, writing nothing", async () => {
    const id = await ready({
      deadline: "01.04.2025 12:00",
      resultsBased: { enabled: "on", fixedPercent: "20", outcomes: [{ name: "", percent: "40" }, { name: "Varig jobb", percent: "30" }], expectedOutcomeRate: "35" },
    });
    const before = await snapshot(id);
    const refused = await run(announceTender, A.officer!, { tenderId: id, version: 3 });
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", messageKey: "errors.announce.deadlineRule", details: { messageParams: { at: "03.04.2025 00:00", days: 30 } } } });
    if (!refused.ok) {
      expect(refused.error.details?.fieldErrors).toEqual({
        resultsBased: ["errors.draftModel.splitSum"], "resultsBased.outcomes.0.name": ["errors.draftModel.outcomeNameRequired"], deadline: ["errors.announce.deadlineTooEarly"],
      });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("announces under the chosen regime with its reason for the protocol; the public JSON, notice.json and a valid eForms notice show area, reservation and split", async () => {
    const id = await ready();
    expect(await run(announceTender, A.manager!, { tenderId: id, version: 3 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(announceTender, A.osloOfficer!, { tenderId: id, version: 3 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(announceTender, A.officer!, { tenderId: id, version: 2 })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const announced = await run(announceTender, A.officer!, { tenderId: id, version: 3 });
    expect(announced).toMatchObject({ ok: true, data: { status: "ANNOUNCED" } });
    const tender = await testDb.db.tender.findUniqueOrThrow({ where: { id } });
    expect(tender).toMatchObject({ status: "ANNOUNCED", regime: "PART_III" });
    expect(tender.regimeReason).toContain("Stor kontrakt med interesse fra hele EØS.");
    const audit = await testDb.db.auditEvent.findFirstOrThrow({ where: { chain: `tender:${id}`, action: "tender.announced" } });
    expect(audit.after).toMatchObject({ regime: "PART_III", byValue: "PART_IV", chosen: { regime: "PART_III", reason: "Stor kontrakt med interesse fra hele EØS." } });
    expect(await run(announceTender, A.officer!, { tenderId: id, version: 4 })).toMatchObject({ ok: false, error: { code: "INVALID_STATE" } });

    const published = await runQuery(getPublishedTender, { actor: null, rawInput: { id }, db: testDb.db, clock });
    if (!published.ok || !published.data) throw new Error("not published");
    const json = publicTenderJson(published.data);
    expect(json.lots.map((lot) => [lot.area.kind, lot.reservation.kind])).toEqual([["municipalities", "WORK_INCLUSION"], ["region", "NONE"]]);
    expect(json.resultsBased).toEqual({ fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }, { name: "Varig jobb", percent: "40" }], expectedOutcomeRatePercent: "35" });
    const notice = noticeInputFor({ ...published.data, announcedAt: published.data.announcedAt!, deadline: published.data.deadline! }, "https://tiltaksanbud.example");
    const terms = contractNoticeJson(notice).lots.map((lot) => lot.terms.filter((term) => ["BT-71-Lot", "BT-5131-Lot", "BT-728-Lot", "BT-300-Lot"].includes(term.id)).map((term) => term.value));
    expect(terms).toEqual([
      ["Delkontrakten er reservert for virksomheter med arbeidsinkludering som hovedformål (Anskaffelsesforskriften § 16-9 (reserverte kontrakter)).", "Bergen", "Øygarden", "res-ws"],
      ["Hele Nav Vestland", "none"],
    ]);
    const result = await validateContractNotices([{ fileName: "draft-model.xml", xml: contractNoticeXml(notice) }]);
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  });
});
