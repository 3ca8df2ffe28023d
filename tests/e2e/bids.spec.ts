import { readFile } from "node:fs/promises";

import { expect as baseExpect, test } from "@playwright/test";

import { fillBid, openBidForm, PDF } from "./bid-helpers";
import { demoUser, expectAccessible, login } from "./helpers";

// The shared test machine is often loaded: a server round trip may take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 30_000 });

const TENDER = "Truckførerkurs T1–T4 (enkeltplasser)";
const RESERVED = "Oppfølging i Bergen – reservert for arbeidsinkluderingsbedrifter";

test("a supplier submits a bid with a document, revises it and downloads the receipt; the portal home shows it with a countdown", async ({ page }) => {
  const supplier = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await openBidForm(page, TENDER);
  await expectAccessible(page);

  // An attachment: a PDF is taken (sealed on the server); a renamed program is refused.
  await page.getByLabel("Velg fil").setInputFiles({ name: "tilbudsbrev.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Last opp vedlegg" }).click();
  await expect(page.getByText("Vedlegget «tilbudsbrev.pdf» er lagt til.")).toBeVisible();
  await page.getByLabel("Velg fil").setInputFiles({ name: "program.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]) });
  await page.getByRole("button", { name: "Last opp vedlegg" }).click();
  await expect(page.getByText("Programfiler kan ikke lastes opp.").first()).toBeVisible();

  // Incomplete: field-level errors, each linked to its field.
  const form = page.locator("#bid-form");
  await form.locator('input[name^="lots."][name$=".price"]').first().fill("tolv kroner");
  await page.getByRole("button", { name: /Send inn (nytt )?tilbud/ }).click();
  await expect(page.getByRole("link", { name: /Skriv prisen som et beløp/ })).toBeVisible();
  await expectAccessible(page);

  await fillBid(page, "19 800");
  await page.getByRole("button", { name: /Send inn (nytt )?tilbud/ }).click();
  const received = page.getByText(/Tilbudet er mottatt: versjon (\d+)\./);
  await expect(received).toBeVisible();
  const first = Number((await received.textContent())!.match(/versjon (\d+)/)![1]);

  // Revise: a new version; the old one stays (its receipt is still listed).
  await form.locator('input[name^="lots."][name$=".price"]').first().fill("18 900");
  await page.getByRole("button", { name: "Send inn nytt tilbud" }).click();
  await expect(page.getByText(`Tilbudet er mottatt: versjon ${first + 1}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Kvittering for versjon ${first} –`) })).toBeVisible();

  // A double-click submits once: the form's token is the idempotency key.
  await form.locator('input[name^="lots."][name$=".price"]').first().fill("18 700");
  await page.getByRole("button", { name: "Send inn nytt tilbud" }).dblclick();
  await expect(page.getByText(new RegExp(`Tilbudet (er|var allerede) mottatt: versjon ${first + 2}\\.`))).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: new RegExp(`Kvittering for versjon ${first + 2} –`) })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Kvittering for versjon ${first + 3} –`) })).toHaveCount(0);

  await page.getByRole("link", { name: new RegExp(`Kvittering for versjon ${first + 1} –`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kvittering for tilbud" })).toBeVisible();
  await expect(page.getByText("tilbudsbrev.pdf")).toBeVisible();
  const hash = (await page.locator("[data-receipt-hash]").textContent())!;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned kvitteringen (JSON)" }).click();
  const file = JSON.parse(await readFile((await (await downloading).path())!, "utf8")) as { version: number; contentHash: string; documents: { filename: string }[]; tender: { title: string } };
  expect(file).toMatchObject({ version: first + 1, contentHash: hash, tender: { title: TENDER } });
  expect(file.documents.map((d) => d.filename)).toEqual(["tilbudsbrev.pdf"]);
  expect(JSON.stringify(file)).not.toContain("ukentlig oppfølging");

  await page.goto("/portal");
  const mine = page.getByRole("region", { name: "Våre tilbud" });
  const row = mine.getByRole("row").filter({ hasText: TENDER });
  await expect(row.getByText("Sendt inn")).toBeVisible();
  await expect(row.locator("[data-countdown]")).toContainText(/igjen/);
  await expect(row.getByRole("link", { name: `Versjon ${first + 2}` })).toBeVisible();
  await expectAccessible(page);
});

test("a reserved competition refuses a supplier without verified eligibility, naming the reservation", async ({ page }) => {
  const supplier = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole("region", { name: "Åpne konkurranser" }).getByRole("link", { name: RESERVED, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: RESERVED })).toBeVisible();
  await expectAccessible(page);
  await openBidForm(page, RESERVED);
  await expect(page.getByText("Organisasjonen din er ikke verifisert for denne reservasjonen").first()).toBeVisible();
  await fillBid(page, "25 000");
  await page.getByRole("button", { name: /Send inn (nytt )?tilbud/ }).click();
  await expect(page.getByRole("heading", { name: /reservert for arbeids- og inkluderingsbedrifter \(Anskaffelsesforskriften § 30-3/ })).toBeVisible();
  await expectAccessible(page);
});
