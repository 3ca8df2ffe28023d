import { expect, test } from "@playwright/test";

import { login, loginAs } from "./helpers";

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
  await page.getByLabel("Startpassord").fill("et-langt-startpassord");
  await page.getByLabel("Region").selectOption({ label: "Nav Vestland" });
  await page.getByRole("button", { name: "Opprett bruker" }).click();
  await expect(page.getByText("Brukeren er opprettet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Kari Nordmann" })).toBeVisible();
  const userUrl = page.url();

  // The new officer can log in and works in the officer area only.
  const other = await browser.newPage();
  await login(other, email, "et-langt-startpassord");
  await expect(other).toHaveURL(/\/anskaffelser$/);
  expect((await other.goto("/admin"))?.status()).toBe(403);

  // Deactivation takes effect on the officer's very next request.
  await page.goto(userUrl);
  await page.getByRole("button", { name: "Deaktiver" }).click();
  await expect(page.getByText("Brukeren er oppdatert.")).toBeVisible();
  await other.goto("/anskaffelser");
  await expect(other).toHaveURL(/\/login\?callbackUrl=/);
  await other.close();
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
