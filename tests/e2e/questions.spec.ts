import { expect, test } from "@playwright/test";

import { demoUser, expectAccessible, login } from "./helpers";


const TENDER = "Truckførerkurs T1–T4 (enkeltplasser)";

test("a supplier registers interest and asks; the officer answers and publishes; the public sees the Q&A without the asker", async ({ page, request }) => {
  // A journey through several roles and pages: more than one ordinary test's time on a loaded 2-core machine.
  test.slow();
  const stamp = Date.now();
  const asked = `Jobbveien AS har egne trucker på Furuset – kan vi bruke dem i kurset? (${stamp})`;
  const rephrased = `Kan leverandøren bruke egne trucker i kurset? (${stamp})`;
  const answer = `Ja, så lenge truckene er sertifisert og kontrollert (${stamp}).`;

  // The supplier: portal home → the competition in the portal.
  const supplier = demoUser("SUPPLIER_USER", "post@jobbveien.no");
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "Spørsmål vi har stilt" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("region", { name: "Åpne konkurranser" }).getByRole("link", { name: TENDER, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: TENDER })).toBeVisible();
  await expect(page).toHaveTitle(`${TENDER} – Tiltaksanbud`);
  const tenderId = new URL(page.url()).pathname.split("/").pop()!;

  const interest = page.getByRole("region", { name: "Interesse" });
  if (await interest.getByRole("button", { name: "Trekk interessen" }).isVisible()) {
    await interest.getByRole("button", { name: "Trekk interessen" }).click();
    await expect(interest.getByRole("button", { name: "Meld interesse" })).toBeVisible();
  }
  await interest.getByRole("button", { name: "Meld interesse" }).click();
  await expect(interest.getByText("Interessen er registrert.")).toBeVisible();
  await expect(interest.getByRole("button", { name: "Trekk interessen" })).toBeVisible();

  // An empty question is refused at its field; then the real one is sent.
  await page.getByRole("button", { name: "Send spørsmål" }).click();
  await expect(page.getByRole("link", { name: "Skriv spørsmålet." })).toBeVisible();
  await page.getByLabel("Spørsmål", { exact: true }).fill(asked);
  await page.getByRole("button", { name: "Send spørsmål" }).click();
  await expect(page.getByText("Spørsmålet er sendt til oppdragsgiveren.")).toBeVisible();
  const mine = page.getByRole("region", { name: "Våre spørsmål" });
  await expect(mine.getByRole("row").filter({ hasText: String(stamp) })).toContainText("Venter på svar");
  await expectAccessible(page);
  await page.context().clearCookies();

  // The officer of the region sees who asked, answers (and edits), then publishes.
  const officer = demoUser("OFFICER", "innkjoper.oslo@nav.no");
  await login(page, officer.email, officer.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
  await page.goto(`/anskaffelser/${tenderId}`);
  const section = page.getByRole("region", { name: "Spørsmål fra leverandører" });
  const question = section.getByRole("article").filter({ hasText: asked });
  await expect(question).toContainText("Fra Jobbveien AS (Camilla Lie)");
  await expect(question).toContainText("Ubesvart");
  await expectAccessible(page);
  await question.getByLabel("Spørsmålet slik det publiseres").fill(rephrased);
  await question.getByLabel("Svar", { exact: true }).fill("Utkast");
  await question.getByRole("button", { name: "Lagre svar" }).click();
  await expect(question.getByText("Svaret er lagret. Det er ikke publisert ennå.")).toBeVisible();
  await question.getByLabel("Svar", { exact: true }).fill(answer);
  await question.getByRole("button", { name: "Lagre svar" }).click();
  await expect(question).toContainText("Svar lagret, ikke publisert");
  await question.getByRole("button", { name: "Publiser spørsmål og svar" }).click();
  await expect(question).toContainText(/Publisert som nummer \d+/);
  await expect(question).toContainText(answer);
  await expectAccessible(page);
  await page.context().clearCookies();

  // Anyone: the notice shows the published wording and answer, numbered, and never the asker or the asked wording.
  await page.goto(`/kunngjoringer/${tenderId}`);
  const qa = page.getByRole("region", { name: "Spørsmål og svar" });
  const item = qa.getByRole("listitem").filter({ hasText: rephrased });
  await expect(item).toContainText(answer);
  await expect(item.getByRole("heading", { name: /Spørsmål \d+/ })).toBeVisible();
  await expect(item).toContainText(/Publisert \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}/);
  await expect(page.getByText("Furuset")).toHaveCount(0);
  await expect(page.getByText("Jobbveien")).toHaveCount(0);
  await expectAccessible(page);

  for (const path of [`/api/v1/tenders/${tenderId}`, `/api/v1/tenders/${tenderId}/notice.json`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const body = await response.json();
    expect(body.questionsAndAnswers, path).toContainEqual(expect.objectContaining({ question: rephrased, answer, number: expect.any(Number) }));
    const text = JSON.stringify(body);
    for (const secret of ["Jobbveien", "Furuset", "supplierId", "askedBy"]) expect(text, `${path} leaks ${secret}`).not.toContain(secret);
  }

  // Back in the portal, the question is answered.
  await login(page, supplier.email, supplier.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("region", { name: "Spørsmål vi har stilt" }).getByRole("row").filter({ hasText: String(stamp) })).toContainText(/Besvart – spørsmål \d+/);
});
