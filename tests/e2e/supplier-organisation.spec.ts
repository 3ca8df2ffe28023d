import path from "node:path";

import { expect, test } from "@playwright/test";

import { FIXTURE_NEW_ORGANISATIONS } from "../../lib/suppliers/registry/fixture";
import { demoUser, expectAccessible, login } from "./helpers";
import { latestInvitationPath, registeredOrgnrs } from "./outbox";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "documents");
const PASSWORD = "et-langt-leverandorpassord";
const KIND_BY_FORM: Record<string, string> = { AS: "Kommersiell", STI: "Ideell organisasjon", KF: "Offentlig" };


test("a supplier registers (prefilled from Enhetsregisteret), invites a colleague who accepts, and an admin verifies its eligibility from uploaded documentation", async ({ page, browser }) => {
  test.setTimeout(240_000);
  // The fictitious organisations the local Enhetsregisteret fixture knows and the seed never registers; the first one
  // this server has not seen yet, so the journey can run again against the same server.
  const taken = await registeredOrgnrs(FIXTURE_NEW_ORGANISATIONS.map((o) => o.orgnr));
  const ORG = FIXTURE_NEW_ORGANISATIONS.find((o) => !taken.has(o.orgnr));
  test.skip(!ORG, "every fixture organisation is registered on this server; restart it (npm run start:test)");
  if (!ORG) return;
  const spaced = `${ORG.orgnr.slice(0, 3)} ${ORG.orgnr.slice(3, 6)} ${ORG.orgnr.slice(6)}`;
  const OWNER = { name: "Siri Eiersen", email: `siri.${ORG.orgnr}@example.no` };
  const COLLEAGUE = { name: "Geir Kollega", email: `geir.${ORG.orgnr}@example.no` };
  await page.goto("/login");
  await page.getByRole("link", { name: "Ny leverandør? Registrer organisasjonen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Registrer leverandør" })).toBeVisible();

  // A wrong check digit gets its own message at the field.
  await page.getByRole("textbox", { name: "Organisasjonsnummer" }).fill("974 760 674");
  await page.getByRole("button", { name: "Hent fra Enhetsregisteret" }).click();
  await expect(page.getByText("kontrollsifferet (det siste sifferet) stemmer ikke")).toBeVisible();

  await page.getByRole("textbox", { name: "Organisasjonsnummer" }).fill(spaced);
  await page.getByRole("button", { name: "Hent fra Enhetsregisteret" }).click();
  await expect(page.getByText(`Hentet fra Enhetsregisteret: ${ORG.name} (${ORG.organisationForm!.description})`)).toBeVisible();
  await expect(page.getByLabel("Navn", { exact: true }).first()).toHaveValue(ORG.name);
  await expect(page.getByLabel("Forretningsadresse")).toHaveValue(ORG.address!.street);
  await expect(page.getByRole("radio", { name: KIND_BY_FORM[ORG.organisationForm!.code] })).toBeChecked();
  await expectAccessible(page);

  const contact = page.getByRole("group", { name: "Kontaktperson (blir administrator)" });
  await contact.getByLabel("Navn").fill(OWNER.name);
  await contact.getByLabel("E-post").fill(OWNER.email);
  await contact.getByLabel("Passord", { exact: true }).fill(PASSWORD);
  await contact.getByLabel("Gjenta passordet").fill("ikke-det-samme-passordet");
  await page.getByRole("button", { name: "Registrer", exact: true }).click();
  await expect(page.getByText("Passordene er ikke like").first()).toBeVisible();
  await contact.getByLabel("Gjenta passordet").fill(PASSWORD);
  await page.getByRole("button", { name: "Registrer", exact: true }).click();
  await expect(page.getByText(`${ORG.name} er registrert. Du kan nå logge inn.`)).toBeVisible();

  // Registered now: the look-up says so and points to the administrator.
  await page.goto(`/registrer?orgnr=${ORG.orgnr}`);
  await expect(page.getByText("Organisasjonen er allerede registrert. Be organisasjonens administrator om en invitasjon.")).toBeVisible();

  // The new administrator invites a colleague and uploads the statutes.
  await login(page, OWNER.email, PASSWORD);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole("link", { name: "Organisasjon, kolleger og dokumentasjon" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisasjon" })).toBeVisible();
  await expect(page.getByText("Ikke verifisert")).toBeVisible();
  await page.getByLabel("E-postadressen til kollegaen").fill(COLLEAGUE.email);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen er sendt til ${COLLEAGUE.email}.`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Ventende invitasjoner" }).getByRole("rowheader", { name: COLLEAGUE.email })).toBeVisible();

  await page.getByLabel("Hva dokumentet er (for eksempel «Vedtekter»)").fill("Vedtekter");
  await page.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, "konkurransegrunnlag.pdf"));
  await page.getByRole("button", { name: "Last opp dokumentasjon" }).click();
  await expect(page.getByText("konkurransegrunnlag.pdf er lastet opp.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Dokumentasjon" }).getByRole("link", { name: "konkurransegrunnlag.pdf" })).toBeVisible();
  await expectAccessible(page);

  // The colleague accepts from the link in the outbox, in a browser of their own.
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(await latestInvitationPath(COLLEAGUE.email));
  await expect(colleague.getByRole("heading", { level: 1, name: "Bli med i organisasjonen" })).toBeVisible();
  await expect(colleague.getByText(ORG.name)).toBeVisible();
  await expectAccessible(colleague);
  await colleague.getByLabel("Navn").fill(COLLEAGUE.name);
  await colleague.getByLabel("Passord", { exact: true }).fill(PASSWORD);
  await colleague.getByLabel("Gjenta passordet").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Bli med" }).click();
  await expect(colleague.getByText("Du er nå med i organisasjonen.")).toBeVisible();
  await login(colleague, COLLEAGUE.email, PASSWORD);
  await expect(colleague).toHaveURL(/\/portal$/);
  await colleague.goto("/portal/organisasjon");
  await expect(colleague.getByRole("heading", { level: 2, name: ORG.name })).toBeVisible();
  // Not the administrator: no colleagues, no invitation form.
  await expect(colleague.getByRole("heading", { name: "Kolleger" })).toHaveCount(0);
  await colleague.context().close();

  await page.reload();
  await expect(page.getByRole("region", { name: "Kolleger" }).getByRole("cell", { name: COLLEAGUE.email })).toBeVisible();

  // An ADMIN reviews the documentation and verifies the organisation as ideell.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, demoUser("ADMIN").email, demoUser("ADMIN").password);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto("/admin/leverandorer");
  await admin.getByRole("link", { name: ORG.name }).click();
  await expect(admin.getByRole("heading", { level: 1, name: ORG.name })).toBeVisible();
  const download = admin.getByRole("region", { name: "Dokumentasjon" }).getByRole("link", { name: "konkurransegrunnlag.pdf" });
  const response = await admin.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(admin);
  await admin.getByRole("checkbox", { name: /^Ideell organisasjon/ }).check();
  await admin.getByLabel("Begrunnelse (valgfritt)").fill("Vedtektene § 2: ideelt formål, ikke utbytte.");
  await admin.getByRole("button", { name: "Lagre vurdering" }).click();
  await expect(admin.getByText("Vurderingen er lagret.")).toBeVisible();
  await expect(admin.getByText("Verifisert som ideell organisasjon")).toBeVisible();
  await expect(admin.getByText(/Sist vurdert .* av Ingrid Haugland/)).toBeVisible();
  await admin.context().close();

  await page.reload();
  await expect(page.getByText("Verifisert som ideell organisasjon")).toBeVisible();
  await expect(page.getByText(/Sist vurdert .* av Ingrid Haugland/)).toBeVisible();
});
