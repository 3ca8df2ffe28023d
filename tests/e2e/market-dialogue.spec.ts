import { expect, test } from "@playwright/test";

import { formatOsloInput } from "../../lib/time";
import { demoUser, expectAccessible, login, loginAs } from "./helpers";


const DAY = 86_400_000;

test("an officer publishes a market dialogue, a supplier answers, the public sees it without the answer, the officer turns it into a draft", async ({ page, browser, request }) => {
  // A journey through several roles and pages: more than one ordinary test's time on a loaded 2-core machine.
  test.slow();
  const title = `Markedsdialog avklaring ${Date.now()}`;
  const deadline = formatOsloInput(new Date(Date.now() + 14 * DAY)).replace(/ \d{2}:\d{2}$/, " 12:00");
  const meeting = formatOsloInput(new Date(Date.now() + 7 * DAY)).replace(/ \d{2}:\d{2}$/, " 13:00");
  const secret = `Vårt innspill ${Date.now()}: to delkontrakter, løpende inntak.`;

  // The officer: the list, the form (a bad time is named at its field), the draft, publication.
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Markedsdialoger" }).click();
  await expect(page).toHaveTitle("Markedsdialoger – Tiltaksanbud");
  await expect(page.getByRole("link", { name: "Markedsdialog: arbeidsrettet rehabilitering i Oslo" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny markedsdialog" }).click();
  await expect(page).toHaveTitle("Ny markedsdialog – Tiltaksanbud");
  await page.getByLabel("Tittel").fill(title);
  await page.getByLabel("Beskrivelse av det planlagte kjøpet").fill("Nav Oslo planlegger kjøp av avklaring og ønsker innspill på volum og krav.");
  await page.getByLabel("Tiltakstype").selectOption({ label: "Avklaring" });
  await page.getByLabel("Svarfrist").fill("31.02.2027 12:00");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("link", { name: "Datoen finnes ikke." })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Svarfrist").fill(deadline);
  await page.getByLabel("Dialogmøte (valgfritt)").fill(meeting);
  await page.getByLabel("Sted eller lenke til møtet").fill("https://teams.example.com/markedsdialog");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} – Tiltaksanbud`);
  await expect(page.getByLabel("Svarfrist")).toHaveValue(deadline);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publiser markedsdialogen" }).click();
  await expect(page.getByText("Markedsdialogen er publisert.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Åpen for svar").first()).toBeVisible();
  await expect(page.getByText("Ingen svar ennå.")).toBeVisible();
  const dialogueUrl = page.url().split("?")[0]!;
  const id = new URL(dialogueUrl).pathname.split("/").pop()!;
  await expectAccessible(page);

  // A supplier answers from the portal and can change the answer before the deadline.
  await page.context().clearCookies();
  const supplier = demoUser("SUPPLIER_USER");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Svar og innspill").fill(secret);
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Svaret er sendt.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Svar og innspill")).toHaveValue(secret);
  await expect(page.getByLabel("Vi er interessert i å delta i konkurransen")).toBeChecked();
  await page.getByLabel("Svar og innspill").fill(`${secret} Oppdatert.`);
  await page.getByRole("button", { name: "Oppdater svar" }).click();
  await expect(page.getByText("Svaret er oppdatert.")).toBeVisible();
  await expectAccessible(page);

  // Another supplier does not see it.
  await page.context().clearCookies();
  const other = demoUser("SUPPLIER_USER", "post@arbeidsglede.no");
  await login(page, other.email, other.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto(`/portal/markedsdialoger/${id}`);
  await expect(page.getByLabel("Svar og innspill")).toHaveValue("");
  await expect(page.getByText(secret)).toHaveCount(0);

  // An anonymous visitor: from the home page to the list and the dialogue; no answers; the E1 notice and the API.
  const anonymous = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", baseURL: new URL(page.url()).origin });
  const visitor = await anonymous.newPage();
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "Se markedsdialoger om planlagte kjøp" }).click();
  await expect(visitor).toHaveTitle("Markedsdialoger – Tiltaksanbud");
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByText(new RegExp(`^${deadline.replace(" ", " kl. ").replace(/\./g, "\\.")} \\(om 1[45] dager\\)$`))).toBeVisible();
  await expect(visitor.getByRole("link", { name: "https://teams.example.com/markedsdialog" })).toBeVisible();
  await expect(visitor.getByText(secret)).toHaveCount(0);
  await expectAccessible(visitor);
  const xml = await request.get(`/api/v1/dialogues/${id}/notice.xml`);
  expect(xml.status()).toBe(200);
  expect(xml.headers()["content-type"]).toContain("application/xml");
  const body = await xml.text();
  expect(body).toContain('<cbc:SubTypeCode listName="notice-subtype">E1</cbc:SubTypeCode>');
  expect(body).not.toContain("Vårt innspill");
  const json = await request.get(`/api/v1/dialogues/${id}`);
  expect(await json.json()).toMatchObject({ id, title, phase: "OPEN" });
  expect(JSON.stringify(await (await request.get("/api/v1/dialogues?pageSize=100")).json())).not.toContain("Vårt innspill");
  for (const path of ["/api/v1/dialogues/unknown-id", "/api/v1/dialogues/unknown-id/notice.xml", "/api/v1/dialogues/unknown-id/notice.json"]) {
    const missing = await request.get(path);
    expect(missing.status(), path).toBe(404);
    expect(missing.headers()["content-type"]).toContain("application/problem+json");
  }
  expect((await request.get("/api/v1/dialogues?pageSize=1000")).status()).toBe(400);
  await visitor.goto("/markedsdialoger/unknown-id");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Fant ikke siden");
  await anonymous.close();

  // The officer reads the answer and turns the dialogue into a draft that names it.
  await page.context().clearCookies();
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.goto(dialogueUrl);
  await expect(page.getByText(`${secret} Oppdatert.`)).toBeVisible();
  await expect(page.getByText("Melder interesse")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gjør om til konkurranse" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lagre utkast" })).toBeVisible();
  await expect(page.getByLabel("Pris (vekt %)")).toHaveValue("30");
  await expect(page.getByRole("link", { name: new RegExp(`^Laget fra markedsdialogen MD-\\d{4}/\\d{4}: ${title}$`) })).toBeVisible();
  await expectAccessible(page);
  await page.goto(dialogueUrl);
  await expect(page.getByText("Gjort om til konkurranse").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Gjør om til konkurranse" })).toHaveCount(0);
});
