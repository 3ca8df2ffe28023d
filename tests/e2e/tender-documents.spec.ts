import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { demoUser, expectAccessible, login, loginAs } from "./helpers";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "documents");
const SHA_PDF = /^[0-9a-f]{64}$/;


async function asManagerApprove(page: Page, url: string) {
  await page.context().clearCookies();
  const manager = demoUser("MANAGER", "leder.oslo@nav.no");
  await login(page, manager.email, manager.password);
  await expect(page).toHaveURL(/\/historikk$/);
  await page.goto(url);
  await page.getByRole("button", { name: "Godkjenn for kunngjøring" }).click();
  await expect(page.getByText("Klar til kunngjøring", { exact: true })).toBeVisible();
}

test("an officer uploads a PDF to a draft, later amends the announced tender with the proposed deadline, and a visitor sees both", async ({ page, request }) => {
  // A journey through several roles and pages: more than one ordinary test's time on a loaded 2-core machine.
  test.slow();
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  const title = `Oppfølging med dokumenter ${Date.now()}`;
  await page.getByLabel("Tiltakstype").selectOption({ label: "Oppfølging" });
  await page.getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const url = page.url();
  const id = url.split("/").pop()!;

  await page.getByRole("textbox", { name: "Beskrivelse", exact: true }).first().fill("Oppfølging for personer med sammensatte behov.");
  await page.getByLabel("Anslått verdi inkl. opsjoner (kr, eks. mva.)").fill("9 600 000");
  await page.getByLabel("Frist for spørsmål").fill("10.01.2030 12:00");
  await page.getByLabel("Tilbudsfrist").fill("25.01.2030 12:00");
  await page.getByRole("textbox", { name: "Plasser", exact: true }).fill("40");
  await page.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(page.getByText("Utkastet er lagret.")).toBeVisible();

  // A PDF named .docx is refused with the reason, and nothing is stored.
  const documents = page.getByRole("region", { name: "Konkurransedokumenter" });
  await documents.locator('input[type="file"]').setInputFiles({ name: "krav.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await documents.getByRole("button", { name: "Last opp dokument" }).click();
  await expect(documents.getByText("Filinnholdet stemmer ikke med filtypen").first()).toBeVisible();
  await expect(documents.getByText("Ingen dokumenter ennå.")).toBeVisible();

  await documents.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, "konkurransegrunnlag.pdf"));
  await documents.getByLabel("Dokumentnavn (valgfritt)").fill("Konkurransegrunnlag");
  await documents.getByRole("button", { name: "Last opp dokument" }).click();
  await expect(documents.getByText("konkurransegrunnlag.pdf er lastet opp (versjon 1).")).toBeVisible();
  await expect(documents.getByRole("heading", { name: "Konkurransegrunnlag" })).toBeVisible();
  await expect(documents.getByText("Gjeldende")).toBeVisible();
  const sha = (await documents.locator("code").first().textContent())!.trim();
  expect(sha).toMatch(SHA_PDF);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send til godkjenning" }).click();
  await expect(page.getByText(/Sendt til godkjenning/)).toBeVisible();

  // The draft's document is not public.
  const draftDownload = await request.get(`/api/v1/tenders/${id}/documents`);
  expect(draftDownload.status()).toBe(404);
  expect(draftDownload.headers()["content-type"]).toContain("application/problem+json");

  await asManagerApprove(page, url);
  await page.context().clearCookies();
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.goto(url);
  await page.getByRole("button", { name: "Kunngjør" }).click();
  await expect(page.getByText("Kunngjort", { exact: true })).toBeVisible();

  // After announcement: a new version waits for an amendment, which must extend the deadline; the form proposes one.
  await page.reload();
  await documents.getByLabel("Ny versjon av").selectOption({ label: "Konkurransegrunnlag" });
  await documents.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, "kravspesifikasjon.docx"));
  await documents.getByRole("button", { name: "Last opp dokument" }).click();
  await expect(documents.getByText("kravspesifikasjon.docx er lastet opp (versjon 2) og publiseres med neste rettelse.")).toBeVisible();
  await expect(documents.getByText("Venter på rettelse")).toBeVisible();
  await page.reload();
  const amendment = page.getByRole("region", { name: "Rettelse" });
  await expect(amendment.getByRole("listitem").filter({ hasText: "Konkurransegrunnlag: Versjon 2 (kravspesifikasjon.docx)" })).toBeVisible();
  const proposed = await amendment.getByLabel("Ny tilbudsfrist (dd.mm.åååå tt:mm)").inputValue();
  expect(proposed).toMatch(/^\d{2}\.\d{2}\.2030 12:00$/);
  await expectAccessible(page);
  await amendment.getByRole("button", { name: "Publiser rettelse" }).click();
  await expect(amendment.getByText("Skriv en begrunnelse for rettelsen.").first()).toBeVisible();
  await amendment.getByLabel("Begrunnelse").fill("Kravspesifikasjonen er oppdatert med krav til digital oppfølging.");
  await amendment.getByRole("button", { name: "Publiser rettelse" }).click();
  await expect(page.getByText("Rettelse 1 er publisert.")).toBeVisible();

  // An anonymous visitor sees the current document with its hash and the change history.
  await page.context().clearCookies();
  await page.goto(`/kunngjoringer/${id}`);
  const published = page.getByRole("region", { name: "Dokumenter" });
  await expect(published.getByRole("link", { name: "Konkurransegrunnlag" })).toBeVisible();
  await expect(published).toContainText("Word (DOCX)");
  await expect(published).toContainText("Versjon 2");
  const history = page.getByRole("region", { name: "Endringshistorikk" });
  await expect(history.getByRole("heading", { name: "Rettelse 1" })).toBeVisible();
  await expect(history).toContainText("Kravspesifikasjonen er oppdatert med krav til digital oppfølging.");
  await expect(history).toContainText(`Tilbudsfrist: 25.01.2030 kl. 12:00 → ${proposed.replace(" ", " kl. ")}`);
  await expect(history).toContainText("Dokument: Konkurransegrunnlag, versjon 2 (kravspesifikasjon.docx)");
  await expectAccessible(page);

  const href = await published.getByRole("link", { name: "Konkurransegrunnlag" }).getAttribute("href");
  const download = await request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(download.headers()["content-disposition"]).toBe(`attachment; filename="kravspesifikasjon.docx"; filename*=UTF-8''kravspesifikasjon.docx`);
  const etag = download.headers()["etag"]!;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(etag).not.toBe(`"${sha}"`);
  await expect(published).toContainText(etag.replaceAll('"', ""));
  expect((await request.get(href!, { headers: { "if-none-match": etag } })).status()).toBe(304);

  const notice = await (await request.get(`/api/v1/tenders/${id}/notice.json`)).json();
  expect(notice.changeHistory).toMatchObject([{ number: 1, reason: "Kravspesifikasjonen er oppdatert med krav til digital oppfølging.", changes: { deadline: { from: "2030-01-25T11:00:00.000Z" }, documents: [{ number: 2 }] } }]);
  const list = await (await request.get(`/api/v1/tenders/${id}/documents`)).json();
  expect(list.items).toMatchObject([{ title: "Konkurransegrunnlag", version: 2, sha256: etag.replaceAll('"', "") }]);
});

test("document downloads: an unknown id is a problem+json 404, and a draft's document is 404 even with its real ids", async ({ page, request }) => {
  const unknown = await request.get("/api/v1/tenders/finnes-ikke/documents/finnes-ikke");
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/problem+json");
  expect(await unknown.json()).toMatchObject({ status: 404, code: "NOT_FOUND" });

  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  await page.getByLabel("Tiltakstype").selectOption({ label: "Avklaring" });
  await page.getByLabel("Tittel").fill(`Avklaring med vedlegg ${Date.now()}`);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("button", { name: "Lagre utkast" })).toBeVisible();
  const id = page.url().split("/").pop()!;
  const documents = page.getByRole("region", { name: "Konkurransedokumenter" });
  await documents.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, "kontrakt.odt"));
  await documents.getByRole("button", { name: "Last opp dokument" }).click();
  await expect(documents.getByText("kontrakt.odt er lastet opp (versjon 1).")).toBeVisible();
  const officerHref = await documents.getByRole("link", { name: "Last ned kontrakt.odt" }).getAttribute("href");
  // The officer downloads any version; the public path to the same document is 404.
  const own = await page.request.get(officerHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/vnd.oasis.opendocument.text");
  const documentId = officerHref!.split("/documents/")[1]!.split("/")[0]!;
  await page.context().clearCookies();
  const anonymous = await request.get(`/api/v1/tenders/${id}/documents/${documentId}`);
  expect(anonymous.status()).toBe(404);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
  expect((await request.get(officerHref!)).status()).toBe(401);
  // Uploading needs a signed-in officer.
  const upload = await request.post(`/api/v1/tenders/${id}/documents`, { multipart: { file: { name: "a.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n") } } });
  expect([401, 403]).toContain(upload.status());
  expect(upload.headers()["content-type"]).toContain("application/problem+json");
});

test("the upload size limit: over 20 MB is a translated 413 problem, and nothing is stored", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("link", { name: "Ny konkurranse" }).click();
  await page.getByLabel("Tiltakstype").selectOption({ label: "Avklaring" });
  await page.getByLabel("Tittel").fill(`Avklaring med stor fil ${Date.now()}`);
  await page.getByRole("button", { name: "Opprett utkast" }).click();
  await expect(page.getByRole("button", { name: "Lagre utkast" })).toBeVisible();
  const id = page.url().split("/").pop()!;
  const pdfHeader = Buffer.from("%PDF-1.4\n");
  for (const size of [20 * 1024 * 1024 + 1, 30 * 1024 * 1024]) {
    const buffer = Buffer.concat([pdfHeader, Buffer.alloc(size - pdfHeader.length)]);
    const response = await page.request.post(`/api/v1/tenders/${id}/documents`, { multipart: { file: { name: "stor.pdf", mimeType: "application/pdf", buffer } } });
    expect(response.status(), `${size} bytes`).toBe(413);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "TOO_LARGE", detail: "Filen er for stor. Største tillatte størrelse er 20 MB." });
  }
  await page.reload();
  await expect(page.getByRole("region", { name: "Konkurransedokumenter" }).getByText("Ingen dokumenter ennå.")).toBeVisible();
});
