import { expect, type Page } from "@playwright/test";

/** A minimal valid PDF (file-type sniffs it as application/pdf). */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** From the portal home to the bid form of an open competition (by its title). */
export async function openBidForm(page: Page, title: string) {
  await page.goto("/portal");
  await page.getByRole("region", { name: "Åpne konkurranser" }).getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("region", { name: "Tilbud", exact: true }).getByRole("link", { name: /Lag tilbud|Endre tilbud/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Tilbud: ${title}` })).toBeVisible();
}

/** Fills every lot (with `price`), every quality answer, "met" for every requirement and "no" for every exclusion ground. */
export async function fillBid(page: Page, price: string) {
  const form = page.locator("#bid-form");
  const lots = form.locator('input[type="checkbox"][name^="lots."]');
  for (let i = 0; i < (await lots.count()); i++) await lots.nth(i).check();
  const prices = form.locator('input[name^="lots."][name$=".price"]');
  for (let i = 0; i < (await prices.count()); i++) await prices.nth(i).fill(price);
  const answers = form.locator('textarea[name^="quality."]');
  for (let i = 0; i < (await answers.count()); i++) await answers.nth(i).fill(`Vår løsning for kriterium ${i + 1}: fast veileder og ukentlig oppfølging.`);
  const met = form.locator('input[type="radio"][name^="requirements."][value="yes"]');
  for (let i = 0; i < (await met.count()); i++) await met.nth(i).check();
  const grounds = form.locator('input[type="radio"][name^="exclusions."][value="no"]');
  for (let i = 0; i < (await grounds.count()); i++) await grounds.nth(i).check();
}
