import { expect, test } from "@playwright/test";

import { demoUser, expectAccessible, login, loginAs } from "./helpers";


test("an officer starts a competition from the measure's template, sees the rules follow the value, and saves the draft", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  await expect(page).toHaveTitle("Ny konkurranse – Tiltaksanbud");

  // A pre-approved measure cannot be tendered, and the form says why.
  await page.getByLabel("Tiltakstype").selectOption({ label: "Arbeidsforberedende trening – kan ikke lyses ut (Forhåndsgodkjent (ikke konkurranse))" });
  await expect(page.getByText("Denne tiltakstypen er forhåndsgodkjent (AFT, VTA) og kjøpes ikke inn ved konkurranse.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Opprett utkast" })).toBeDisabled();
  await expectAccessible(page);

  const title = `Oppfølging Groruddalen ${Date.now()}`;
  await page.getByLabel("Tiltakstype").selectOption({ label: "Oppfølging" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett utkast" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} – Tiltaksanbud`);
  // The quality-first template: price 30, quality 70 split over four sub-criteria.
  await expect(page.getByLabel("Pris (vekt %)")).toHaveValue("30");
  await expect(page.getByRole("textbox", { name: "Kriterium", exact: true }).last()).toHaveValue("Brukermedvirkning");
  await expect(page.getByText("Sum vekter: 100 %")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Regelverk: Unntatt" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("12 500 000");
  await page.getByLabel("Tilbudsfrist").fill("20.01.2027 12:00");
  await page.getByRole("button", { name: "Legg til delkontrakt" }).click();
  await page.getByRole("textbox", { name: "Navn", exact: true }).last().fill("Stovner");
  await page.getByRole("textbox", { name: "Vekt %", exact: true }).first().fill("35");
  await expect(page.getByText("Sum vekter: 110 %")).toBeVisible();
  await page.getByRole("textbox", { name: "Vekt %", exact: true }).first().fill("25");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Regelverk: Del IV (kapittel 30)" })).toBeVisible();
  await expect(page.getByText("minst terskelen for helse- og sosialtjenester på 7 800 000 kr")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Tilbudsfrist")).toHaveValue("20.01.2027 12:00");
  await expect(page.getByRole("textbox", { name: "Navn", exact: true })).toHaveCount(2);
  await expect(page.getByText("20.01.2027 kl. 12:00")).toBeVisible();

  // A bad value is named at its field, and nothing is saved.
  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("mange penger");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("link", { name: "Skriv beløpet i kroner, for eksempel 7 800 000 eller 1 250 000,50." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)")).toHaveValue("12 500 000");

  await page.goto("/anskaffelser");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("another region's officer cannot open the draft, and an unknown id is 404", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  await page.getByLabel("Tiltakstype").selectOption({ label: "Avklaring" });
  await page.getByLabel("Tittel").fill(`Avklaring ${Date.now()}`);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("button", { name: "Lagre utkast" })).toBeVisible();
  const draftUrl = page.url();

  await page.context().clearCookies();
  const vestland = demoUser("OFFICER", "innkjoper.vestland@nav.no");
  await login(page, vestland.email, vestland.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  expect((await page.goto(draftUrl))?.status()).toBe(403);
  expect((await page.goto("/anskaffelser/finnes-ikke"))?.status()).toBe(404);
});

test("four eyes: the officer submits, the region's manager approves, the officer announces", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  const title = `Avklaring til kunngjøring ${Date.now()}`;
  await page.getByLabel("Tiltakstype").selectOption({ label: "Avklaring" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = page.url();
  await page.getByRole("textbox", { name: "Beskrivelse", exact: true }).first().fill("Avklaring av arbeidsevne for personer med sammensatte behov.");
  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("9 600 000");
  await page.getByLabel("Frist for spørsmål").fill("10.01.2030 12:00");
  await page.getByLabel("Tilbudsfrist").fill("25.01.2030 12:00");
  await page.getByRole("textbox", { name: "Plasser", exact: true }).fill("40");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await page.getByRole("button", { name: "Send til godkjenning" }).click();
  await expect(page.getByText(/Sendt til godkjenning/)).toBeVisible();
  // The drafter is offered no approval.
  await expect(page.getByRole("button", { name: "Godkjenn for kunngjøring" })).toHaveCount(0);

  await page.context().clearCookies();
  const manager = demoUser("MANAGER", "leder.oslo@nav.no");
  await login(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/historikk$/);
  await page.goto(url);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Godkjenn for kunngjøring" }).click();
  await expect(page.getByText("Klar til kunngjøring", { exact: true })).toBeVisible();
  // The approval panel is gone with the step; the page itself says what happened, and the address is clean again.
  await expect(page.getByRole("status").filter({ hasText: "Konkurransen er godkjent for kunngjøring." })).toBeVisible();
  await expect(page).toHaveURL(url);

  await page.context().clearCookies();
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.goto(url);
  await page.getByRole("button", { name: "Kunngjør" }).click();
  await expect(page.getByText("Kunngjort", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Konkurransen er kunngjort." })).toBeVisible();

  // Announced competitions are public notices.
  await page.context().clearCookies();
  await page.goto("/");
  await expect(page.getByRole("table")).toContainText(title);

  // Cancelled with a reason: gone from the open list, but the notice stays and says why.
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.goto(url);
  await page.getByRole("button", { name: "Avlys" }).click();
  await expect(page.getByText("Oppgi hvorfor konkurransen avlyses (saklig grunn).").first()).toBeVisible();
  await page.getByLabel("Begrunnelse for avlysning").fill("Behovet er endret.");
  await page.getByRole("button", { name: "Avlys" }).click();
  await expect(page.getByText("Avlyst", { exact: true })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Konkurransen er avlyst." })).toBeVisible();
  await page.context().clearCookies();
  await page.goto(`/kunngjoringer/${url.split("/").pop()}`);
  await expect(page.getByText("Konkurransen er avlyst: Behovet er endret.")).toBeVisible();
});

test("an officer sets the lots' municipalities, a results-based price, a stricter regime with its reason and a reservation; the public notice says so", async ({ page }) => {
  const vestland = demoUser("OFFICER", "innkjoper.vestland@nav.no");
  await login(page, vestland.email, vestland.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  const title = `Resultatbasert oppfølging ${Date.now()}`;
  await page.getByLabel("Tiltakstype").selectOption({ label: "Oppfølging" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = page.url();
  await page.getByRole("textbox", { name: "Beskrivelse", exact: true }).first().fill("Oppfølging med resultatbasert betaling.");
  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("12 000 000");
  await page.getByLabel("Frist for spørsmål").fill("10.01.2030 12:00");
  await page.getByLabel("Tilbudsfrist").fill("25.01.2030 12:00");
  await page.getByRole("textbox", { name: "Plasser", exact: true }).fill("40");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Regelverk: Del IV (kapittel 30)" })).toBeVisible();

  // The lot covers two municipalities of the region, chosen with the keyboard, and is reserved for work inclusion.
  await page.getByRole("radio", { name: "Utvalgte kommuner" }).check();
  const municipalities = page.getByRole("combobox", { name: "Kommuner" });
  await municipalities.fill("Berg");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await municipalities.fill("Vos");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByLabel("Reservasjon av delkontrakten").selectOption({ label: "Virksomheter med arbeidsinkludering som hovedformål (minst 30 % av de ansatte)" });
  await expect(page.getByLabel("Rettslig grunnlag").first()).toHaveValue("Anskaffelsesforskriften § 30-3 (reserverte kontrakter)");

  // A results-based price: 20 % fixed, 40/40 on outcomes, and the expected outcome rate.
  await page.getByLabel("Bruk resultatbasert pris").check();
  await page.getByLabel("Fast del (%)").fill("20");
  await page.getByRole("textbox", { name: "Resultat", exact: true }).fill("Jobb");
  await page.getByRole("textbox", { name: "Andel (%)" }).fill("40");
  await page.getByRole("button", { name: "Legg til resultatbetaling" }).click();
  await page.getByRole("textbox", { name: "Resultat", exact: true }).last().fill("Varig jobb");
  await page.getByRole("textbox", { name: "Andel (%)" }).last().fill("40");
  await expect(page.getByText("Sum fordeling: 100 %")).toBeVisible();
  await page.getByLabel("Forventet resultatoppnåelse (%)").fill("35");

  // A stricter regime needs a reason: refused without it, at the field.
  await page.getByLabel("Regelverk", { exact: true }).selectOption({ label: "Strengere, valgt med begrunnelse: Del III" });
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("link", { name: "Begrunn hvorfor et strengere regelverk velges. Begrunnelsen føres i anskaffelsesprotokollen." })).toBeVisible();
  await page.getByLabel("Begrunnelse for strengere regelverk").fill("Stor kontrakt med interesse fra hele EØS.");
  // An ideal reservation is refused under Part III, with the reason at the field.
  await page.getByLabel("Hvem kan gi tilbud").selectOption({ label: "Ideelle organisasjoner" });
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("link", { name: /Reservasjon for ideelle er bare tillatt/ })).toBeVisible();
  await page.getByLabel("Hvem kan gi tilbud").selectOption({ label: "Alle leverandører" });
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();

  // The panel follows the chosen regime (Part III: 30 days), and the page states area, reservation and split.
  await expect(page.getByRole("heading", { name: "Regelverk: Del III" })).toBeVisible();
  await expect(page.getByText("Valgt strengere regelverk: Del III. Begrunnelse: Stor kontrakt med interesse fra hele EØS.")).toBeVisible();
  await expect(page.getByText("Minste tilbudsfrist: 30 dager etter kunngjøring.")).toBeVisible();
  await expect(page.getByText(/1\. Nav Vestland: Bergen, Voss\. Reservert for virksomheter med arbeidsinkludering som hovedformål \(Anskaffelsesforskriften § 16-9/)).toBeVisible();
  await expect(page.getByText("Fast del 20 %, Jobb 40 %, Varig jobb 40 %. Forventet resultatoppnåelse brukt for evaluert pris: 35 %.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /Bergen/ })).toBeVisible();
  await expect(page.getByLabel("Regelverk", { exact: true })).toHaveValue("PART_III");
  await expectAccessible(page);

  // Approved by the region's manager and announced: the public notice says it in plain words.
  await page.getByRole("button", { name: "Send til godkjenning" }).click();
  await expect(page.getByText(/Sendt til godkjenning/)).toBeVisible();
  await page.context().clearCookies();
  const manager = demoUser("MANAGER", "leder.vestland@nav.no");
  await login(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/historikk$/);
  await page.goto(url);
  await page.getByRole("button", { name: "Godkjenn for kunngjøring" }).click();
  await expect(page.getByText("Klar til kunngjøring", { exact: true })).toBeVisible();
  await page.context().clearCookies();
  await login(page, vestland.email, vestland.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  await page.goto(url);
  await page.getByRole("button", { name: "Kunngjør" }).click();
  await expect(page.getByText("Kunngjort", { exact: true })).toBeVisible();
  await expect(page.getByText(/Regelverket ble fastsatt ved kunngjøringen/)).toBeVisible();

  await page.context().clearCookies();
  await page.goto(`/kunngjoringer/${url.split("/").pop()}`);
  await expect(page.getByText(/1\. Nav Vestland: Bergen, Voss\. Reservert for virksomheter med arbeidsinkludering som hovedformål/)).toBeVisible();
  await expect(page.getByText("Fast del 20 %, Jobb 40 %, Varig jobb 40 %. Forventet resultatoppnåelse brukt for evaluert pris: 35 %.")).toBeVisible();
  await expectAccessible(page);
});
