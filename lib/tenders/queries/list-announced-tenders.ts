import type { Db } from "@/lib/db";

/** Public notices: announced competitions whose deadline has not passed, soonest first. */
export function listAnnouncedTenders(db: Db, now: Date) {
  return db.tender.findMany({
    where: { status: "ANNOUNCED", deadline: { gt: now } },
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      deadline: true,
      region: { select: { name: true } },
      measureType: { select: { nameNb: true, nameEn: true } },
    },
  });
}
