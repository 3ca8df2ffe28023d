import { expect, test, type Page } from "@playwright/test";

import { demoUser, expectAccessible, login } from "./helpers";

// Each test runs axe at two widths on long pages and takes full-page screenshots: slow on a shared machine.
test.describe.configure({ timeout: 180_000 });

/** Full-page screenshots at 1280 and 360 px, to look at (test-results/analytics-*.png). */
async function screenshots(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/analytics-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function useEnglish(page: Page) {
  await page.context().addCookies([{ name: "locale", value: "en", url: new URL(page.url()).origin }]);
  await page.reload();
}

test("a national manager opens the dashboard, changes region and period; the URL keeps the choice", async ({ page }) => {
  const manager = demoUser("MANAGER", "leder@nav.no");
  await login(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/historikk$/, { timeout: 20_000 });
  await page.goto("/analyse");
  await expect(page.getByRole("heading", { level: 1, name: "Analyse" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Tildelt verdi per leverandørtype" })).toBeVisible();
  await expect(page.getByLabel("Område", { exact: true })).toHaveValue("");
  await expectAccessible(page);
  await screenshots(page, "dashboard-national-nb");

  await page.getByLabel("Område", { exact: true }).selectOption({ label: "Nav Oslo" });
  await page.getByLabel("Fra og med").fill("2020-01-01");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/region=0300/);
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(page.getByText(/Tall for Nav Oslo, 2020-01-01–/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Markedskonsentrasjon", exact: true })).toBeVisible();
  // The definition is a help text; the figures are also a table.
  await page.getByRole("button", { name: "Slik regnes det" }).first().click();
  await expect(page.getByText(/Summen av kontraktsverdien for kontrakter signert i perioden/)).toBeVisible();
  await page.getByRole("button", { name: "Tallene som tabell" }).first().click();
  await expect(page.getByRole("table", { name: "Tildelt verdi per leverandørtype" })).toContainText("Totalt");
  await expectAccessible(page);

  // A period that ends before it starts is a translated field error, not a crash.
  await page.getByLabel("Til og med").fill("2019-01-01");
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page.getByText("Til-datoen kan ikke være før fra-datoen.")).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/region=0300&from=2020-01-01/);
  await expect(page.getByLabel("Fra og med")).toHaveValue("2020-01-01");

  await page.goto("/analyse?region=0300&from=2020-01-01");
  await useEnglish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Awarded value per supplier kind" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "dashboard-oslo-en");
});

test("a regional manager sees only their own region and may not open another", async ({ page }) => {
  const manager = demoUser("MANAGER", "leder.oslo@nav.no");
  await login(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/historikk$/, { timeout: 20_000 });
  await page.goto("/analyse");
  await expect(page.getByLabel("Område", { exact: true })).toHaveValue("0300");
  await expect(page.getByLabel("Område", { exact: true }).locator("option")).toHaveText(["Nav Oslo"]);
  const other = await page.goto("/analyse?region=1200");
  expect(other?.status()).toBe(403);
});

test("the public statistics page loads without log-in, linked from the front page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Statistikk om tildelte kontrakter og konkurranse" }).click();
  await expect(page).toHaveURL(/\/statistikk$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Statistikk" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Konkurranse", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Åpne data (OCDS)" })).toHaveAttribute("href", "/api/v1/ocds/releases");
  await expectAccessible(page);
  await screenshots(page, "statistics-nb");
  await page.getByLabel("Område", { exact: true }).selectOption({ label: "Nav Vestland" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/region=1200/);
  await useEnglish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Statistics" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, "statistics-en");
});

test("the OCDS release package is open data", async ({ request }) => {
  const response = await request.get("/api/v1/ocds/releases?pageSize=5");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { version: string; releases: { ocid: string; tag: string[] }[] };
  expect(body.version).toBe("1.1");
  expect(body.releases.length).toBeGreaterThan(0);
  const record = await request.get(`/api/v1/ocds/records/${body.releases[0]!.ocid}`);
  expect(record.status()).toBe(200);
});
