import { expect, test } from "@playwright/test";

import { demoUser, login } from "./helpers";

test("a wrong password gives a clear message and no session", async ({ page }) => {
  await login(page, demoUser("OFFICER").email, "feil-passord-123");
  await expect(page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  await page.goto("/anskaffelser");
  await expect(page).toHaveURL(/\/login/);
});

test("empty fields are named before anything is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText("Skriv inn e-postadressen din.")).toBeVisible();
  await expect(page.getByText("Skriv inn passordet ditt.")).toBeVisible();
});

test("repeated failures for one account are rate-limited with a clear message", async ({ page }) => {
  // Unique per run: a retry must not start out locked.
  const email = `ingen.slik.bruker.${Date.now()}@nav.no`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await login(page, email, `gjett-${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  }
  await login(page, email, "gjett-6");
  await expect(page.getByRole("alert").filter({ hasText: "For mange mislykkede forsøk. Vent 15 minutter og prøv igjen." })).toBeVisible();
});

test("a client cannot buy more guesses by writing its own X-Forwarded-For", async ({ page }) => {
  const email = `ingen.slik.bruker.xff.${Date.now()}@nav.no`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${attempt}` });
    await login(page, email, `gjett-${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: "Feil e-post eller passord." })).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.99" });
  await login(page, email, "gjett-6");
  await expect(page.getByRole("alert").filter({ hasText: "For mange mislykkede forsøk. Vent 15 minutter og prøv igjen." })).toBeVisible();
});

test("the language switch turns the interface English and back", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /Norsk/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
});

test("pages carry the security headers and health answers", async ({ page, request }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
});

test("an unknown page shows the translated not-found page", async ({ page }) => {
  const response = await page.goto("/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
});
