import { describe, expect, it } from "vitest";

import { DEFAULT_THRESHOLDS } from "@/lib/rules";
import { checkAnnouncement, type AnnounceCandidate } from "@/lib/tenders/announce-checks";

const now = new Date("2025-03-03T09:00:00Z"); // Mon 3 March 2025, 10:00 Oslo
const complete: AnnounceCandidate = {
  title: "Oppfølging", description: "Oppfølging i Oslo.", estimatedValueOre: 1_200_000_000n, procedure: "OPEN",
  deadline: new Date("2025-04-03T10:00:00Z"), questionDeadline: new Date("2025-03-20T11:00:00Z"), lots: [{ places: 30 }],
  criteria: [{ parentId: null, weight: "30" }, { parentId: null, weight: "70" }, { parentId: "q", weight: "70" }],
};

describe("checkAnnouncement", () => {
  it("accepts a complete social-services competition under Part IV", () => {
    expect(checkAnnouncement(complete, DEFAULT_THRESHOLDS, now)).toMatchObject({ ok: true, regime: "PART_IV" });
  });

  it("under a Part III regime chosen on purpose, holds the bid deadline to 30 days from the day after the notice (domain.md §4.3)", () => {
    const partIII = { ...complete, chosenRegime: "PART_III" as const, chosenRegimeReason: "Strengere regler gir flere tilbydere tid" };
    const early = checkAnnouncement({ ...partIII, deadline: new Date("2025-04-02T21:59:00Z") }, DEFAULT_THRESHOLDS, now);
    expect(early).toMatchObject({ ok: false, fieldErrors: { deadline: ["errors.announce.deadlineTooEarly"] }, earliest: { at: "03.04.2025 00:00" } });
    expect(checkAnnouncement({ ...partIII, deadline: new Date("2025-04-02T22:00:00Z") }, DEFAULT_THRESHOLDS, now)).toMatchObject({ ok: true, regime: "PART_III" });
    expect(checkAnnouncement({ ...partIII, chosenRegimeReason: " " }, DEFAULT_THRESHOLDS, now)).toMatchObject({ ok: false, fieldErrors: { chosenRegimeReason: ["errors.draftModel.regimeReasonRequired"] } });
  });

  it("names every gap at once", () => {
    const verdict = checkAnnouncement(
      { ...complete, description: " ", estimatedValueOre: 0n, lots: [{ places: 0 }], criteria: [{ parentId: null, weight: "30" }], deadline: null, questionDeadline: null, procedure: "LIGHT_REGIME" },
      DEFAULT_THRESHOLDS,
      now,
    );
    expect(verdict).toEqual({
      ok: false,
      earliest: undefined,
      fieldErrors: {
        description: ["errors.announce.descriptionRequired"], estimatedValue: ["errors.announce.valueRequired"], lots: ["errors.announce.placesRequired"],
        priceWeight: ["errors.announce.weightsNot100"], procedure: ["errors.announce.procedureNotAllowed"], deadline: ["errors.announce.deadlineRequired"],
        questionDeadline: ["errors.announce.questionDeadlineRequired"],
      },
    });
  });
});
