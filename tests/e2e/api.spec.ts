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

test("the API checks who before what: anonymous bad input is 401, not a list of the fields", async ({ page }) => {
  const anonymous = await page.request.post("/api/v1/admin/users", { data: {} });
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).not.toHaveProperty("errors");
});

test("bad input never reaches the database: control characters, wrong JSON types, huge bodies", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  const nul = await page.request.post("/api/v1/admin/users", { data: { ...VALID, email: `nul.${Date.now()}@nav.no`, name: "Kari\u0000Nordby" } });
  expect(nul.status()).toBe(400);
  expect((await nul.json()).errors.name).toEqual(["Feltet inneholder usynlige kontrolltegn. Fjern dem og prøv igjen."]);

  const wrongTypes = await page.request.post("/api/v1/admin/users", { data: { ...VALID, name: 42, role: ["ADMIN"] } });
  expect(wrongTypes.status()).toBe(400);

  const notQuiteJson = await page.request.post("/api/v1/admin/users", { headers: { "content-type": "application/jsonx" }, data: JSON.stringify(VALID) });
  expect(notQuiteJson.status()).toBe(400);

  const huge = await page.request.post("/api/v1/admin/users", { headers: { "content-type": "application/json" }, data: JSON.stringify({ ...VALID, name: "x".repeat(2 * 1024 * 1024) }) });
  expect(huge.status()).toBe(413);
  expect(huge.headers()["content-type"]).toContain("application/problem+json");

  await page.goto("/admin/brukere?q=nul.");
  await expect(page.getByRole("main")).toContainText("Ingen brukere passer");
});

test("a cookie-carrying write from another site is refused, for the API and for server actions", async ({ page }) => {
  await loginAs(page, "ADMIN", "/admin");
  const email = `fremmed.${Date.now()}@nav.no`;
  const api = await page.request.post("/api/v1/admin/users", { headers: { origin: "https://evil.example" }, data: { ...VALID, email } });
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ code: "FORBIDDEN", detail: "Forespørselen kom fra et annet nettsted og er avvist." });

  const action = await page.request.post("/admin/brukere/ny", {
    headers: { origin: "https://evil.example", "next-action": "0000000000000000000000000000000000000000", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(action.status()).toBe(403);
  expect(action.headers()["content-type"]).toContain("application/problem+json");

  await page.goto(`/admin/brukere?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("main")).toContainText("Ingen brukere passer");
});

test("every API error is problem+json: a wrong method (405 with Allow) and an unknown path (404)", async ({ page }) => {
  const wrongMethod = await page.request.get("/api/v1/admin/users");
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toBe("POST");
  expect(await wrongMethod.json()).toMatchObject({ code: "METHOD_NOT_ALLOWED", status: 405 });

  for (const path of ["/api/v1/finnes-ikke", "/api/finnes/ikke"]) {
    const missing = await page.request.post(path, { data: {} });
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()["content-type"], path).toContain("application/problem+json");
  }
  const health = await page.request.delete("/api/health");
  expect(health.status()).toBe(405);
  expect(health.headers()["allow"]).toBe("GET");
});
