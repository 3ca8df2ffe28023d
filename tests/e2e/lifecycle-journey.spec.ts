import { readFile } from "node:fs/promises";

import { expect as baseExpect, test, type Page } from "@playwright/test";
import pg from "pg";

import { JOURNEY_TENDER_TITLE } from "../../prisma/seed/closed-tender";
import { score, type ScoringInput } from "../../lib/scoring";
import { testDatabaseFile } from "../../scripts/start/test-database-file";
import { pdfText } from "../helpers/pdf-text";
import { demoUser, expectAccessible, login } from "./helpers";

/*
 * Issue 11 end to end: the seeded closed competition with three sealed bids goes all the way to a concluded contract.
 * Two officers open it, the officer qualifies every bid, appoints a panel of two (one chair), both declare and score,
 * the chair sets consensus, the officer checks the result against lib/scoring and proposes, the Oslo manager approves,
 * the standstill passes on the test server's clock, the officer concludes the contract and downloads the protocol.
 * The database is only read (for ids and the scoring input), never written.
 */
// Each step waits on a server action on a shared, loaded machine.
const expect = baseExpect.configure({ timeout: 20_000 });
const OFFICER = demoUser("OFFICER", "innkjoper.oslo@nav.no");
const SECOND_OFFICER = demoUser("OFFICER", "innkjoper2.oslo@nav.no");
const CHAIR = demoUser("EVALUATOR", "fagperson@nav.no");
const MEMBER = demoUser("EVALUATOR", "fagperson2@nav.no");
const MANAGER = demoUser("MANAGER", "leder.oslo@nav.no");
const SUPPLIERS = ["Jobbveien AS", "Stiftelsen Arbeidsglede", "Bergen Arbeidsinkludering AS"];
// Per evaluator, one score per (bid, criterion) field in page order; no pair differs by more than 2 points.
const SCORES = { chair: ["8", "6", "7", "5", "9", "4"], member: ["7", "6", "8", "5", "8", "5"] };

let client: pg.Client;

test.beforeAll(async () => {
  const url = (await readFile(testDatabaseFile(Number(process.env.E2E_PORT ?? 3100)), "utf8")).trim();
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

test.afterAll(async ({ request }) => {
  // Other specs share the server: put its clock back whatever happened.
  await request.post("/api/test/clock", { data: { reset: true } });
  await client?.end();
});

async function signIn(page: Page, user: { email: string; password: string }, landing = /\/anskaffelser$/) {
  await page.context().clearCookies();
  await login(page, user.email, user.password);
  await expect(page).toHaveURL(landing);
}

async function fillScores(page: Page, prefix: "scores" | "consensus", values: string[] | null, justification: string) {
  const fields = page.locator(`input[id^="${prefix}-"][id$="-score"]`);
  await expect(fields).toHaveCount(SCORES.chair.length);
  for (let i = 0; i < SCORES.chair.length; i += 1) {
    if (values) await page.locator(`#${prefix}-${i}-score`).fill(values[i]!);
    await page.locator(`#${prefix}-${i}-justification`).fill(justification);
  }
}

/** lib/scoring over the stored tender settings, prices and consensus scores: what the result page must show. */
async function expectedRanking(tenderId: string) {
  const tender = (await client.query(`SELECT "maxPoints", "priceModel", "qualityMode", "tieBreak" FROM "Tender" WHERE id = $1`, [tenderId])).rows[0];
  const criteria = (await client.query<{ id: string; kind: string; weight: string }>(`SELECT id, kind, weight::text FROM "AwardCriterion" c WHERE "tenderId" = $1 AND NOT EXISTS (SELECT 1 FROM "AwardCriterion" k WHERE k."parentId" = c.id)`, [tenderId])).rows;
  const bids = (await client.query<{ id: string; price: string; name: string }>(`SELECT b.id, (b."priceOre"::numeric / 100)::text AS price, s.name FROM "Bid" b JOIN "Supplier" s ON s.id = b."supplierId" WHERE b."tenderId" = $1 AND b.status = 'QUALIFIED'`, [tenderId])).rows;
  const consensus = (await client.query<{ bidId: string; criterionId: string; score: string }>(`SELECT "bidId", "criterionId", score::text FROM "EvaluationScore" WHERE stage = 'CONSENSUS' AND "bidId" = ANY($1)`, [bids.map((b) => b.id)])).rows;
  const input: ScoringInput = {
    maxPoints: tender.maxPoints,
    priceModel: tender.priceModel,
    qualityMode: tender.qualityMode === "RELATIVE" ? "relative" : "absolute",
    tieBreak: ({ NONE: "none", LOWEST_PRICE: "lowest-price", HIGHEST_QUALITY: "highest-quality" } as const)[tender.tieBreak as "NONE"],
    criteria: criteria.map((c) => ({ id: c.id, kind: c.kind === "PRICE" ? ("price" as const) : ("quality" as const), weight: Number(c.weight) })),
    bids: bids.map((b) => ({ id: b.id, price: b.price, quality: Object.fromEntries(consensus.filter((s) => s.bidId === b.id).map((s) => [s.criterionId, s.score.replace(/\.?0+$/, "")])) })),
  };
  expect(bids).toHaveLength(3);
  expect(consensus).toHaveLength(6);
  return score(input).ranking.map((r) => ({ total: r.total, name: bids.find((b) => b.id === r.id)!.name }));
}

test("the closed competition goes from opening to a concluded contract, and the protocol tells it", async ({ page }) => {
  // Eleven pages and four users: longer than test.slow()'s 3 minutes on a loaded machine.
  test.setTimeout(8 * 60_000);
  const tender = (await client.query<{ id: string; reference: string; status: string }>(`SELECT id, reference, status FROM "Tender" WHERE title = $1`, [JOURNEY_TENDER_TITLE])).rows[0]!;
  expect(tender.status, "the seeded competition must still be unopened (opening.spec.ts opens it too)").toBe("ANNOUNCED");
  const tenderPath = `/anskaffelser/${tender.id}`;

  // 1. Opening by two people.
  await signIn(page, OFFICER);
  await page.goto(tenderPath);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Åpning av tilbud" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Be om åpning" }).click();
  await expect(page.getByText("Du ba selv om åpningen.", { exact: false })).toBeVisible();
  const openingUrl = page.url();
  await signIn(page, SECOND_OFFICER);
  await page.goto(openingUrl);
  await page.getByRole("button", { name: "Bekreft og åpne" }).click();
  const record = page.getByRole("region", { name: "Åpningsprotokoll" }).first();
  await expect(record).toContainText("Sofie Dahl");
  await expectAccessible(page);

  // 2. The officer qualifies all three bids.
  await signIn(page, OFFICER);
  for (const supplier of SUPPLIERS) {
    await page.goto(openingUrl);
    await page.getByRole("region", { name: "Åpningsprotokoll" }).first().getByRole("row").filter({ hasText: supplier }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: `Kvalifisering – ${supplier}` })).toBeVisible();
    const met = page.getByRole("radio", { name: "Oppfylt", exact: true });
    await expect(met).toHaveCount(2);
    for (let i = 0; i < 2; i += 1) await met.nth(i).check();
    await page.getByRole("button", { name: "Lagre vurderingen" }).click();
    await expect(page.getByText("Kvalifisert", { exact: true })).toBeVisible();
    if (supplier === SUPPLIERS[0]) await expectAccessible(page);
  }
  await expect.poll(async () => (await client.query(`SELECT status FROM "Tender" WHERE id = $1`, [tender.id])).rows[0].status).toBe("EVALUATION");

  // 3. The panel: two Oslo evaluators, Kari Nordby chairs.
  await page.goto(`${tenderPath}/nemnd`);
  await expect(page.getByRole("heading", { level: 1, name: `Evalueringsnemnd for ${tender.reference}` })).toBeVisible();
  await page.getByRole("checkbox", { name: /Kari Nordby/ }).check();
  await page.getByRole("checkbox", { name: /Ahmed Rashid/ }).check();
  await page.getByRole("radio", { name: "Kari Nordby" }).check();
  await page.getByRole("button", { name: "Oppnevn nemnda" }).click();
  await expect(page.getByText("Nemnda er oppnevnt.")).toBeVisible();
  await expect(page.locator(`[data-member="${CHAIR.email}"]`)).toContainText("Leder");
  await expectAccessible(page);

  // 4. Both evaluators declare impartiality and score with justifications.
  for (const [who, user] of [["chair", CHAIR], ["member", MEMBER]] as const) {
    await signIn(page, user, /\/anskaffelser$/);
    await page.goto(`${tenderPath}/erklaering`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Signer erklæringen" }).click();
    await expect(page.getByText(/Du erklærte deg habil \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
    await page.goto(`${tenderPath}/poeng`);
    await expect(page.getByRole("heading", { level: 1, name: `Min poenggivning for ${tender.reference}` })).toBeVisible();
    await fillScores(page, "scores", SCORES[who], `Begrunnelse fra ${user.name}: besvarelsen er konkret.`);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Lever mine poeng" }).click();
    // The sheet re-renders as submitted (its form remounts below the notice).
    await expect(page.getByText(/Du leverte poengene dine \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
  }

  // 5. The chair sets consensus from the suggested means.
  await signIn(page, CHAIR);
  await page.goto(`${tenderPath}/konsensus`);
  await expect(page.getByRole("heading", { level: 1, name: `Konsensus for ${tender.reference}` })).toBeVisible();
  await expect(page.locator("#consensus-0-score")).toHaveValue("7.5");
  await fillScores(page, "consensus", null, "Nemnda samlet seg om gjennomsnittet.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Lagre konsensus" }).click();
  await expect(page.getByText("Konsensus er lagret.")).toBeVisible();

  // 6. The officer checks the result against lib/scoring and proposes the award.
  await signIn(page, OFFICER);
  await page.goto(`${tenderPath}/resultat`);
  await expect(page.getByRole("heading", { level: 1, name: `Resultat for ${tender.reference}` })).toBeVisible();
  const expected = await expectedRanking(tender.id);
  const rows = page.locator(`[data-lot="1"] tr[data-total]`);
  await expect(rows).toHaveCount(3);
  for (const [i, r] of expected.entries()) {
    await expect(rows.nth(i)).toHaveAttribute("data-total", r.total);
    await expect(rows.nth(i)).toHaveAttribute("data-bid", r.name);
  }
  const winner = expected[0]!.name;
  await expectAccessible(page);
  await page.getByLabel("Begrunnelse for forslaget, delkontrakt 1").fill("Beste forhold mellom pris og kvalitet.");
  await page.getByRole("button", { name: "Foreslå tildeling" }).click();
  // The proposal form gives way to the stored proposals.
  await expect(page.getByText(/Delkontrakt 1, nr\. 1: .* – foreslått av /).first()).toBeVisible();

  // 7. The Oslo manager approves; the letters go out and the standstill starts.
  await signIn(page, MANAGER, /\/historikk$/);
  await page.goto("/anskaffelser/tildelinger");
  await expectAccessible(page);
  await page.getByRole("link", { name: new RegExp(tender.reference) }).click();
  await expect(page.getByRole("table", { name: "Rangering" })).toContainText(winner);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Godkjenn tildelingen" }).click();
  await expect(page.getByText("Tildelingen er godkjent")).toBeVisible();
  const standstillOf = async () => (await client.query<{ standstillEndsAt: Date }>(`SELECT "standstillEndsAt" FROM "AwardDecision" WHERE "tenderId" = $1 AND status = 'APPROVED' AND "standstillEndsAt" IS NOT NULL`, [tender.id])).rows[0]?.standstillEndsAt;
  await expect.poll(standstillOf, { timeout: 15_000 }).toBeInstanceOf(Date);
  expect((await client.query(`SELECT status FROM "Tender" WHERE id = $1`, [tender.id])).rows[0].status).toBe("STANDSTILL");
  const standstill = (await standstillOf())!;

  // 8. The standstill passes on the test server's clock; the officer concludes the contract.
  const after = new Date(standstill.getTime() + 60 * 60 * 1000);
  expect((await page.request.post("/api/test/clock", { data: { set: after.toISOString() } })).status()).toBe(200);
  const osloDay = (d: Date) => new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", day: "2-digit", month: "2-digit", year: "numeric" }).format(d);
  await signIn(page, OFFICER);
  await page.goto(`${tenderPath}/tildeling`);
  await page.getByLabel("Kontraktsdato").fill(osloDay(after));
  await page.getByLabel("Oppstart").fill(osloDay(new Date(after.getTime() + 14 * 86_400_000)));
  await page.getByRole("button", { name: "Inngå kontrakt" }).click();
  await expect(page.getByText("Kontrakten er inngått.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Kontrakter" })).toContainText(winner);
  await expectAccessible(page);
  expect((await client.query(`SELECT status FROM "Tender" WHERE id = $1`, [tender.id])).rows[0].status).toBe("CONTRACT_SIGNED");

  // 9. The protocol page and its PDF tell the whole story.
  await page.goto(`${tenderPath}/protokoll`);
  await expect(page.getByRole("heading", { level: 1, name: /Anskaffelsesprotokoll – / })).toBeVisible();
  await expect(page.getByText("Åpning bekreftet av Sofie Dahl; 3 tilbud")).toBeVisible();
  await expectAccessible(page);
  const pdf = await page.request.get(`${tenderPath}/protokoll/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = (await pdfText(await pdf.body())).replace(/\s+/g, " ");
  for (const expectedText of [tender.reference, "Sofie Dahl", "Kari Nordby", "Ahmed Rashid", "Hanne Berg", winner]) expect(text).toContain(expectedText);
  // The sections of their own for the evaluation run, the letters with the standstill (and complaints: none here).
  await expect(page.getByRole("heading", { level: 2, name: "Evalueringsberegninger, resultat og følsomhet" })).toBeVisible();
  for (const expectedText of ["Evalueringsberegninger, resultat og følsomhet", "Beregning (konsensus endret)", "Tildelingsbrev sendt til 3 tilbydere", "Karenstid til og med", "Klager og midlertidige forføyninger"]) {
    expect(text, expectedText).toContain(expectedText);
  }
});
