import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Db } from "@/lib/db";
import { createTestDb } from "./helpers/db";

let db: Db;
let drop: () => Promise<void>;
let regionId: string;
let supplierId: string;

beforeAll(async () => {
  ({ db, drop } = await createTestDb());
  regionId = (await db.region.create({ data: { code: "0300", name: "Nav Oslo", seat: "Oslo", validFrom: new Date("2024-01-01") } })).id;
  supplierId = (await db.supplier.create({ data: { orgnr: "974760673", name: "Acme AS", kind: "COMMERCIAL" } })).id;
});
afterAll(async () => {
  await drop();
});

describe("loadActor", () => {
  it("returns null for an unknown user", async () => {
    expect(await loadActor(db, "no-such-user")).toBeNull();
  });

  it("reads active memberships and the locale", async () => {
    const user = await db.user.create({
      data: {
        email: "kari@nav.no", name: "Kari", locale: "en",
        memberships: { create: [{ role: "OFFICER", regionId }, { role: "MANAGER" }, { role: "SUPPLIER_USER", supplierId }] },
      },
    });
    const actor = await loadActor(db, user.id);
    expect(actor).toMatchObject({ userId: user.id, active: true, locale: "en" });
    expect(actor?.memberships).toHaveLength(3);
    expect(actor?.memberships).toEqual(
      expect.arrayContaining([
        { role: "OFFICER", regionId, supplierId: null },
        { role: "MANAGER", regionId: null, supplierId: null },
        { role: "SUPPLIER_USER", regionId: null, supplierId },
      ]),
    );
  });

  it("drops a revoked membership on the very next load", async () => {
    const user = await db.user.create({
      data: { email: "ola@nav.no", name: "Ola", memberships: { create: [{ role: "OFFICER", regionId }] } },
      include: { memberships: true },
    });
    const before = await loadActor(db, user.id);
    expect(can(before, "tender.update", { regionId })).toBe(true);
    expect(before?.locale).toBe("nb");

    await db.membership.update({ where: { id: user.memberships[0]!.id }, data: { revokedAt: new Date("2025-03-14T11:00:00Z") } });
    const after = await loadActor(db, user.id);
    expect(after?.memberships).toEqual([]);
    expect(can(after, "tender.update", { regionId })).toBe(false);
  });

  it("loads a deactivated user as inactive, who may do nothing", async () => {
    const user = await db.user.create({
      data: { email: "per@nav.no", name: "Per", active: false, memberships: { create: [{ role: "ADMIN" }] } },
    });
    const actor = await loadActor(db, user.id);
    expect(actor).toMatchObject({ active: false, memberships: [{ role: "ADMIN", regionId: null, supplierId: null }] });
    expect(can(actor, "admin.users.read")).toBe(false);
  });
});
