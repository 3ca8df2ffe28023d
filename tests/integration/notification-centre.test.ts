import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/policy";
import { fixedClock } from "@/lib/clock";
import { runCommand } from "@/lib/mutation";
import { enqueueNotifications } from "@/lib/notifications";
import { inboxSummary, listInbox, markAllNotificationsRead, myNotificationPreferences, openNotification, updateNotificationPreferences } from "@/lib/notifications/centre";
import { runQuery, type QueryResult } from "@/lib/query";

import { setupTestDb } from "./helpers/db";

const testDb = setupTestDb();
const clock = fixedClock("2026-05-04T08:00:00.000Z");
let anna: Actor;
let bjorn: Actor;
let stranger: Actor;
let officer: Actor;
let orgNotificationId: string;

const supplierActor = (userId: string, supplierId: string): Actor => ({ userId, active: true, locale: "nb", memberships: [{ role: "SUPPLIER_USER", regionId: null, supplierId }] });
const unwrap = <T>(result: QueryResult<T>): T => {
  if (!result.ok) throw result.error;
  return result.data;
};
const list = async (actor: Actor, rawInput?: unknown) => unwrap(await runQuery(listInbox, { actor, rawInput, db: testDb.db, clock }));
const summary = async (actor: Actor) => unwrap(await runQuery(inboxSummary, { actor, rawInput: undefined, db: testDb.db, clock }));
const preferences = async (actor: Actor) => unwrap(await runQuery(myNotificationPreferences, { actor, rawInput: undefined, db: testDb.db, clock }));

beforeAll(async () => {
  const db = testDb.db;
  const user = (email: string) => db.user.create({ data: { email, name: email } }).then((row) => row.id);
  const acme = (await db.supplier.create({ data: { orgnr: "974760673", name: "Acme AS", kind: "COMMERCIAL" } })).id;
  const other = (await db.supplier.create({ data: { orgnr: "971524960", name: "Annen AS", kind: "COMMERCIAL" } })).id;
  anna = supplierActor(await user("anna@acme.no"), acme);
  bjorn = supplierActor(await user("bjorn@acme.no"), acme);
  stranger = supplierActor(await user("eve@annen.no"), other);
  officer = { userId: await user("officer@nav.no"), active: true, locale: "nb", memberships: [{ role: "OFFICER", regionId: "r", supplierId: null }] };
  await enqueueNotifications(db, [
    { to: { supplierId: acme }, template: "tender.question-answered", params: { path: "/kunngjoringer/t1", reference: "2026/0001", number: 1 } },
    { to: { userId: anna.userId }, template: "user.password-reset", params: { path: "/tilbakestill-passord/secret", expiresAt: "2026-05-04T09:00:00.000Z" } },
    { to: { userId: officer.userId }, template: "tender.question-asked", params: { path: "/anskaffelser/t1", reference: "2026/0001" } },
  ], clock.now());
  clock.advance(60_000);
  await enqueueNotifications(db, [{ to: { userId: anna.userId }, template: "bid.withdrawn", params: { path: "/portal/tilbud/t1", reference: "2026/0001", withdrawnAt: "2026-05-04T08:01:00.000Z" } }], clock.now());
  orgNotificationId = (await db.notification.findFirstOrThrow({ where: { recipientSupplierId: acme } })).id;
});

describe("the notification centre", () => {
  it("shows a user their own and their organisation's notifications, newest first, never a secret link", async () => {
    const items = await list(anna, { page: 1, locale: "en" });
    expect(items.map((item) => [item.title, item.path, item.read])).toEqual([
      ["Bid withdrawn in 2026/0001", "/portal/tilbud/t1", false],
      ["Answer published in 2026/0001", "/kunngjoringer/t1", false],
    ]);
    expect(await summary(anna)).toEqual({ userId: anna.userId, total: 2, unread: 2 });
    expect(await summary(bjorn)).toEqual({ userId: bjorn.userId, total: 1, unread: 1 });
    expect(await summary(stranger)).toEqual({ userId: stranger.userId, total: 0, unread: 0 });
    expect(await summary(officer)).toEqual({ userId: officer.userId, total: 1, unread: 1 });
  });

  it("opening marks it read for that user only, and leads to its subject; another organisation's is refused", async () => {
    const opened = await runCommand(openNotification, { actor: bjorn, rawInput: { id: orgNotificationId }, db: testDb.db, clock });
    expect(opened).toEqual({ ok: true, data: { path: "/kunngjoringer/t1" } });
    expect(await summary(bjorn)).toMatchObject({ unread: 0 });
    expect(await summary(anna)).toMatchObject({ unread: 2 });
    const refused = await runCommand(openNotification, { actor: stranger, rawInput: { id: orgNotificationId }, db: testDb.db, clock });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const missing = await runCommand(openNotification, { actor: anna, rawInput: { id: "nope" }, db: testDb.db, clock });
    expect(missing).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("mark all read marks the user's whole centre, and only theirs", async () => {
    expect(await runCommand(markAllNotificationsRead, { actor: anna, rawInput: {}, db: testDb.db, clock })).toEqual({ ok: true, data: { marked: 2 } });
    expect(await summary(anna)).toMatchObject({ unread: 0, total: 2 });
    expect(await summary(officer)).toMatchObject({ unread: 1 });
    expect((await list(anna)).every((item) => item.read)).toBe(true);
  });

  it("pages: a page past the end is empty, bad input is a validation error", async () => {
    expect(await list(anna, { page: 2 })).toEqual([]);
    const bad = await runQuery(listInbox, { actor: anna, rawInput: { page: 0 }, db: testDb.db, clock });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("preferences: reminder e-mail on by default, turned off by the user, audited", async () => {
    expect(await preferences(anna)).toEqual({ userId: anna.userId, emailReminders: true });
    expect(await runCommand(updateNotificationPreferences, { actor: anna, rawInput: {}, db: testDb.db, clock })).toEqual({ ok: true, data: { changed: true } });
    expect(await preferences(anna)).toEqual({ userId: anna.userId, emailReminders: false });
    expect(await testDb.db.auditEvent.count({ where: { action: "notification.preferences_changed", entityId: anna.userId } })).toBe(1);
    expect(await runCommand(updateNotificationPreferences, { actor: anna, rawInput: { emailReminders: "on" }, db: testDb.db, clock })).toEqual({ ok: true, data: { changed: true } });
  });
});
