import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { updateRegionSettings } from "@/lib/admin";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { runCommand } from "@/lib/mutation";

import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
let regionId: string;
let admin: Actor;
let manager: Actor;
const clock = fixedClock("2026-12-01T11:00:00.000Z");

async function actorWith(email: string, membership: { role: "ADMIN" | "MANAGER"; regionId?: string }): Promise<Actor> {
  const user = await db.user.create({ data: { email, name: email, memberships: { create: [membership] } } });
  return (await loadActor(db, user.id))!;
}

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  regionId = (await db.region.create({ data: { code: "1500", name: "Nav Møre og Romsdal", seat: "Molde", validFrom: new Date("2024-01-01") } })).id;
  admin = await actorWith("admin@nav.no", { role: "ADMIN" });
  manager = await actorWith("leder@nav.no", { role: "MANAGER", regionId });
});
afterAll(async () => {
  await drop();
});

const run = (actor: Actor, rawInput: unknown) => runCommand(updateRegionSettings, { actor, rawInput, db, clock });
const stored = () => db.region.findUniqueOrThrow({ where: { id: regionId }, select: { draftApproval: true } });

describe("region settings", () => {
  it("an admin lets a region's officers approve each other's drafts; the change is audited once, a repeat is no change", async () => {
    expect(await run(admin, { regionId, draftApproval: "SECOND_OFFICER" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await stored()).toEqual({ draftApproval: "SECOND_OFFICER" });
    const events = await db.auditEvent.findMany({ where: { entityType: "Region", entityId: regionId } });
    expect(events).toEqual([expect.objectContaining({ action: "region.settings_changed", before: { draftApproval: "MANAGER" }, after: { draftApproval: "SECOND_OFFICER" }, at: clock.now() })]);
    expect(await run(admin, { regionId, draftApproval: "SECOND_OFFICER" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db.auditEvent.count({ where: { entityType: "Region" } })).toBe(1);
  });

  it("refuses a region's own manager, an unknown value and an unknown region, writing nothing", async () => {
    const audits = await db.auditEvent.count();
    expect(await run(manager, { regionId, draftApproval: "MANAGER" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await run(admin, { regionId, draftApproval: "NOBODY" })).toMatchObject({ ok: false, error: { code: "VALIDATION", details: { fieldErrors: { draftApproval: ["errors.field.draftApproval"] } } } });
    expect(await run(admin, { regionId: "finnes-ikke", draftApproval: "MANAGER" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await stored()).toEqual({ draftApproval: "SECOND_OFFICER" });
    expect(await db.auditEvent.count()).toBe(audits);
  });
});
