import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import pg from "pg";

import { CLOSED_TENDER_TITLE } from "../../prisma/seed/closed-tender";
import { testDatabaseFile } from "../../scripts/start/test-database-file";
import { demoUser, expectAccessible, login } from "./helpers";

// The shared test machine is often loaded: a server round trip may take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });
const SCREENS = path.join(process.cwd(), "test-results", "screens");

/** The page at 1280 and 360 px, whole, for a person to look at (test-results/screens/<name>-<width>.png). */
async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** One column's cells of the open-competitions table (1-based; the title is the row header). */
const column = (section: Locator, index: number) => section.getByRole("table").locator(`tbody tr > :nth-child(${index})`).allTextContents();

/** Submits the filter form from the keyboard: Tab from the last field to the button, Enter. */
async function applyByKeyboard(page: Page, section: Locator) {
  await section.getByLabel("Tilbudsfrist senest").focus();
  await page.keyboard.press("Tab");
  await expect(section.getByRole("button", { name: "Vis konkurranser" })).toBeFocused();
  await page.keyboard.press("Enter");
}

test("the portal home filters the open competitions by region, measure and reservation in the URL, and lists the receipts", async ({ page }) => {
  test.slow();
  const supplier = demoUser("SUPPLIER_USER", "post@arbeidsglede.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  const open = page.getByRole("region", { name: "Åpne konkurranser" });
  await expect(open.getByRole("table")).toBeVisible();
  const all = (await column(open, 1)).length;
  expect(all).toBeGreaterThan(1);

  // Region, from the keyboard: only Oslo's competitions, and the URL says so.
  await open.getByLabel("Region").selectOption({ label: "Nav Oslo" });
  await applyByKeyboard(page, open);
  await expect(page).toHaveURL(/\/portal\?(.+&)?region=0300/);
  await expect(open.getByRole("table")).toBeVisible();
  const regions = await column(open, 4);
  expect(regions.length).toBeGreaterThan(0);
  expect(regions.length).toBeLessThan(all);
  expect(new Set(regions)).toEqual(new Set(["Nav Oslo"]));

  // Measure type on top of the region: the first listed measure, every row of it.
  const measure = (await column(open, 3))[0]!;
  await open.getByLabel("Tiltak").selectOption({ label: measure });
  await applyByKeyboard(page, open);
  await expect(page).toHaveURL(/measureType=[A-Z_]+/);
  await expect(open.getByRole("table")).toBeVisible();
  expect(new Set(await column(open, 3))).toEqual(new Set([measure]));
  expect(new Set(await column(open, 4))).toEqual(new Set(["Nav Oslo"]));

  // The back button steps back to the region only; forward again.
  await page.goBack();
  await expect(page).not.toHaveURL(/measureType=[A-Z_]+/);
  await expect(open.getByLabel("Tiltak")).toHaveValue("");
  await expect(open.getByLabel("Region")).toHaveValue("0300");
  await page.goForward();
  await expect(open.getByLabel("Tiltak")).not.toHaveValue("");

  // Reserved / not reserved, from a shared link.
  await page.goto("/portal?reserved=true");
  await expect(open.getByLabel("Reservasjon")).toHaveValue("true");
  const reserved = await column(open, 5);
  expect(reserved.length).toBeGreaterThan(0);
  expect(reserved.length).toBeLessThan(all);
  for (const cell of reserved) expect(cell).not.toBe("–");
  await page.goto("/portal?reserved=false");
  const unreserved = await column(open, 5);
  expect(new Set(unreserved)).toEqual(new Set(["–"]));
  expect(unreserved.length + reserved.length).toBe(all);
  await expectAccessible(page);
  await screenshot(page, "portal-home-filtered-nb");
  await page.getByRole("link", { name: "Nullstill filtrene" }).click();
  await expect(page).toHaveURL(/\/portal$/);

  // The receipts: the closed competition's, with its short hash; opened from the keyboard, and its file.
  const receipts = page.getByRole("region", { name: "Kvitteringer" });
  const row = receipts.getByRole("row").filter({ hasText: CLOSED_TENDER_TITLE });
  await expect(row).toHaveCount(1);
  const short = (await row.locator("code").textContent())!.replace("…", "");
  expect(short).toMatch(/^[0-9a-f]{12}$/);
  await expect(row.getByText(/\d\d\.\d\d\.\d{4}/)).toBeVisible();
  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: /^Last ned \(JSON\): kvitteringen for versjon 1 / }).click();
  const file = JSON.parse(await readFile((await (await downloading).path())!, "utf8")) as { version: number; contentHash: string; tender: { title: string } };
  expect(file).toMatchObject({ version: 1, tender: { title: CLOSED_TENDER_TITLE } });
  expect(file.contentHash.startsWith(short)).toBe(true);

  await row.getByRole("link", { name: "Kvittering, versjon 1" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Kvittering for tilbud" })).toBeVisible();
  expect((await page.locator("[data-receipt-hash]").textContent())!.trim()).toBe(file.contentHash);
});

test("the portal home and the receipts page in English: axe clean at 1280 and 360 px, screenshots", async ({ page }) => {
  test.slow();
  const supplier = demoUser("SUPPLIER_USER", "post@arbeidsglede.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto("/portal/tilbud/kvitteringer");
  await expect(page.getByRole("heading", { level: 1, name: "Alle kvitteringer" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "receipts-nb");
  try {
    await page.getByRole("button", { name: "Språk: English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "All receipts" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "receipts-en");
    await page.goto("/portal?region=0300");
    await expect(page.getByRole("heading", { level: 1, name: "Supplier portal" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Receipts" }).getByRole("link", { name: "Receipt, version 1" }).first()).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "portal-home-en");
  } finally {
    // The language is the user's own setting: back to Norwegian for the other journeys.
    await page.goto("/portal");
    const back = page.getByRole("button", { name: "Language: Norsk bokmål" });
    if (await back.isVisible()) await back.click();
    await expect(page.getByRole("heading", { level: 1, name: "Leverandørportal" })).toBeVisible();
  }
});

/** SQL against the throwaway database `start --test` announces (the app has no page that adds a second membership). */
async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
  const client = new pg.Client({ connectionString: (await readFile(testDatabaseFile(Number(process.env.E2E_PORT ?? 3100)), "utf8")).trim() });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

test("a user of two organisations chooses which one registers interest and asks; one organisation's user is not asked", async ({ page }) => {
  test.slow();
  const supplier = demoUser("SUPPLIER_USER", "post@arbeidsglede.no");
  const [membership] = await sql<{ id: string }>(
    `INSERT INTO "Membership" (id, "userId", role, "supplierId") SELECT 'e2e-two-orgs', u.id, 'SUPPLIER_USER', s.id FROM "User" u, "Supplier" s
     WHERE u.email = $1 AND s.name = 'Bergen Arbeidsinkludering AS' ON CONFLICT (id) DO UPDATE SET "revokedAt" = NULL RETURNING id`,
    [supplier.email],
  );
  const membershipId = membership!.id;
  try {
    await login(page, supplier.email, supplier.password);
    await expect(page).toHaveURL(/\/portal$/);
    await page.getByRole("region", { name: "Åpne konkurranser" }).getByRole("table").getByRole("link").first().click();
    const interest = page.getByRole("region", { name: "Interesse" });
    const choice = interest.getByLabel("Organisasjon");
    await expect(choice).toBeVisible();
    await expect(page.getByRole("region", { name: "Still et spørsmål" }).getByLabel("Organisasjon").or(page.getByText("Fristen for spørsmål gikk ut"))).toBeVisible();
    await choice.selectOption({ label: "Bergen Arbeidsinkludering AS" });
    await expect(interest.getByText("Bergen Arbeidsinkludering AS har ikke meldt interesse.")).toBeVisible();
    await interest.getByRole("button", { name: "Meld interesse" }).click();
    await expect(interest.getByText("Interessen er registrert.")).toBeVisible();
    await expect(interest.getByText("Bergen Arbeidsinkludering AS har meldt interesse.")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "portal-tender-two-orgs-nb");
    // The other organisation's state is its own; withdrawing Bergen's leaves the demo as it was.
    await choice.selectOption({ label: "Stiftelsen Arbeidsglede" });
    await expect(interest.getByRole("button", { name: /^(Meld interesse|Trekk interessen)$/ })).toBeVisible();
    await choice.selectOption({ label: "Bergen Arbeidsinkludering AS" });
    await interest.getByRole("button", { name: "Trekk interessen" }).click();
    await expect(interest.getByText("Interessen er trukket.")).toBeVisible();
  } finally {
    await sql(`UPDATE "Membership" SET "revokedAt" = now() WHERE id = $1`, [membershipId]);
  }
  // With one organisation again there is nothing to choose.
  await page.reload();
  await expect(page.getByRole("region", { name: "Interesse" }).getByRole("button")).toBeVisible();
  await expect(page.getByLabel("Organisasjon")).toHaveCount(0);
});
