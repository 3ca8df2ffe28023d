import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";
import { CLOSED_TENDER_TITLE } from "@/prisma/seed/closed-tender";

/** The seeded closed competition (three sealed bids) and the demo people who open, confirm and qualify it. */
export async function closedTenderFixture(db: Db) {
  const tender = await db.tender.findFirstOrThrow({ where: { title: CLOSED_TENDER_TITLE }, select: { id: true, version: true, regionId: true, deadline: true, reference: true } });
  const as = async (email: string): Promise<Actor> => (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { email } })).id))!;
  return {
    tender,
    officer: await as("innkjoper.oslo@nav.no"),
    officer2: await as("innkjoper2.oslo@nav.no"),
    manager: await as("leder.oslo@nav.no"),
    vestOfficer: await as("innkjoper.vestland@nav.no"),
    supplier: await as("post@jobbveien.no"),
  };
}
