import { expect, test } from "@playwright/test";

test("the front page lists the competitions open for bids, with deadlines in Norwegian time", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Konkurranser om arbeidsmarkedstiltak" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  await expect(page.getByRole("table")).toContainText(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);
  // Drafts and opened competitions are not public notices.
  await expect(page.getByRole("table")).not.toContainText("Oppfølging for unge under 30 i Oslo");
});
