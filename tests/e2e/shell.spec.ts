import { expect, test } from "@playwright/test";

import { demoUser, login, loginAs } from "./helpers";

test("at 360 px the header collapses into one menu with the language switch and log-out", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const officer = await loginAs(page, "OFFICER", "/anskaffelser");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("button", { name: new RegExp(officer.name) })).toBeHidden();
  await banner.getByRole("button", { name: "Meny" }).click();
  await expect(page.getByRole("menu")).toContainText(officer.name);
  await page.getByRole("menuitem", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Procurements" })).toBeVisible();
  await banner.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test("a wide table scrolls inside its own frame, which the keyboard can reach", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await loginAs(page, "ADMIN", "/admin");
  await page.goto("/admin/brukere");
  const frame = page.getByRole("region", { name: "Brukere" });
  const widths = await frame.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(widths.scroll).toBeGreaterThan(widths.client);
  await frame.focus();
  await expect(frame).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test("every page has its own tab title, and the navigation marks where the user is", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Konkurranser om arbeidsmarkedstiltak – Tiltaksanbud");
  await page.goto("/login");
  await expect(page).toHaveTitle("Logg inn – Tiltaksanbud");
  await page.goto("/finnes-ikke");
  await expect(page).toHaveTitle("Fant ikke siden – Tiltaksanbud");

  await loginAs(page, "ADMIN", "/admin");
  await expect(page).toHaveTitle("Administrasjon – Tiltaksanbud");
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Administrasjon" })).toHaveAttribute("aria-current", "page");
  await page.goto("/admin/brukere");
  await expect(page).toHaveTitle("Brukere – Tiltaksanbud");
  await expect(nav.getByRole("link", { name: "Administrasjon" })).toHaveAttribute("aria-current", "true");
  await page.goto("/anskaffelser");
  await expect(page).toHaveTitle("Ingen tilgang – Tiltaksanbud");
  await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();
});

test("an unknown path inside an area answers 403 to a role outside it, 404 to one inside", async ({ page }) => {
  await loginAs(page, "SUPPLIER_USER", "/portal");
  for (const path of ["/admin/finnes-ikke", "/admin/brukere/finnes-ikke/mer", "/anskaffelser/x", "/historikk/x"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  expect((await page.goto("/portal/x/y"))?.status()).toBe(404);
});

test("403 and 404 lead back to the user's own area", async ({ page }) => {
  await loginAs(page, "SUPPLIER_USER", "/portal");
  await page.goto("/admin");
  await page.getByRole("main").getByRole("link", { name: "Tilbake til Leverandørportal" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto("/portal/finnes-ikke");
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Tilbake til Leverandørportal" }).click();
  await expect(page).toHaveURL(/\/portal$/);
});

test("log-out keeps the host the user came in on", async ({ page, baseURL }) => {
  const port = new URL(baseURL!).port;
  const officer = demoUser("OFFICER");
  await page.goto(`http://127.0.0.1:${port}/login`);
  await page.getByLabel("E-post").fill(officer.email);
  await page.getByLabel("Passord").fill(officer.password);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(`http://127.0.0.1:${port}/anskaffelser`);
  await page.getByRole("button", { name: new RegExp(officer.name) }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(`http://127.0.0.1:${port}/login`);
});

test("signed out, /logout goes to the log-in page, whose header does not offer to log in", async ({ page }) => {
  await page.goto("/logout");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Logg inn" })).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Logg inn" })).toBeVisible();
});

test("English dates say \"at\", Norwegian ones \"kl.\"", async ({ page }) => {
  const officer = demoUser("OFFICER");
  await login(page, officer.email, officer.password);
  const table = page.getByRole("table");
  await expect(table).toContainText(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);
  await page.getByRole("button", { name: "Språk: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Procurements" })).toBeVisible();
  await expect(table).toContainText(/\d{2}\.\d{2}\.\d{4} at \d{2}:\d{2}/);
  await expect(table).not.toContainText(" kl. ");
});

test("Aksel's own words follow the language too (a text field's character counter)", async ({ page }) => {
  const supplier = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole("region", { name: "Åpne konkurranser" }).getByRole("link", { name: "Truckførerkurs T1–T4 (enkeltplasser)", exact: true }).click();
  await expect(page.getByText(/\d+ tegn igjen/)).toBeVisible();
  await page.getByRole("button", { name: "Språk: English" }).click();
  await expect(page.getByText(/\d+ characters left/)).toBeVisible();
  await expect(page.getByText(/tegn igjen/)).toHaveCount(0);
});
