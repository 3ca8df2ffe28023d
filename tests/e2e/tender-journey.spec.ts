import { expect, test, type Page } from "@playwright/test";

import { demoUser, expectAccessible, login, loginAs } from "./helpers";


async function as(page: Page, email: string, role: Parameters<typeof demoUser>[0], home: RegExp) {
  await page.context().clearCookies();
  const user = demoUser(role, email);
  await login(page, user.email, user.password);
  await expect(page).toHaveURL(home);
}

// Issue 9's whole path in one competition: draft from the template → four eyes → announcement → a supplier's
// question → the published answer → an amendment → an anonymous visitor finds it all on the public pages.
test("one competition from template to public notice, with Q&A and an amendment on the way", async ({ page }) => {
  // A journey through several roles and pages: more than one ordinary test's time on a loaded 2-core machine.
  test.slow();
  const stamp = Date.now();
  const title = `Oppfølging i Alna ${stamp}`;

  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  await page.getByLabel("Tiltakstype").selectOption({ label: "Oppfølging" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByLabel("Pris (vekt %)")).toHaveValue("30");
  const url = page.url();
  const id = url.split("/").pop()!;
  await page.getByRole("textbox", { name: "Beskrivelse", exact: true }).first().fill("Oppfølging i arbeid for personer med sammensatte behov i bydel Alna.");
  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("9 600 000");
  await page.getByLabel("Frist for spørsmål").fill("10.01.2030 12:00");
  await page.getByLabel("Tilbudsfrist").fill("25.01.2030 12:00");
  await page.getByRole("textbox", { name: "Plasser", exact: true }).fill("25");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await page.getByRole("button", { name: "Send til godkjenning" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Utkastet er sendt til godkjenning." })).toBeVisible();

  await as(page, "leder.oslo@nav.no", "MANAGER", /\/historikk$/);
  await page.goto(url);
  await page.getByRole("button", { name: "Godkjenn for kunngjøring" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Konkurransen er godkjent for kunngjøring." })).toBeVisible();

  await as(page, "innkjoper.oslo@nav.no", "OFFICER", /\/anskaffelser$/);
  await page.goto(url);
  await page.getByRole("button", { name: "Kunngjør" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Konkurransen er kunngjort." })).toBeVisible();

  // A supplier asks through the portal; who asked stays between the supplier and the buyer.
  await as(page, "post@jobbveien.no", "SUPPLIER_USER", /\/portal$/);
  await page.goto(`/portal/konkurranser/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByLabel("Spørsmål", { exact: true }).fill(`Jobbveien spør: er det løpende inntak i Alna? (${stamp})`);
  await page.getByRole("button", { name: "Send spørsmål" }).click();
  await expect(page.getByText("Spørsmålet er sendt til oppdragsgiveren.")).toBeVisible();
  await expectAccessible(page);

  await as(page, "innkjoper.oslo@nav.no", "OFFICER", /\/anskaffelser$/);
  await page.goto(url);
  const question = page.getByRole("region", { name: "Spørsmål fra leverandører" }).getByRole("article").filter({ hasText: String(stamp) });
  await expect(question).toContainText("Fra Jobbveien AS");
  await question.getByLabel("Spørsmålet slik det publiseres").fill(`Er det løpende inntak i Alna? (${stamp})`);
  await question.getByLabel("Svar", { exact: true }).fill("Ja, inntaket er løpende gjennom hele avtaleperioden.");
  await question.getByRole("button", { name: "Lagre svar" }).click();
  await expect(question).toContainText("Svar lagret, ikke publisert");
  await question.getByRole("button", { name: "Publiser spørsmål og svar" }).click();
  await expect(question).toContainText(/Publisert som nummer \d+/);

  // The amendment moves the deadline, with its reason.
  await page.reload();
  const amendment = page.getByRole("region", { name: "Rettelse" });
  await amendment.getByLabel("Ny tilbudsfrist (dd.mm.åååå tt:mm)").fill("08.02.2030 12:00");
  await amendment.getByLabel("Begrunnelse").fill("Fristen forlenges to uker etter spørsmål om oppstart.");
  await amendment.getByRole("button", { name: "Publiser rettelse" }).click();
  await expect(page.getByText("Rettelse 1 er publisert.")).toBeVisible();
  await expectAccessible(page);

  // Anyone finds it through the filtered public list, with the answer (never the asker) and the change history.
  await page.context().clearCookies();
  await page.goto("/kunngjoringer");
  await page.getByLabel("Region").selectOption({ label: "Nav Oslo" });
  await page.getByLabel("Tiltak", { exact: true }).selectOption({ label: "Oppfølging" });
  await page.getByRole("button", { name: "Vis konkurranser" }).click();
  await expect(page).toHaveURL(/measureType=OPPFOLGING/);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("08.02.2030 kl. 12:00").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Spørsmål og svar" })).toContainText(`Er det løpende inntak i Alna? (${stamp})`);
  await expect(page.getByText("Jobbveien")).toHaveCount(0);
  const history = page.getByRole("region", { name: "Endringshistorikk" });
  await expect(history).toContainText("Fristen forlenges to uker etter spørsmål om oppstart.");
  await expect(history).toContainText("25.01.2030 kl. 12:00 → 08.02.2030 kl. 12:00");
  await expectAccessible(page);
});
