import { expect, test } from "@playwright/test";

import { loginAs } from "./helpers";

// Unique per run, so a retried test does not meet its own earlier user.
const VALID = {
  email: `api.bruker.${Date.now()}@nav.no`,
  name: "Api Brukersen",
  password: "et-langt-passord-for-api",
  locale: "nb",
  role: "MANAGER",
};

test("the admin API answers problem+json: 401 anonymous, 403 wrong role, 400 bad input, 201 created", async ({ page }) => {
  const anonymous = await page.request.post("/api/v1/admin/users", { data: VALID });
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

  await loginAs(page, "OFFICER", "/anskaffelser");
  const forbidden = await page.request.post("/api/v1/admin/users", { data: VALID });
  expect(forbidden.status()).toBe(403);
  expect(await forbidden.json()).toMatchObject({ code: "FORBIDDEN", status: 403, detail: "Du har ikke tilgang til dette." });

  await page.context().clearCookies();
  await loginAs(page, "ADMIN", "/admin");
  const bad = await page.request.post("/api/v1/admin/users", { data: { ...VALID, email: "ikke-epost", password: "kort" } });
  expect(bad.status()).toBe(400);
  const problem = await bad.json();
  expect(problem).toMatchObject({ code: "VALIDATION", status: 400, title: "Skjemaet har feil. Rett opp og prøv igjen." });
  expect(Object.keys(problem.errors)).toEqual(expect.arrayContaining(["email", "password"]));

  const notJson = await page.request.post("/api/v1/admin/users", { headers: { "content-type": "text/plain" }, data: "email=x" });
  expect(notJson.status()).toBe(400);

  const created = await page.request.post("/api/v1/admin/users", { data: VALID });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ email: VALID.email });

  const again = await page.request.post("/api/v1/admin/users", { data: VALID });
  expect(again.status()).toBe(400);
  expect((await again.json()).errors.email).toEqual(["Det finnes allerede en bruker med denne e-postadressen."]);
});
