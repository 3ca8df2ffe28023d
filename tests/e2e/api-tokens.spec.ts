import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";

import { demoUser, expectAccessible, login } from "./helpers";

/** A competition still open for questions, from the public API. */
async function openTenderId(api: APIRequestContext): Promise<string> {
  const response = await api.get("/api/v1/tenders?pageSize=100");
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; questionDeadline: string | null }[] };
  const open = items.find((item) => item.questionDeadline && new Date(item.questionDeadline) > new Date(Date.now() + 3_600_000));
  if (!open) throw new Error("no demo competition open for questions");
  return open.id;
}

test("an organisation admin creates an API token, a system asks a question with it, the admin revokes it and the next call is 401", async ({ page, baseURL }) => {
  const name = `Fagsystem ${Date.now()}`;
  const admin = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/portal$/, { timeout: 20_000 });
  await page.goto("/portal/api-nokler");
  await expect(page.getByRole("heading", { level: 1, name: "API-nøkler" })).toBeVisible();
  await expect(page).toHaveTitle("API-nøkler – Tiltaksanbud");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Lag nøkkel" }).click();
  await expect(page.getByRole("link", { name: "Gi nøkkelen et navn." })).toBeVisible();
  await page.getByLabel("Navn på nøkkelen").fill(name);
  await page.getByRole("button", { name: "Lag nøkkel" }).click();
  await expect(page.getByText(`Nøkkelen «${name}» er laget.`)).toBeVisible();
  const token = (await page.getByTestId("new-api-token").textContent())!.trim();
  expect(token).toMatch(/^tab_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 12));
  await expect(row).not.toContainText(token);
  await expect(row).toContainText("Aktiv");
  await expectAccessible(page);

  // The system: no cookies at all, only the bearer token.
  const system = await playwrightRequest.newContext({ baseURL });
  const tenderId = await openTenderId(system);
  const ask = () =>
    system.post(`/api/v1/tenders/${tenderId}/questions`, {
      headers: { authorization: `Bearer ${token}` },
      data: { text: `Kan deltakerne følge tiltaket digitalt? (${name})` },
    });
  const asked = await ask();
  expect(asked.status()).toBe(201);
  expect(await asked.json()).toMatchObject({ id: expect.any(String), tenderId });
  const broken = await system.post(`/api/v1/tenders/${tenderId}/questions`, { headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, data: "{ nope" });
  expect(broken.status()).toBe(400);
  expect(broken.headers()["content-type"]).toBe("application/problem+json");
  expect(await broken.json()).toMatchObject({ type: "urn:tiltaksanbud:problem:validation" });

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("Aldri");
  await page.getByRole("button", { name: `Trekk tilbake ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Trekke tilbake «${name}»?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Trekk tilbake" }).click();
  await expect(page.getByText("Nøkkelen er trukket tilbake. Forespørsler med den blir avvist.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Trukket tilbake");

  const refused = await ask();
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer /);
  expect(await refused.json()).toMatchObject({ status: 401, type: "urn:tiltaksanbud:problem:unauthenticated", code: "UNAUTHENTICATED" });
  await system.dispose();
});

test("the API page renders the OpenAPI description under our CSP, axe clean at 1280 and 360 px", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/dokumentasjon/api");
  await expect(page.getByRole("heading", { level: 1, name: "API-dokumentasjon" })).toBeVisible();
  await expect(page).toHaveTitle("API-dokumentasjon – Tiltaksanbud");
  await expect(page.getByText("Competitions open for bids").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Ask a question on an announced competition, before the question deadline").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "OpenAPI 3.1-beskrivelsen (JSON)" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await expectAccessible(page);
  expect(violations).toEqual([]);
});
