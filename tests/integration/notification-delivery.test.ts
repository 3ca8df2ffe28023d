import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { fixedClock } from "@/lib/clock";
import { createDb } from "@/lib/db";
import { enqueueNotifications, type NotifyRecord } from "@/lib/notifications";
import { deliverDue, type DeliveryOptions } from "@/lib/notifications/delivery";

import { setupTestDb } from "./helpers/db";
import { parseMail, startSmtpServer } from "./helpers/smtp";

const testDb = setupTestDb();
const clock = fixedClock("2026-05-04T08:00:00.000Z");
const APP_URL = "https://anbud.example.no";
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
type Key = "officerEn" | "anna" | "bjorn" | "gone" | "supplier";
const ids = {} as Record<Key, string>;

const options = (overrides: Partial<DeliveryOptions> = {}): DeliveryOptions => ({
  db: testDb.db, clock, transport: smtp.transport, from: "Tiltaksanbud <noreply@example.no>", appUrl: APP_URL, ...overrides,
});
const enqueue = (...records: NotifyRecord[]) => enqueueNotifications(testDb.db, records, clock.now());
const questionAsked = (userId: string): NotifyRecord => ({ to: { userId }, template: "tender.question-asked", params: { path: "/anskaffelser/t1", reference: "2026/0001" } });

beforeAll(async () => {
  smtp = await startSmtpServer();
  const db = testDb.db;
  const user = async (key: Key, locale: string, active = true) => (ids[key] = (await db.user.create({ data: { email: `${key.toLowerCase()}@example.no`, name: key, locale, active } })).id);
  await user("officerEn", "en");
  await user("anna", "nb");
  await user("bjorn", "en");
  await user("gone", "nb", false);
  ids.supplier = (await db.supplier.create({ data: { orgnr: "974760673", name: "Acme AS", kind: "COMMERCIAL" } })).id;
  for (const key of ["anna", "bjorn", "gone"] as const) await db.membership.create({ data: { userId: ids[key], role: "SUPPLIER_USER", supplierId: ids.supplier } });
  await db.notificationPreference.create({ data: { userId: ids.bjorn, emailReminders: false } });
});
afterAll(async () => smtp.close());
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuseNext(0);
  await testDb.db.notification.updateMany({ where: { status: "PENDING" }, data: { status: "SKIPPED" } });
});

describe("the outbox worker over SMTP", () => {
  it("mails a user in their language, plain text and HTML, with an absolute link and no more", async () => {
    await enqueue(questionAsked(ids.officerEn));
    expect(await deliverDue(options())).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = await parseMail(smtp.received[0]!);
    expect(mail.to).toEqual(["officeren@example.no"]);
    expect(mail.subject).toBe("New question in 2026/0001");
    expect(mail.lang).toBe("en");
    expect(mail.text).toContain("A supplier asked a question in 2026/0001.");
    expect(mail.text).toContain(`${APP_URL}/anskaffelser/t1`);
    expect(mail.html).toContain(`href="${APP_URL}/anskaffelser/t1"`);
    const row = await testDb.db.notification.findFirstOrThrow({ where: { recipientUserId: ids.officerEn } });
    expect(row).toMatchObject({ status: "SENT", attempts: 0, sentAt: clock.now(), deliveredTo: [ids.officerEn] });
  });

  it("mails every active user of an organisation, each in their own language; reminders skip who turned them off", async () => {
    await enqueue({ to: { supplierId: ids.supplier }, template: "tender.cancelled", params: { path: "/portal/konkurranser/t1", reference: "2026/0001", reason: "Behovet falt bort" } });
    await deliverDue(options());
    const mails = await Promise.all(smtp.received.map(parseMail));
    expect(mails.map((mail) => [mail.to[0], mail.subject, mail.lang]).sort()).toEqual([
      ["anna@example.no", "Konkurranse 2026/0001 er avlyst", "nb"],
      ["bjorn@example.no", "Competition 2026/0001 is cancelled", "en"],
    ]);

    smtp.received.length = 0;
    await enqueue({ to: { supplierId: ids.supplier }, template: "reminder.bid-deadline", params: { path: "/portal/konkurranser/t1", reference: "2026/0001", title: "Oppfølging", deadline: "2026-05-11T10:00:00.000Z", days: 7 } });
    await deliverDue(options());
    const [reminder, ...others] = await Promise.all(smtp.received.map(parseMail));
    expect(others).toEqual([]);
    expect(reminder!.to).toEqual(["anna@example.no"]);
    expect(reminder!.subject).toBe("Påminnelse: tilbudsfrist i 2026/0001 om 7 dager");
    expect(reminder!.text).toContain("11.05.2026 kl. 12:00");
    expect(reminder!.text).toContain(`${APP_URL}/varsler/innstillinger`);
  });

  it("retries after the server refuses once, with backoff, and mails exactly once", async () => {
    smtp.refuseNext(1);
    await enqueue(questionAsked(ids.officerEn));
    expect(await deliverDue(options())).toMatchObject({ retry: 1, sent: 0 });
    const waiting = await testDb.db.notification.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(waiting.attempts).toBe(1);
    expect(waiting.lastError).toMatch(/451/);
    expect(waiting.nextAttemptAt).toEqual(new Date(clock.now().getTime() + 60_000));
    expect(await deliverDue(options())).toMatchObject({ retry: 0, sent: 0 });
    clock.advance(61_000);
    expect(await deliverDue(options())).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await testDb.db.notification.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SENT", attempts: 1 });
  });

  it("gives up after the last attempt: FAILED with the reason", async () => {
    smtp.refuseNext(5);
    await enqueue(questionAsked(ids.officerEn));
    await deliverDue(options({ maxAttempts: 2 }));
    clock.advance(61_000);
    expect(await deliverDue(options({ maxAttempts: 2 }))).toMatchObject({ failed: 1 });
    const row = await testDb.db.notification.findFirstOrThrow({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" } });
    expect(row.attempts).toBe(2);
    expect(row.lastError).toMatch(/451/);
    expect(smtp.received).toHaveLength(0);
  });

  it("two workers on two connections mail each notification exactly once", async () => {
    await enqueue(...Array.from({ length: 24 }, () => questionAsked(ids.officerEn)));
    const second = createDb(testDb.url);
    try {
      const [a, b] = await Promise.all([deliverDue(options()), deliverDue(options({ db: second }))]);
      expect(a.sent + b.sent).toBe(24);
    } finally {
      await second.$disconnect();
    }
    const headers = await Promise.all(smtp.received.map(async (mail) => (await import("mailparser")).simpleParser(mail.raw).then((parsed) => parsed.headers.get("x-tiltaksanbud-notification"))));
    expect(new Set(headers).size).toBe(24);
    expect(smtp.received).toHaveLength(24);
  });

  it("clears a secret link from the payload once it is mailed", async () => {
    await enqueue({ to: { userId: ids.anna }, template: "user.password-reset", params: { path: "/tilbakestill-passord/secret-token", expiresAt: "2026-05-04T09:00:00.000Z" } });
    await deliverDue(options());
    expect((await parseMail(smtp.received[0]!)).text).toContain(`${APP_URL}/tilbakestill-passord/secret-token`);
    const row = await testDb.db.notification.findFirstOrThrow({ where: { kind: "user.password-reset" } });
    expect(row.payload).toEqual({ path: "", expiresAt: "2026-05-04T09:00:00.000Z" });
  });
});
