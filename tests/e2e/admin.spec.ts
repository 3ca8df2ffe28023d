import { expect, test, type Page } from "@playwright/test";

import { demoUser, expectAccessible, expectNoAxeViolations, login, loginAs } from "./helpers";
import { latestResetPath } from "./outbox";

const PASSWORD = "et-langt-startpassord";

/** Waits for the dialog's opening animation: axe measures contrast mid-fade otherwise. */
async function openDialog(page: Page) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  return dialog;
}

/** Outcome boxes on the page: success/error alerts and error summaries (the self-note is not an outcome). */
const outcomes = (page: Page) => page.locator("main .aksel-alert--success, main .aksel-alert--error, main .aksel-error-summary, main .aksel-alert[role=status]");

/** Creates an officer through the form; returns its e-mail, name and page URL. */
async function createOfficer(page: Page, name = "Kari Nordmann") {
  const email = `${name.toLowerCase().replaceAll(" ", ".")}.${Date.now()}@nav.no`;
  await page.goto("/admin/brukere/ny");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Navn").fill(name);
  await page.getByLabel("Startpassord").fill(PASSWORD);
  await page.getByLabel("Rolle").selectOption("OFFICER");
  await page.getByLabel("Region").selectOption({ label: "Nav Vestland" });
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return { email, name, url: page.url().replace(/\?.*$/, "") };
}

async function deactivate(page: Page) {
  await page.getByRole("button", { name: "Deaktiver" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ja, deaktiver" }).click();
  await expect(page.getByText("Brukeren er deaktivert.", { exact: true })).toBeVisible();
}

test("an admin creates a user with a role, the user logs in, and deactivation locks them out", async ({ page, browser }) => {
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/brukere/ny");

  // Bad input: a clear message, nothing created, what was typed is kept.
  await page.getByLabel("E-post").fill("ikke-en-epost");
  await page.getByLabel("Navn").fill("Kari Nordmann");
  await page.getByLabel("Startpassord").fill("kort");
  await page.getByLabel("Rolle").selectOption("OFFICER");
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByText("Skjemaet har feil. Rett opp og prøv igjen.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/brukere\/ny$/);
  await expect(page.getByLabel("Navn")).toHaveValue("Kari Nordmann");

  const email = `kari.nordmann.${Date.now()}@nav.no`;
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Startpassord").fill(PASSWORD);
  await page.getByLabel("Region").selectOption({ label: "Nav Vestland" });
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByText("Brukeren er opprettet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Kari Nordmann" })).toBeVisible();
  const userUrl = page.url();

  // The new officer can log in and works in the officer area only.
  const other = await browser.newPage();
  await login(other, email, PASSWORD);
  await expect(other).toHaveURL(/\/anskaffelser$/);
  expect((await other.goto("/admin"))?.status()).toBe(403);

  // Deactivation takes effect on the officer's very next request.
  await page.goto(userUrl);
  await deactivate(page);
  await other.goto("/anskaffelser");
  await expect(other).toHaveURL(/\/login\?callbackUrl=/);
  await other.close();
});

test("only the outcome of the last action is shown on the user page", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  const user = await createOfficer(page, "Siste Melding");
  await expect(page.getByText("Brukeren er opprettet.")).toBeVisible();
  // The arrival message is not kept in the address: a reload does not repeat it.
  await expect(page).toHaveURL(user.url);
  await expect(outcomes(page)).toHaveCount(1);

  // A failed action replaces it…
  const addRole = page.getByRole("region", { name: "Legg til rolle" });
  await addRole.getByRole("button", { name: "Legg til rolle" }).click();
  await expect(page.getByText("Velg en rolle.").first()).toBeVisible();
  await expect(page.getByText("Brukeren er opprettet.")).toHaveCount(0);
  await expect(outcomes(page)).toHaveCount(1);

  // …and a later success replaces the error summary and the field error.
  await addRole.getByLabel("Rolle").selectOption("MANAGER");
  await addRole.getByRole("button", { name: "Legg til rolle" }).click();
  await expect(page.getByText("Rollen er lagt til.")).toBeVisible();
  await expect(page.getByText("Velg en rolle.")).toHaveCount(0);
  await expect(outcomes(page)).toHaveCount(1);

  await deactivate(page);
  await expect(page.getByText("Rollen er lagt til.")).toHaveCount(0);
  await expect(outcomes(page)).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expect(outcomes(page)).toHaveCount(0);
});

test("field messages say which field and why, and the summary links to each field (nb and en)", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/brukere/ny");
  await page.getByLabel("E-post").fill("ikke-en-epost");
  await page.getByLabel("Navn").fill("K");
  await page.getByLabel("Startpassord").fill("kort");
  await page.getByRole("button", { name: "Opprett bruker" }).click();

  const summary = page.locator(".aksel-error-summary");
  // Focus lands on the summary (Aksel passes it on to the summary's heading).
  await expect(summary.getByRole("heading", { name: "Skjemaet har feil. Rett opp og prøv igjen." })).toBeFocused();
  for (const [message, field] of [
    ["E-postadressen er ikke gyldig. Skriv den som navn@eksempel.no.", "E-post"],
    ["Navnet må ha minst 2 tegn.", "Navn"],
    ["Passordet må ha minst 12 tegn.", "Startpassord"],
    ["Velg en rolle.", "Rolle"],
  ] as const) {
    const link = summary.getByRole("link", { name: message });
    await expect(link).toHaveAttribute("href", /^#new-user-/);
    await link.click();
    await expect(page.getByLabel(field, { exact: true })).toBeFocused();
  }
  await expect(page.getByText("Verdien er for kort")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New user" })).toBeVisible();
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  const link = page.locator(".aksel-error-summary").getByRole("link", { name: "The password must have at least 12 characters." });
  await link.click();
  await expect(page.getByLabel("Initial password")).toBeFocused();
  await page.getByRole("button", { name: /Norsk/ }).click();
});

test("deactivation asks first: cancel (button or Esc) keeps the user active, confirm deactivates", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await createOfficer(page, "Deaktiver Meg");
  const status = page.getByRole("region", { name: "Status" });
  const open = status.getByRole("button", { name: "Deaktiver" });

  await open.click();
  const dialog = page.getByRole("dialog", { name: "Deaktivere Deaktiver Meg?" });
  await openDialog(page);
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Keyboard only: Enter opens, Esc closes, nothing changes.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("Aktiv", { exact: true })).toBeVisible();

  await open.click();
  await dialog.getByRole("button", { name: "Ja, deaktiver" }).click();
  await expect(page.getByText("Brukeren er deaktivert.", { exact: true })).toBeVisible();
  await expect(status.getByRole("button", { name: "Aktiver igjen" })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Deaktivert", { exact: true }).first()).toBeVisible();
});

test("a deactivated user is told so with the right password, and gets the usual answer with a wrong one", async ({ page, browser }) => {
  await loginAs(page, "ADMIN", "/admin");
  const user = await createOfficer(page, "Sluttet Bruker");
  await deactivate(page);

  const visitor = await browser.newPage();
  await login(visitor, user.email, "feil-passord-123");
  await expect(visitor.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  await login(visitor, user.email, PASSWORD);
  await expect(visitor.getByRole("alert").filter({ hasText: "Kontoen din er deaktivert." })).toBeVisible();
  await expect(visitor).toHaveURL(/\/login/);
  await visitor.close();
});

test("the user list is searched on the server by name or e-mail, with the query in the address", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/brukere");
  const table = page.getByRole("table", { name: "Brukere" });
  await expect(table.getByRole("rowheader", { name: "Lars Mikkelsen" })).toBeVisible();

  await page.getByRole("searchbox", { name: "Søk etter navn eller e-post" }).fill("vestland");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/brukere\?q=vestland$/);
  await expect(page.getByText(/\d+ treff for «vestland»/)).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Marte Solheim" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Lars Mikkelsen" })).toHaveCount(0);
  // Every row matches by name or e-mail.
  for (const row of await table.locator("tbody tr").all()) await expect(row).toContainText(/vestland/i);
  // Sorting still works on the filtered rows.
  await table.getByRole("button", { name: "Navn" }).click();
  await expect(table.getByRole("columnheader", { name: "Navn" })).toHaveAttribute("aria-sort", "descending");
  await expectNoAxeViolations(page);

  await page.goto("/admin/brukere?q=Strand");
  await expect(table.getByRole("rowheader")).toHaveText(["Per Olav Strand"]);
  await page.goto("/admin/brukere?q=ingen-slik-person");
  await expect(page.getByText("Ingen brukere passer til «ingen-slik-person».")).toBeVisible();
  await page.getByRole("link", { name: "Vis alle brukere" }).click();
  await expect(page).toHaveURL(/\/admin\/brukere$/);
  await expect(table.getByRole("rowheader", { name: "Lars Mikkelsen" })).toBeVisible();
});

test("an admin edits a user's name, e-mail and language; a taken e-mail is a field error", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await createOfficer(page, "Endre Meg");
  const edit = page.getByRole("region", { name: "Endre opplysninger" });

  await edit.getByLabel("E-post").fill(demoUser("MANAGER").email);
  await edit.getByRole("button", { name: "Lagre endringer" }).click();
  const link = page.getByRole("link", { name: "Det finnes allerede en bruker med denne e-postadressen." });
  await expect(link).toBeVisible();
  await link.click();
  await expect(edit.getByLabel("E-post")).toBeFocused();

  const email = `endret.${Date.now()}@nav.no`;
  await edit.getByLabel("Navn").fill("Endret Navn");
  await edit.getByLabel("E-post").fill(email.toUpperCase());
  await edit.getByLabel("Språk").selectOption("en");
  await edit.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page.getByText("Opplysningene er lagret.")).toBeVisible();
  await expect(outcomes(page)).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "Endret Navn" })).toBeVisible();
  await page.reload();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await expect(page.locator("main dd").getByText("English", { exact: true })).toBeVisible();
});

test("password reset: the admin sends a link (never sees it), the user sets a new password once", async ({ page, browser }) => {
  await loginAs(page, "ADMIN", "/admin");
  const user = await createOfficer(page, "Glemt Passord");
  await page.getByRole("button", { name: "Send lenke for nytt passord" }).click();
  await expect(page.getByText(`En lenke for nytt passord er lagt i utsendingskøen til ${user.email}. Den virker i 60 minutter.`)).toBeVisible();
  await expect(outcomes(page)).toHaveCount(1);
  expect(await page.content()).not.toContain("/tilbakestill-passord/");

  const path = await latestResetPath(user.email);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1, name: "Velg nytt passord" })).toBeVisible();
  await expectNoAxeViolations(visitor);

  await visitor.getByLabel("Nytt passord", { exact: true }).fill("kort");
  await visitor.getByLabel("Gjenta nytt passord").fill("kort");
  await visitor.getByRole("button", { name: "Lagre nytt passord" }).click();
  await visitor.getByRole("link", { name: "Passordet må ha minst 12 tegn." }).click();
  await expect(visitor.getByLabel("Nytt passord", { exact: true })).toBeFocused();

  const fresh = "mitt-nye-passord-2026";
  await visitor.getByLabel("Nytt passord", { exact: true }).fill(fresh);
  await visitor.getByLabel("Gjenta nytt passord").fill(`${fresh}x`);
  await visitor.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(visitor.getByRole("link", { name: "Passordene er ikke like. Skriv det samme passordet i begge feltene." })).toBeVisible();

  await visitor.getByLabel("Gjenta nytt passord").fill(fresh);
  await visitor.getByRole("button", { name: "Lagre nytt passord" }).click();
  // The form is gone with its button; focus moves to the confirmation.
  await expect(visitor.getByRole("status").filter({ hasText: "Passordet er endret. Du kan nå logge inn med det nye passordet." })).toBeFocused();

  // Used: the same link now says so, and an unknown one says it is not valid.
  await visitor.goto(path);
  await expect(visitor.getByRole("heading", { level: 1, name: "Lenken virker ikke" })).toBeVisible();
  await expect(visitor.getByText("Lenken er allerede brukt eller virker ikke lenger.")).toBeVisible();
  await visitor.goto("/tilbakestill-passord/finnes-ikke");
  await expect(visitor.getByText("Lenken er ugyldig.")).toBeVisible();
  await expectNoAxeViolations(visitor);

  await login(visitor, user.email, PASSWORD);
  await expect(visitor.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  await login(visitor, user.email, fresh);
  await expect(visitor).toHaveURL(/\/anskaffelser$/);
  await visitor.close();
});

test("the new admin screens have no axe violations at 1280 and 360 px", async ({ page, browser }) => {
  await loginAs(page, "ADMIN", "/admin");
  const user = await createOfficer(page, "Axe Sjekk");
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(user.url);
    await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Deaktiver" }).click();
    await openDialog(page);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
  }
  const visitor = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await visitor.goto("/tilbakestill-passord/finnes-ikke");
  await expectNoAxeViolations(visitor);
  await visitor.close();
});

test("the admin lists show suppliers, regions and measure types", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/regioner");
  await expect(page.getByRole("cell", { name: "Nav Troms og Finnmark" }).or(page.getByRole("rowheader", { name: "Nav Troms og Finnmark" }))).toBeVisible();
  await page.goto("/admin/tiltakstyper");
  await expect(page.getByText("Arbeidsforberedende trening")).toBeVisible();
  await page.goto("/admin/leverandorer");
  await expect(page.getByText(/\d{3} \d{3} \d{3}/).first()).toBeVisible();
});

test("an admin lets a region's officers approve each other's drafts, and can set it back", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/regioner");
  const row = page.getByRole("row", { name: /Nav Vestland/ });
  await expect(row).toContainText("Leder i regionen");
  await row.getByRole("link", { name: "Nav Vestland" }).click();
  await expect(page).toHaveTitle("Nav Vestland – Tiltaksanbud");
  await page.getByRole("radio", { name: "En annen innkjøper i regionen" }).check();
  await page.getByRole("button", { name: "Lagre reglene" }).click();
  await expect(page.getByText("Reglene for regionen er lagret.")).toBeVisible();
  await page.getByRole("link", { name: "Til regionene" }).click();
  await expect(page.getByRole("row", { name: /Nav Vestland/ })).toContainText("En annen innkjøper i regionen");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nav Vestland" }).click();
  await page.getByRole("radio", { name: "Leder i regionen" }).check();
  await page.getByRole("button", { name: "Lagre reglene" }).click();
  await expect(page.getByText("Reglene for regionen er lagret.")).toBeVisible();
});
