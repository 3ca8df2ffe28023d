import { describe, expect, it } from "vitest";

import { CLOSED_TENDER_TITLES } from "@/prisma/seed/closed-tender";
import { seed } from "@/prisma/seed/index";
import { demoSeedBase } from "@/prisma/seed/time";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();

describe("demo seed anchored near today (npm start)", () => {
  it("leaves announced competitions open (but the one closed for opening) and every later stage past its deadline, whenever it runs", async () => {
    const now = new Date("2031-05-05T08:30:00Z");
    await seed(testDb.db, { base: demoSeedBase(now) });
    const tenders = await testDb.db.tender.findMany({ select: { reference: true, title: true, status: true, deadline: true } });

    // Two announced competitions are closed on purpose: their deadlines passed and their three bids wait to be opened.
    const isClosedOnPurpose = (title: string) => (CLOSED_TENDER_TITLES as readonly string[]).includes(title);
    const closed = tenders.filter((tender) => isClosedOnPurpose(tender.title));
    expect(closed).toEqual([expect.objectContaining({ status: "ANNOUNCED" }), expect.objectContaining({ status: "ANNOUNCED" })]);
    for (const tender of closed) expect(tender.deadline!.getTime()).toBeLessThan(now.getTime());
    const announced = tenders.filter((tender) => tender.status === "ANNOUNCED" && !isClosedOnPurpose(tender.title));
    expect(announced.length).toBeGreaterThan(0);
    for (const tender of announced) expect(tender.deadline!.getTime(), tender.reference).toBeGreaterThan(now.getTime());

    const opened = tenders.filter((tender) => !["DRAFT", "READY", "ANNOUNCED", "CANCELLED"].includes(tender.status));
    expect(opened.length).toBeGreaterThan(0);
    for (const tender of opened) expect(tender.deadline!.getTime(), tender.reference).toBeLessThan(now.getTime());
  });
});
