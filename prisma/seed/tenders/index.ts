import { fakerNB_NO as faker } from "@faker-js/faker";
import type { Db, Tx } from "@/lib/db";
import { reservationBasisFor } from "@/lib/tenders/reservation";

import { must } from "../lookup";
import { createAwards } from "./award";
import { createBids } from "./bids";
import { TENDERS } from "./catalog";
import { createCriteria } from "./criteria";
import { createPanel, createScores } from "./evaluation";
import { createAmendments, createQuestions } from "./questions";
import { reached, timeline } from "./stage";
import type { SeedContext, TenderSpec } from "./types";

const STAFF = {
  "0300": { officer: "innkjoper.oslo@nav.no", approver: "leder.oslo@nav.no", evaluators: ["fagperson@nav.no", "fagperson2@nav.no"] },
  "1200": { officer: "innkjoper.vestland@nav.no", approver: "leder.vestland@nav.no", evaluators: ["fagperson.vestland@nav.no", "fagperson2.vestland@nav.no"] },
} as const;

const OPTION_MONTHS = { "2+1": 36, "2+1+1": 48, "2+1+1+1": 60 } as const;
/** Ch. 30 (Part IV) applies from the 7.8 MNOK threshold for special services; below it Part I only (domain.md §0). */
const SPECIAL_SERVICES_THRESHOLD_ORE = 780_000_000n;

/** Creates each demo competition that does not exist yet (keyed on reference), one transaction per competition. */
export async function seedTenders(db: Db, context: SeedContext): Promise<number> {
  faker.seed(20261123);
  let created = 0;
  for (const spec of TENDERS) {
    if (await db.tender.findUnique({ where: { reference: spec.reference } })) continue;
    await db.$transaction((tx) => createTender(tx, context, spec), { timeout: 120_000 });
    created++;
  }
  return created;
}

async function createTender(tx: Tx, context: SeedContext, spec: TenderSpec): Promise<void> {
  const staff = STAFF[spec.region];
  const user = (email: string) => must(context.userIds, email, "user");
  const time = timeline(spec);
  const places = spec.lots.reduce((sum, lot) => sum + lot.places, 0);
  const estimatedValueOre = BigInt(spec.unitPriceNok * places * OPTION_MONTHS[spec.optionModel]) * 100n;
  const announced = reached(spec.status, "ANNOUNCED");
  const regime = estimatedValueOre >= SPECIAL_SERVICES_THRESHOLD_ORE ? "PART_IV" : "PART_I";
  const tender = await tx.tender.create({
    data: {
      reference: spec.reference,
      title: spec.title,
      description: spec.description,
      measureTypeId: must(context.measureIds, spec.measure, "measure type"),
      regionId: must(context.regionIds, spec.region, "region"),
      status: spec.status,
      regime,
      procedure: spec.procedure ?? "OPEN",
      reservation: spec.reservation ?? "NONE",
      // The legal basis a reserved competition states (lib/tenders/reservation.ts), as the drafting form prefills it.
      reservationBasis: spec.reservationBasis ?? (spec.reservation ? reservationBasisFor(spec.reservation, regime) : null),
      estimatedValueOre,
      contractMonths: spec.contractMonths,
      optionModel: spec.optionModel,
      questionDeadline: time.questionDeadline,
      deadline: time.deadline,
      announcedAt: announced ? time.announcedAt : null,
      openedAt: reached(spec.status, "OPENED") ? time.openedAt : null,
      cancelledAt: spec.status === "CANCELLED" ? new Date(time.announcedAt.getTime() + 18 * 86_400_000) : null,
      cancelReason: spec.cancelReason ?? null,
      createdById: user(staff.officer),
      createdAt: time.createdAt,
      updatedAt: time.createdAt,
    },
  });
  const lotIds: string[] = [];
  for (const [index, lot] of spec.lots.entries()) {
    const row = await tx.lot.create({
      data: {
        tenderId: tender.id,
        number: index + 1,
        title: lot.title,
        regionId: tender.regionId,
        municipalities: lot.municipality ? { create: [{ municipalityId: must(context.municipalityIds, lot.municipality, "municipality") }] } : undefined,
        places: lot.places,
      },
    });
    lotIds.push(row.id);
  }
  const seedTender = { spec, tenderId: tender.id, lotIds, time };
  const criteria = await createCriteria(tx, tender.id, spec.qualityWeight);
  await createQuestions(tx, context, seedTender, user(staff.officer));
  await createAmendments(tx, seedTender, user(staff.officer));
  const bids = await createBids(tx, context, faker, seedTender);
  if (!reached(spec.status, "EVALUATION")) return;
  const evaluators = staff.evaluators.map(user);
  await createPanel(tx, seedTender, evaluators, user(staff.officer));
  const results = await createScores(tx, faker, seedTender, bids, criteria, evaluators);
  if (reached(spec.status, "AWARD_PROPOSED")) await createAwards(tx, context, seedTender, results, user(staff.officer), user(staff.approver));
}
