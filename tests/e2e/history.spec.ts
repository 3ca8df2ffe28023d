import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs } from "./helpers";

const resultsHeading = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 2, name: /\d+ rader|1 rad/ });
const rowCount = async (page: import("@playwright/test").Page) => Number((await resultsHeading(page).textContent())!.replace(/\D/g, ""));

test("a manager filters, sorts, pages and exports the award history, then opens a competition's timeline", async ({ page }) => {
  await loginAs(page, "MANAGER", "/historikk");
  await expect(page.getByRole("heading", { level: 1, name: "Tildelingshistorikk" })).toBeVisible();
  const everything = await rowCount(page);
  expect(everything).toBeGreaterThan(100);

  // Filter: the state goes into the URL, the count drops, the totals row follows.
  await page.getByLabel("Leverandørtype").selectOption("IDEAL");
  await page.getByRole("button", { name: "Bruk filter" }).click();
  await expect(page).toHaveURL(/supplierKind=IDEAL/);
  const ideal = await rowCount(page);
  expect(ideal).toBeLessThan(everything);
  expect(ideal).toBeGreaterThan(0);
  const table = page.getByRole("table", { name: "Tildelingshistorikk" });
  await expect(table.getByRole("row").filter({ hasText: `Sum (${ideal} rader)` })).toBeVisible();
  for (const kind of await table.locator("tbody tr td:nth-child(9)").allTextContents()) expect(kind).toBe("Ideell organisasjon");

  // Sort by value: the URL says so and the first row holds the largest value.
  await table.getByRole("button", { name: "Verdi" }).click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page).toHaveURL(/dir=desc/);
  const values = (await table.locator("tbody tr td:last-child").allTextContents()).map((text) => Number(text.replace(/[^\d]/g, "")));
  expect(values).toEqual([...values].sort((a, b) => b - a));

  // Page 2, and the back button returns to page 1 with the same filter.
  if (ideal > 50) {
    const firstOnPage1 = await table.locator("tbody tr th").first().textContent();
    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "2" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(table.locator("tbody tr th").first()).not.toHaveText(firstOnPage1!);
    await page.goBack();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(table.locator("tbody tr th").first()).toHaveText(firstOnPage1!);
  }

  // Column chooser: hide the measure type column (in the URL too).
  await page.getByRole("button", { name: "Kolonner" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Tiltakstype" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/hide=measureType/);
  await expect(table.getByRole("columnheader", { name: "Tiltakstype" })).toHaveCount(0);

  await expectAccessible(page);
  await page.screenshot({ path: "test-results/history-1280-nb.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 900 });
  await page.screenshot({ path: "test-results/history-360-nb.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // CSV of the same filter: BOM, Norwegian header, one line per row, semicolons.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Last ned CSV" }).click();
  const file = await readFile((await (await download).path())!);
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Referanse;Konkurranse;/);
  expect(lines).toHaveLength(ideal + 1);
  expect(lines.slice(1).every((line) => line.includes(";Ideell organisasjon;"))).toBe(true);

  // A competition's timeline from the audit trail.
  await page.goto("/historikk?q=2026");
  await table.locator("tbody tr th a").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Tidslinje" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Anskaffelsesprotokoll" })).toHaveAttribute("href", /\/anskaffelser\/.+\/protokoll$/);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/history-detail-1280-nb.png", fullPage: true });
});

test("the history in English at 1280 and 360 px, and bad filter input says what is wrong", async ({ page, context, baseURL }) => {
  await loginAs(page, "MANAGER", "/historikk");
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await page.goto("/historikk?minValue=lots&from=2024-02-30");
  await expect(page.getByRole("heading", { level: 1, name: "Award history" })).toBeVisible();
  await expect(page.getByText("Enter an amount in NOK, for example 1 250 000.")).toBeVisible();
  await expect(page.getByText("Enter a valid date.")).toBeVisible();
  await page.goto("/historikk");
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/history-1280-en.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 900 });
  await page.screenshot({ path: "test-results/history-360-en.png", fullPage: true });
});
