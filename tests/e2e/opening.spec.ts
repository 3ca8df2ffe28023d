import { expect, test, type Page } from "@playwright/test";

import { CLOSED_TENDER_TITLE } from "../../prisma/seed/closed-tender";
import { demoUser, expectAccessible, login } from "./helpers";

/*
 * Issue 11 (opening): the seeded competition closed at its deadline with three sealed bids. One officer requests the
 * opening, a second officer confirms; the record shows both; one bid is qualified, one rejected with its legal basis;
 * the protocol shows it all and its PDF downloads; every bidder sees the record in the portal.
 */
const shots = process.env.E2E_SHOTS;
async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("two officers open the closed competition; one qualifies a bid and rejects another; the protocol and the portal show it", async ({ page }) => {
  test.slow();
  const first = demoUser("OFFICER", "innkjoper.oslo@nav.no");
  await login(page, first.email, first.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  const row = page.getByRole("row").filter({ hasText: CLOSED_TENDER_TITLE });
  await expect(row).toContainText("Tilbudsfristen er ute");
  await row.getByRole("link", { name: CLOSED_TENDER_TITLE }).click();
  await expect(page.getByText(/Tilbudsfristen gikk ut .* Konkurransen tar ikke imot tilbud\./)).toBeVisible();
  const tenderUrl = page.url();
  await page.getByRole("link", { name: "Åpning av tilbud" }).click();
  await expect(page).toHaveTitle(/Åpning av tilbud – /);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Be om åpning" }).click();
  // The request panel gives way to the pending state (the page re-renders from the stored request).
  await expect(page.getByText(/Lars Mikkelsen ba om åpning .* Tilbudene er forseglet/)).toBeVisible();
  await expect(page.getByText("Du ba selv om åpningen.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Bekreft og åpne" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Åpningsprotokoll" }).first()).toHaveCount(0);
  const openingUrl = page.url();
  await page.context().clearCookies();

  const second = demoUser("OFFICER", "innkjoper2.oslo@nav.no");
  await login(page, second.email, second.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  await page.goto(openingUrl);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bekreft og åpne" }).click();
  const record = page.getByRole("region", { name: "Åpningsprotokoll" }).first();
  await expect(record).toContainText("Lars Mikkelsen");
  await expect(record).toContainText("Sofie Dahl");
  for (const [supplier, price] of [["Jobbveien AS", "19 800"], ["Stiftelsen Arbeidsglede", "21 450"], ["Bergen Arbeidsinkludering AS", "18 900"]]) {
    await expect(record.getByRole("row").filter({ hasText: supplier! })).toContainText(price!);
  }
  await expectAccessible(page);
  await shoot(page, "opening-record");

  // Qualify Bergen Arbeidsinkludering: both requirements met.
  await record.getByRole("row").filter({ hasText: "Bergen Arbeidsinkludering AS" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Kvalifisering – Bergen Arbeidsinkludering AS" })).toBeVisible();
  await expect(page.getByText("Bergen Arbeidsinkludering: vår tilnærming", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "qualification");
  const met = page.getByRole("radio", { name: "Oppfylt", exact: true });
  await page.getByRole("button", { name: "Lagre vurderingen" }).click();
  await expect(page.getByRole("link", { name: "Velg om kravet er oppfylt." }).first()).toBeVisible();
  const count = await met.count();
  expect(count).toBe(2);
  for (let i = 0; i < count; i++) await met.nth(i).check();
  await page.getByRole("button", { name: "Lagre vurderingen" }).click();
  await expect(page.getByText(/Sist vurdert av Sofie Dahl/)).toBeVisible();
  await expect(page.getByText("Kvalifisert", { exact: true })).toBeVisible();

  // Reject Jobbveien with a legal basis and a reason.
  await page.goto(openingUrl);
  await page.getByRole("region", { name: "Åpningsprotokoll" }).first().getByRole("row").filter({ hasText: "Jobbveien AS" }).getByRole("link").click();
  await page.getByRole("button", { name: "Avvis tilbudet" }).click();
  await expect(page.getByRole("link", { name: "Velg hjemmelen for avvisningen." })).toBeVisible();
  await page.getByLabel("Hjemmel").selectOption("material-deviation");
  await page.getByLabel("Begrunnelse", { exact: true }).last().fill("Tilbudet forbeholder seg retten til å endre bemanningen ensidig.");
  await page.getByRole("button", { name: "Avvis tilbudet" }).click();
  // The page re-renders from the stored rejection (its form gives way to the rejection's notice).
  await expect(page.getByText(/Avvist .* Vesentlige avvik fra anskaffelsesdokumentene/)).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);

  // The protocol: page and PDF.
  await page.goto(tenderUrl);
  await page.getByRole("link", { name: "Anskaffelsesprotokoll" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Anskaffelsesprotokoll – / })).toBeVisible();
  await expect(page.getByText("Åpning bekreftet av Sofie Dahl; 3 tilbud")).toBeVisible();
  await expect(page.getByText(/Jobbveien AS: avvist – Vesentlige avvik/)).toBeVisible();
  await expect(page.locator("[data-chain-head]")).toContainText(/siste hash [0-9a-f]{64}/);
  await expectAccessible(page);
  await shoot(page, "protocol");
  const pdf = await page.request.get(`${page.url()}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // English.
  await page.getByRole("button", { name: "Språk: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Procurement protocol – / })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "protocol-en");
  await page.goto(openingUrl);
  await expect(page.getByRole("region", { name: "Opening record" }).first()).toBeVisible();
  await shoot(page, "opening-record-en");
  await page.getByRole("button", { name: "Language: norsk" }).click().catch(() => undefined);
  await page.context().clearCookies();

  // A bidder sees the record in the portal.
  const supplier = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  const tenderId = new URL(tenderUrl).pathname.split("/").pop()!;
  await page.goto(`/portal/tilbud/${tenderId}/apning`);
  await expect(page.getByRole("region", { name: "Åpningsprotokoll" }).first()).toContainText("Sofie Dahl");
  await expectAccessible(page);
  await shoot(page, "portal-opening");
});
