import { expect, test } from "@playwright/test";

import { expectAccessible, loginAs } from "./helpers";

const bell = (page: import("@playwright/test").Page) => page.getByRole("banner").getByRole("link", { name: /^Varsler/ });
const unreadIn = async (page: import("@playwright/test").Page) => Number(/(\d+) uleste/.exec((await bell(page).getAttribute("aria-label")) ?? "")?.[1] ?? 0);

test("a supplier user's centre: the unread count in the portal header, open marks read, mark all read", async ({ page }) => {
  await loginAs(page, "SUPPLIER_USER", "/portal");
  await expect(bell(page)).toHaveAttribute("aria-label", /^Varsler, \d+ uleste$/);
  const before = await unreadIn(page);
  expect(before).toBeGreaterThan(0);

  await bell(page).click();
  await expect(page).toHaveURL(/\/varsler$/);
  await expect(page.getByRole("heading", { level: 1, name: "Varsler" })).toBeVisible();
  const list = page.getByRole("list", { name: "Varslene dine, nyeste først" });
  await expect(list.getByText("Ulest").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/notifications-1280.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: "test-results/notifications-360.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Opening the newest unread leads to its subject, and the count drops by one.
  const first = list.locator("li[data-unread]").first().getByRole("button");
  await first.click();
  await expect(page).not.toHaveURL(/\/varsler/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await unreadIn(page)).toBe(before - 1);

  await page.goto("/varsler");
  if (before > 1) {
    await page.getByRole("button", { name: "Merk alle som lest" }).click();
    await expect(page.getByText("Alle varsler er merket som lest.")).toBeVisible();
  }
  await expect(bell(page)).toHaveAttribute("aria-label", "Varsler");
  await expect(page.getByRole("button", { name: "Merk alle som lest" })).toHaveCount(0);
});

test("an officer turns reminder e-mail off on the preferences page; legal messages stay on", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await expect(bell(page)).toBeVisible();
  await page.goto("/varsler/innstillinger");
  await expect(page.getByRole("heading", { level: 1, name: "Varslingsinnstillinger" })).toBeVisible();
  await expect(page.getByText("Lovpålagte meldinger, som tildelingsbrev og avlysninger, sendes alltid på e-post.")).toBeVisible();
  const reminders = page.getByRole("checkbox", { name: "Påminnelser på e-post" });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByText("Innstillingene er lagret.")).toBeVisible();
  await expect(reminders).not.toBeChecked();
  await expectAccessible(page);
  await reminders.check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(reminders).toBeChecked();
});
