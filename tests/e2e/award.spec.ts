import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { createDb } from "@/lib/db";

import { testDatabaseFile } from "../../scripts/start/test-database-file";
import { createProposedAward } from "../helpers/award-fixture";
import { pdfText } from "../helpers/pdf-text";
import { demoUser, expectAccessible, login } from "./helpers";

// Opening and evaluation are built elsewhere: the proposal is written straight to the e2e server's database.
async function database() {
  const url = (await readFile(testDatabaseFile(Number(process.env.E2E_PORT ?? 3100)), "utf8")).trim();
  return createDb(url);
}

test("a manager approves, a bidder reads its letter and PDF and complains, the officer concludes after the standstill", async ({ page, browser }) => {
  test.slow();
  const db = await database();
  const reference = `2099/${String(Date.now()).slice(-4)}`;
  const f = await createProposedAward(db, { reference, title: `Avklaring e2e ${reference}` });

  const manager = demoUser("MANAGER", "leder.oslo@nav.no");
  await login(page, manager.email, manager.password);
  // Wait for the session before navigating on (the login redirect sets it).
  await expect(page).toHaveURL(/\/historikk$/);
  await page.goto("/anskaffelser/tildelinger");
  await expectAccessible(page);
  await page.getByRole("link", { name: new RegExp(reference) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tildeling");
  await expect(page.getByRole("table", { name: "Rangering" })).toContainText("Jobbveien AS");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/award-manager-1280.png", fullPage: true });
  await page.getByRole("button", { name: "Godkjenn tildelingen" }).click();
  await expect(page.getByText("Tildelingen er godkjent")).toBeVisible();

  const supplierContext = await browser.newContext();
  const supplier = await supplierContext.newPage();
  const bidder = demoUser("SUPPLIER_USER", "post@arbeidsglede.no");
  await login(supplier, bidder.email, bidder.password);
  await expect(supplier).toHaveURL(/\/portal$/);
  await supplier.goto(`/portal/tilbud/${f.tenderId}/tildeling`);
  await expect(supplier.getByText("rangert som nr. 2 av 2")).toBeVisible();
  await expectAccessible(supplier);
  await supplier.setViewportSize({ width: 360, height: 900 });
  await supplier.screenshot({ path: "test-results/award-letter-360.png", fullPage: true });
  await supplier.setViewportSize({ width: 1280, height: 900 });
  const pdf = await supplier.request.get(`/portal/tilbud/${f.tenderId}/tildeling/pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdfText(await pdf.body())).replace(/\s+/g, " ")).toContain("Valgt leverandør: Jobbveien AS");
  await supplier.getByLabel("Klagen").fill("Vi mener metoden vår er undervurdert.");
  await supplier.getByRole("button", { name: "Send klagen" }).click();
  await expect(supplier.getByText("Klagen er mottatt.")).toBeVisible();
  await supplierContext.close();

  // The officer decides the complaint; then the standstill is set in the past in the database (a fixed clock stands in).
  const officerUser = demoUser("OFFICER", "innkjoper.oslo@nav.no");
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await login(officer, officerUser.email, officerUser.password);
  await expect(officer).toHaveURL(/\/anskaffelser$/);
  await officer.goto(`/anskaffelser/${f.tenderId}/tildeling`);
  await officer.getByRole("radio", { name: "Avvis klagen" }).check();
  await officer.getByLabel("Begrunnelse (sendes til klageren)").fill("Evalueringen følger konkurransegrunnlaget.");
  await officer.getByRole("button", { name: "Registrer avgjørelsen" }).click();
  await expect(officer.getByText("Avgjørelsen er registrert")).toBeVisible();
  await db.awardDecision.updateMany({ where: { tenderId: f.tenderId }, data: { standstillEndsAt: new Date("2026-01-05T23:00:00Z") } });
  await officer.reload();
  await officer.getByLabel("Kontraktsdato").fill("06.01.2026");
  await officer.getByLabel("Oppstart").fill("01.02.2026");
  await officer.getByRole("button", { name: "Inngå kontrakt" }).click();
  await expect(officer.getByText("Kontrakten er inngått.")).toBeVisible();
  await expect(officer.getByRole("table", { name: "Kontrakter" })).toContainText("Jobbveien AS");
  await expectAccessible(officer);
  const notice = await officer.request.get(`/api/v1/tenders/${f.tenderId}/award-notice.xml`);
  expect(notice.status()).toBe(200);
  expect(await notice.text()).toContain("can-social");
  await officerContext.close();
  await db.$disconnect();
});
