import { describe, expect, it } from "vitest";

import { DEFAULT_THRESHOLDS } from "@/lib/rules";
import { checkAnnouncement, type AnnounceCandidate } from "@/lib/tenders/announce-checks";
import { draftRegime } from "@/lib/tenders/draft-regime";
import { lotReservation, reservationBasisFor, reservationRefusal } from "@/lib/tenders/reservation";
import { ZUpdateDraftInput } from "@/lib/tenders/schemas";

const now = new Date("2025-03-03T09:00:00Z"); // Mon 3 March 2025, 10:00 Oslo
const PART_IV_VALUE = 1_200_000_000n; // 12 MNOK: at or above 7.8 MNOK for social services
const PART_I_VALUE = 500_000_000n; // 5 MNOK: below it
const complete: AnnounceCandidate = {
  title: "Oppfølging", description: "Oppfølging i Oslo.", estimatedValueOre: PART_IV_VALUE, procedure: "OPEN",
  deadline: new Date("2025-04-03T10:00:00Z"), questionDeadline: new Date("2025-03-20T11:00:00Z"), lots: [{ places: 30 }],
  criteria: [{ parentId: null, weight: "30" }, { parentId: null, weight: "70" }],
  measureCode: "OPPFOLGING", reservation: "NONE", reservationBasis: null, chosenRegime: null, chosenRegimeReason: null,
};
const check = (overrides: Partial<AnnounceCandidate>) => checkAnnouncement({ ...complete, ...overrides }, DEFAULT_THRESHOLDS, now);
const errorsOf = (verdict: ReturnType<typeof checkAnnouncement>) => (verdict.ok ? {} : verdict.fieldErrors);

describe("results-based split at announcement (lib/rules resultsBasedSplitIssues)", () => {
  const split = (fixedPercent: string, ...percents: string[]) => ({ fixedPercent, outcomes: percents.map((percent, i) => ({ name: `Resultat ${i + 1}`, percent })) });

  it.each([
    ["REFINO 20/40/40", split("20", "40", "40")],
    ["purely results-based 0/50/50", split("0", "50", "50")],
    ["exact decimals 33.33/33.33/33.34", split("33.33", "33.33", "33.34")],
  ])("accepts %s", (_, paymentSplit) => {
    expect(check({ paymentSplit, expectedOutcomeRate: "0.35" })).toMatchObject({ ok: true });
  });

  it("refuses a split that does not sum to exactly 100, on the split as a whole", () => {
    expect(errorsOf(check({ paymentSplit: split("20", "40", "39.99"), expectedOutcomeRate: "0.35" }))).toEqual({ resultsBased: ["errors.draftModel.splitSum"] });
    expect(errorsOf(check({ paymentSplit: split("20", "40", "41"), expectedOutcomeRate: "0.35" }))).toEqual({ resultsBased: ["errors.draftModel.splitSum"] });
  });

  it("names a missing share, a missing outcome payment, an unnamed payment and a missing rate at their fields", () => {
    expect(errorsOf(check({ paymentSplit: { fixedPercent: "", outcomes: [{ name: "", percent: "100" }] }, expectedOutcomeRate: null }))).toEqual({
      "resultsBased.fixedPercent": ["errors.draftModel.splitPercentMissing"],
      "resultsBased.outcomes.0.name": ["errors.draftModel.outcomeNameRequired"],
      "resultsBased.expectedOutcomeRate": ["errors.draftModel.outcomeRateRequired"],
    });
    expect(errorsOf(check({ paymentSplit: { fixedPercent: "100", outcomes: [] }, expectedOutcomeRate: "0.2" }))).toEqual({ "resultsBased.outcomes": ["errors.draftModel.outcomeRequired"] });
    expect(errorsOf(check({ paymentSplit: split("20", "40", "40"), expectedOutcomeRate: "0" }))).toEqual({ "resultsBased.expectedOutcomeRate": ["errors.draftModel.outcomeRateRequired"] });
  });

  it("lets a draft be saved with an incomplete split, but refuses a share that is not a percentage", () => {
    const base = { tenderId: "t", version: 0, title: "Utkast", estimatedValue: "", optionModel: "2+1", questionDeadline: "", deadline: "", priceWeight: "30", lots: [{ title: "Oslo", places: "1" }] };
    const saved = ZUpdateDraftInput.safeParse({ ...base, resultsBased: { enabled: "on", fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }], expectedOutcomeRate: "" } });
    expect(saved.success && saved.data.resultsBased).toEqual({ enabled: true, fixedPercent: "20", outcomes: [{ name: "Jobb", percent: "40" }], expectedOutcomeRate: "" });
    const bad = ZUpdateDraftInput.safeParse({ ...base, resultsBased: { enabled: "on", fixedPercent: "120", outcomes: [{ name: "Jobb", percent: "4,005" }], expectedOutcomeRate: "35,1234" } });
    expect(bad.success ? [] : bad.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["resultsBased.fixedPercent", "errors.draftModel.percent"],
      ["resultsBased.outcomes.0.percent", "errors.draftModel.percent"],
      ["resultsBased.expectedOutcomeRate", "errors.draftModel.outcomeRate"],
    ]);
  });
});

describe("a stricter regime chosen on purpose (lib/rules stricterRegimes)", () => {
  it("offers only stricter regimes: Part III above the ch. 30 threshold; Part IV and III below it", () => {
    expect(draftRegime(PART_IV_VALUE, DEFAULT_THRESHOLDS, now, null)).toMatchObject({ byValue: "PART_IV", regime: "PART_IV", options: ["PART_III"], chosen: null, refusal: null });
    expect(draftRegime(PART_I_VALUE, DEFAULT_THRESHOLDS, now, null).options).toEqual(["PART_IV", "PART_III"]);
    expect(draftRegime(PART_I_VALUE, DEFAULT_THRESHOLDS, now, "PART_III")).toMatchObject({ regime: "PART_III", chosen: "PART_III", refusal: null });
  });

  it("refuses a choice that is not stricter (Part I or Part II above the threshold), keeping the value's regime", () => {
    for (const chosen of ["PART_I", "PART_II"] as const) {
      expect(draftRegime(PART_IV_VALUE, DEFAULT_THRESHOLDS, now, chosen)).toMatchObject({ regime: "PART_IV", chosen: null, refusal: "errors.draftModel.notStricter" });
    }
    expect(errorsOf(check({ chosenRegime: "PART_I", chosenRegimeReason: "Enklere" }))).toEqual({ chosenRegime: ["errors.draftModel.notStricter"] });
  });

  it("holds the deadline and the procedures to the chosen regime, and needs a reason", () => {
    // Part III: 30 days from the day after the notice → no earlier than 3 April 2025 00:00 Oslo; LIGHT_REGIME is ch. 30 only.
    expect(check({ chosenRegime: "PART_III", chosenRegimeReason: "Stor kontrakt", deadline: new Date("2025-04-02T12:00:00Z") })).toMatchObject({
      ok: false, fieldErrors: { deadline: ["errors.announce.deadlineTooEarly"] }, earliest: { at: "03.04.2025 00:00", days: 30 },
    });
    expect(errorsOf(check({ chosenRegime: "PART_III", chosenRegimeReason: "Stor kontrakt", procedure: "LIGHT_REGIME" }))).toEqual({ procedure: ["errors.announce.procedureNotAllowed"] });
    expect(check({ chosenRegime: "PART_III", chosenRegimeReason: "Stor kontrakt" })).toMatchObject({ ok: true, regime: "PART_III", byValue: "PART_IV", chosen: "PART_III" });
    expect(errorsOf(check({ chosenRegime: "PART_III", chosenRegimeReason: " " }))).toEqual({ chosenRegimeReason: ["errors.draftModel.regimeReasonRequired"] });
  });

  it("needs a reason at save too", () => {
    const base = { tenderId: "t", version: 0, title: "Utkast", estimatedValue: "", optionModel: "2+1", questionDeadline: "", deadline: "", priceWeight: "30", lots: [{ title: "Oslo", places: "1" }] };
    const parsed = ZUpdateDraftInput.safeParse({ ...base, chosenRegime: "PART_III", chosenRegimeReason: "" });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["chosenRegimeReason", "errors.draftModel.regimeReasonRequired"]]);
    expect(ZUpdateDraftInput.parse({ ...base, chosenRegime: "" })).toMatchObject({ chosenRegime: null });
  });
});

describe("reserved competitions (domain.md §4.6)", () => {
  it.each([
    ["work inclusion under ch. 30", "WORK_INCLUSION", "PART_IV", "OPPFOLGING", null],
    ["work inclusion under Part III", "WORK_INCLUSION", "PART_III", "OPPFOLGING", null],
    ["work inclusion below the threshold, for any measure", "WORK_INCLUSION", "PART_I", "JOBBKLUBB", null],
    ["ideal under ch. 30", "IDEAL", "PART_IV", "AVKLARING", null],
    ["ideal below the ch. 30 threshold", "IDEAL", "PART_I", "OPPFOLGING", null],
    ["ideal under a chosen Part III", "IDEAL", "PART_III", "OPPFOLGING", "errors.draftModel.idealRegime"],
    ["ideal under Part II", "IDEAL", "PART_II", "OPPFOLGING", "errors.draftModel.idealRegime"],
    ["ideal for a measure that is not a social service in eForms (job search)", "IDEAL", "PART_IV", "JOBBKLUBB", "errors.draftModel.idealMeasure"],
  ] as const)("%s → %s", (_, reservation, regime, measure, refusal) => {
    expect(reservationRefusal(reservation, regime, measure)).toBe(refusal);
  });

  it("prefills the legal basis from the rule: §§ 8-8 / 16-9 / 30-3 for work inclusion, ch. 30 for ideelle; none where refused", () => {
    expect(reservationBasisFor("WORK_INCLUSION", "PART_II")).toContain("§ 8-8");
    expect(reservationBasisFor("WORK_INCLUSION", "PART_III")).toContain("§ 16-9");
    expect(reservationBasisFor("WORK_INCLUSION", "PART_IV")).toContain("§ 30-3");
    expect(reservationBasisFor("IDEAL", "PART_IV")).toContain("kapittel 30");
    expect(reservationBasisFor("IDEAL", "PART_III")).toBeNull();
    expect(reservationBasisFor("NONE", "PART_IV")).toBeNull();
  });

  it("a lot follows the tender's reservation unless it has its own", () => {
    const tender = { reservation: "WORK_INCLUSION" as const, reservationBasis: "FOA § 30-3" };
    expect(lotReservation(tender, { reservation: null, reservationBasis: null })).toEqual({ reservation: "WORK_INCLUSION", basis: "FOA § 30-3" });
    expect(lotReservation(tender, { reservation: "NONE", reservationBasis: null })).toEqual({ reservation: "NONE", basis: null });
  });

  it("announcing checks the reservation against the regime in force and needs its legal basis", () => {
    expect(check({ reservation: "IDEAL", reservationBasis: "FOA kap. 30" })).toMatchObject({ ok: true });
    expect(errorsOf(check({ reservation: "IDEAL", reservationBasis: "FOA kap. 30", chosenRegime: "PART_III", chosenRegimeReason: "Strengere" }))).toEqual({ reservation: ["errors.draftModel.idealRegime"] });
    expect(errorsOf(check({ lots: [{ places: 3 }, { places: 4, reservation: "WORK_INCLUSION", reservationBasis: "" }] }))).toEqual({ "lots.1.reservationBasis": ["errors.draftModel.reservationBasisRequired"] });
    expect(errorsOf(check({ measureCode: "JOBBKLUBB", lots: [{ places: 3, reservation: "IDEAL", reservationBasis: "x" }] }))).toEqual({ "lots.0.reservation": ["errors.draftModel.idealMeasure"] });
  });
});

describe("evaluation model (lib/scoring price models)", () => {
  const base = { tenderId: "t", version: 0, title: "Utkast", estimatedValue: "", optionModel: "2+1", questionDeadline: "", deadline: "", priceWeight: "30", lots: [{ title: "Oslo", places: "1" }] };
  const evaluation = (priceModel: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ priceModel, maxPoints: "10", qualityMode: "ABSOLUTE", tieBreak: "HIGHEST_QUALITY", ...extra });
  const parse = (value: Record<string, unknown>) => ZUpdateDraftInput.safeParse({ ...base, evaluation: value });
  const issues = (value: Record<string, unknown>) => {
    const parsed = parse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };

  it("stores exactly what lib/scoring accepts", () => {
    expect(parse(evaluation({ kind: "proportional" })).data?.evaluation).toEqual({ priceModel: { kind: "proportional" }, maxPoints: 10, qualityMode: "ABSOLUTE", tieBreak: "HIGHEST_QUALITY" });
    expect(parse(evaluation({ kind: "linear-relative", zeroAtMultipleOfLowest: "2", allowNegative: "on" })).data?.evaluation.priceModel).toEqual({ kind: "linear-relative", zeroAtMultipleOfLowest: 2, allowNegative: true });
    expect(parse(evaluation({ kind: "linear-absolute", fullPointsAt: "80 000", zeroPointsAt: "180 000,50" })).data?.evaluation.priceModel).toEqual({ kind: "linear-absolute", fullPointsAt: "80000.00", zeroPointsAt: "180000.50" });
    // Parameters of another model are dropped, not stored.
    expect(parse(evaluation({ kind: "proportional", zeroAtMultipleOfLowest: "3" })).data?.evaluation.priceModel).toEqual({ kind: "proportional" });
  });

  it("refuses what lib/scoring would refuse, at the field", () => {
    expect(issues(evaluation({ kind: "linear-relative", zeroAtMultipleOfLowest: "1" }))).toEqual([["evaluation.priceModel.zeroAtMultipleOfLowest", "errors.draftModel.zeroMultiple"]]);
    expect(issues(evaluation({ kind: "linear-absolute", fullPointsAt: "180 000", zeroPointsAt: "80 000" }))).toEqual([["evaluation.priceModel.zeroPointsAt", "errors.draftModel.zeroPointsOrder"]]);
    expect(issues(evaluation({ kind: "linear-absolute", fullPointsAt: "", zeroPointsAt: "mye" }))).toEqual([
      ["evaluation.priceModel.fullPointsAt", "errors.field.amount"], ["evaluation.priceModel.zeroPointsAt", "errors.field.amount"],
    ]);
    expect(issues(evaluation({ kind: "priced-quality" }))).toEqual([["evaluation.priceModel.kind", "errors.draftModel.priceModel"]]);
    expect(issues(evaluation({ kind: "proportional" }, { maxPoints: "7", qualityMode: "BEST", tieBreak: "COIN" }))).toEqual([
      ["evaluation.maxPoints", "errors.draftModel.maxPoints"], ["evaluation.qualityMode", "errors.draftModel.qualityMode"], ["evaluation.tieBreak", "errors.draftModel.tieBreak"],
    ]);
  });
});

describe("lot areas", () => {
  const base = { tenderId: "t", version: 0, title: "Utkast", estimatedValue: "", optionModel: "2+1", questionDeadline: "", deadline: "", priceWeight: "30" };
  it("a lot covers the region, or at least one chosen municipality", () => {
    const region = ZUpdateDraftInput.parse({ ...base, lots: [{ title: "Oslo", places: "1", coverage: "region", municipalities: ["m1"] }] });
    expect(region.lots[0]).toMatchObject({ coverage: "region", reservation: null });
    const parsed = ZUpdateDraftInput.safeParse({ ...base, lots: [{ title: "Bergen", places: "1", coverage: "municipalities" }] });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["lots.0.municipalities", "errors.draftModel.municipalitiesRequired"]]);
  });
});
