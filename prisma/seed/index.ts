import type { Db } from "@/lib/db";
import { recordBidderCounts } from "@/lib/bids/received";
import { recordSuccession } from "@/lib/contracts/succession";
import { refreshHistoryRows } from "@/lib/history/refresh";
import { seedTenderDocuments } from "./documents";
import { seedThroughCommands } from "./lifecycle";
import { JOURNEY_TENDER_TITLE, seedClosedTender } from "./closed-tender";
import { seedDialogues } from "./dialogues";
import { DEMO_HISTORY, generateHistory, hasHistory } from "./history";
import { seedMeasureTypes } from "./measure-types";
import { seedMunicipalities } from "./municipalities";
import { seedRegions } from "./regions";
import { seedSuppliers } from "./suppliers";
import { seedTenders } from "./tenders";
import { seedThresholds } from "./thresholds";
import { FIXED_BASE, seedBase, setSeedBase } from "./time";
import { seedUsers } from "./users";

export { DEMO_USERS, type DemoUser } from "./demo-users";

export type SeedSummary = { tendersCreated: number };

/**
 * Demo data: reference data (upserted on unique keys), demo users (kept if they exist) and demo competitions
 * (skipped when their reference exists). Safe to run again; it only adds what is missing.
 */
export async function seed(db: Db, options: { base?: Date } = {}): Promise<SeedSummary> {
  setSeedBase(options.base ?? FIXED_BASE);
  const regionIds = await seedRegions(db);
  const municipalityIds = await seedMunicipalities(db, regionIds);
  const measureIds = await seedMeasureTypes(db);
  await seedThresholds(db);
  const supplierIds = await seedSuppliers(db, municipalityIds);
  const userIds = await seedUsers(db, regionIds, supplierIds);
  const tendersCreated = (await seedTenders(db, { regionIds, municipalityIds, measureIds, supplierIds, userIds })) + (await seedThroughCommands(db, userIds, regionIds, measureIds)) + (await seedClosedTender(db, userIds, regionIds, measureIds)) + (await seedClosedTender(db, userIds, regionIds, measureIds, JOURNEY_TENDER_TITLE));
  await seedDialogues(db, { regionIds, measureIds, supplierIds, userIds });
  await seedTenderDocuments(db);
  // A few hundred past competitions with awards and contracts, so the manager's history and analytics have data.
  if (!(await hasHistory(db))) await generateHistory(db, DEMO_HISTORY, seedBase());
  // What the opening and conclusion commands fix in their transactions, and the history's read model, from every fact
  // above (some demo competitions are written directly, not by commands).
  await recordBidderCounts(db, (await db.tender.findMany({ where: { openedAt: { not: null }, bidderCount: null }, select: { id: true } })).map((t) => t.id));
  await recordSuccession(db, (await db.contract.findMany({ where: { changedHands: null, predecessorTenderId: null }, select: { id: true } })).map((c) => c.id));
  await db.$transaction((tx) => refreshHistoryRows(tx));
  return { tendersCreated };
}

/** Seeds a database that has no regions yet (a fresh one); leaves any other database alone. */
export async function seedIfEmpty(db: Db, options: { base?: Date } = {}): Promise<boolean> {
  if ((await db.region.count()) > 0) return false;
  await seed(db, options);
  return true;
}
