import { definePublicQuery, noInput } from "@/lib/query";

/** Public notices: announced competitions whose deadline has not passed, soonest first. */
export const listAnnouncedTenders = definePublicQuery({
  name: "tenders.listAnnounced",
  input: noInput,
  load: ({ db, now }) =>
    db.tender.findMany({
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
    }),
});
