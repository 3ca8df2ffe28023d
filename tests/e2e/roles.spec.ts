import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

const AREAS = [
  { path: "/admin", heading: "Administrasjon" },
  { path: "/anskaffelser", heading: "Anskaffelser" },
  { path: "/portal", heading: "Leverandørportal" },
  { path: "/historikk", heading: "Tildelingshistorikk" },
] as const;

const JOURNEYS = [
  { role: "ADMIN", home: "/admin" },
  { role: "OFFICER", home: "/anskaffelser" },
  { role: "EVALUATOR", home: "/anskaffelser" },
  // Managers also work in the officer area: they approve their region's drafts there.
  { role: "MANAGER", home: "/historikk", alsoEnters: ["/anskaffelser"] },
  { role: "SUPPLIER_USER", home: "/portal" },
] as const;

for (const journey of JOURNEYS) {
  test(`${journey.role} lands in their own area and is refused the others`, async ({ page }) => {
    await loginAs(page, journey.role, journey.home);
    const own = AREAS.find((area) => area.path === journey.home)!;
    await expect(page.getByRole("heading", { level: 1, name: own.heading })).toBeVisible();

    const enters: readonly string[] = [journey.home, ...("alsoEnters" in journey ? journey.alsoEnters : [])];
    for (const area of AREAS.filter((candidate) => !enters.includes(candidate.path))) {
      const response = await page.goto(area.path);
      expect(response?.status(), `${journey.role} → ${area.path}`).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Ingen tilgang" })).toBeVisible();
    }
  });
}

test("anonymous visitors are sent to the log-in page from every protected area", async ({ page }) => {
  for (const area of [...AREAS.map((a) => a.path), "/admin/brukere"]) {
    await page.goto(area);
    await expect(page, area).toHaveURL(/\/login\?callbackUrl=/);
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  }
});

test("logging out ends the session", async ({ page }) => {
  const officer = await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("button", { name: new RegExp(officer.name) }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/anskaffelser");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("the log-out page asks, then ends the session; a signed-in user skips the log-in page", async ({ page }) => {
  await loginAs(page, "MANAGER", "/historikk");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/historikk$/);
  await page.goto("/logout");
  await expect(page.getByRole("heading", { level: 1, name: "Logg ut" })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/historikk");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});
