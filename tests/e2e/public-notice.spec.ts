import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs } from "./helpers";

test("an anonymous visitor reads a published notice, its eForms XML and JSON, and the public API", async ({ page, request }) => {
  await page.goto("/");
  const first = page.getByRole("table").getByRole("link").first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} – Tiltaksanbud`);
  await expect(page.getByRole("heading", { name: "Tildelingskriterier og vekter" })).toBeVisible();
  await expect(page.getByText(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2} \(\d+ dag(er)?( og \d+ timer?)? igjen\)/)).toBeVisible();
  await expectAccessible(page, { sideways: false });
  const id = new URL(page.url()).pathname.split("/").pop()!;

  const xml = await request.get(`/api/v1/tenders/${id}/notice.xml`);
  expect(xml.status()).toBe(200);
  expect(xml.headers()["content-type"]).toContain("application/xml");
  expect(await xml.text()).toMatch(/<ContractNotice[\s\S]*<cbc:CustomizationID>eforms-sdk-1\.\d+<\/cbc:CustomizationID>|<ContractNotice/);
  const json = await request.get(`/api/v1/tenders/${id}/notice.json`);
  expect(json.status()).toBe(200);
  expect(await json.json()).toMatchObject({ subtype: expect.any(String), lots: expect.any(Array) });

  const list = await request.get("/api/v1/tenders?pageSize=2");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body).toMatchObject({ page: 1, pageSize: 2 });
  expect(body.items.length).toBeLessThanOrEqual(2);
  expect(body.total).toBeGreaterThanOrEqual(body.items.length);
  const bad = await request.get("/api/v1/tenders?pageSize=1000");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
});

test("a draft is no notice: its id is 404 on the public page and in the API", async ({ page, request }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  const href = await page.getByRole("link", { name: "Oppfølging for unge under 30 i Oslo" }).getAttribute("href");
  const id = href!.split("/").pop()!;
  await page.context().clearCookies();
  expect((await page.goto(`/kunngjoringer/${id}`))?.status()).toBe(404);
  for (const path of [`/api/v1/tenders/${id}`, `/api/v1/tenders/${id}/notice.xml`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("application/problem+json");
  }
});

test("the public list filters by region, reservation and deadline, in the URL, and says what a bad date should look like", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Se alle kunngjøringer" }).click();
  await expect(page).toHaveURL(/\/kunngjoringer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kunngjorte konkurranser" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(page.getByRole("table")).toBeVisible();
  const all = (await rows.count()) - 1;
  expect(all).toBeGreaterThan(1);
  await expect(page.getByRole("table").locator("[data-countdown]").first()).toHaveText(/igjen$/);

  await page.getByLabel("Region").selectOption({ label: "Nav Oslo" });
  await page.getByRole("button", { name: "Vis konkurranser" }).click();
  await expect(page).toHaveURL(/region=0300/);
  await expect(page.getByRole("table")).toBeVisible();
  const oslo = (await rows.count()) - 1;
  expect(oslo).toBeGreaterThan(0);
  expect(oslo).toBeLessThan(all);
  for (const cell of await page.getByRole("table").getByRole("row").locator("td:nth-child(4)").allTextContents()) expect(cell).toBe("Nav Oslo");

  // A shared link keeps the filter; the back button returns to the whole list.
  await page.goBack();
  await expect(page).toHaveURL(/\/kunngjoringer$/);
  await page.goForward();
  await expect(page.getByLabel("Region")).toHaveValue("0300");

  await page.getByLabel("Tilbudsfrist senest").fill("31.02.2027");
  await page.getByRole("button", { name: "Vis konkurranser" }).click();
  await expect(page.getByText("Skriv datoen som dd.mm.åååå, for eksempel 24.12.2026.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  await page.getByLabel("Tilbudsfrist senest").fill("01.01.2020");
  await page.getByRole("button", { name: "Vis konkurranser" }).click();
  await expect(page.getByText("Ingen konkurranser passer filtrene.")).toBeVisible();

  await page.getByRole("link", { name: "Nullstill filtrene" }).click();
  await expect(page).toHaveURL(/\/kunngjoringer$/);
  await expect(page.getByLabel("Tilbudsfrist senest")).toHaveValue("");
  await expect(page.getByLabel("Region")).toHaveValue("");
  await page.getByLabel("Reservasjon").selectOption("true");
  await page.getByRole("button", { name: "Vis konkurranser" }).click();
  await expect(page).toHaveURL(/reserved=true/);
  await expect(page.getByRole("table")).toBeVisible();
  const reserved = (await rows.count()) - 1;
  expect(reserved).toBeGreaterThan(0);
  expect(reserved).toBeLessThan(all);
  for (const cell of await page.getByRole("table").getByRole("row").locator("td:nth-child(5)").allTextContents()) expect(cell).not.toBe("–");
});
