import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";
import pg from "pg";

import { score, type ScoringInput } from "../../lib/scoring";
import { testDatabaseFile } from "../../scripts/start/test-database-file";
import { demoUser, expectAccessible, login } from "./helpers";

/*
 * Issue 11, points 4–8 (first half) in the browser: the officer appoints the panel, two evaluators declare and score,
 * the chair sets consensus, the officer reads the result (checked against lib/scoring) and proposes the award.
 * The seeded Vestland competition in EVALUATION (2026/0104) is reset to an empty panel first, by direct writes,
 * since the opening commands (another branch) put tenders into EVALUATION.
 */
test.describe.configure({ mode: "serial" });

const OFFICER = demoUser("OFFICER", "innkjoper.vestland@nav.no");
const CHAIR = demoUser("EVALUATOR", "fagperson.vestland@nav.no");
const MEMBER = demoUser("EVALUATOR", "fagperson2.vestland@nav.no");
let tenderId = "";
let client: pg.Client;

async function shoot(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/evaluation-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.beforeAll(async () => {
  const url = (await readFile(testDatabaseFile(Number(process.env.E2E_PORT ?? 3100)), "utf8")).trim();
  client = new pg.Client({ connectionString: url });
  await client.connect();
  tenderId = (await client.query<{ id: string }>(`SELECT id FROM "Tender" WHERE reference = '2026/0104'`)).rows[0]!.id;
  await client.query(`DELETE FROM "AwardDecision" WHERE "tenderId" = $1`, [tenderId]);
  await client.query(`DELETE FROM "EvaluationRun" WHERE "tenderId" = $1`, [tenderId]);
  await client.query(`DELETE FROM "EvaluationScore" WHERE "bidId" IN (SELECT id FROM "Bid" WHERE "tenderId" = $1)`, [tenderId]);
  await client.query(`DELETE FROM "PanelMember" WHERE "tenderId" = $1`, [tenderId]);
  await client.query(`UPDATE "Bid" SET status = 'QUALIFIED' WHERE "tenderId" = $1 AND status = 'EVALUATED'`, [tenderId]);
  await client.query(`UPDATE "Tender" SET status = 'EVALUATION' WHERE id = $1`, [tenderId]);
});

test.afterAll(async () => {
  await client?.end();
});

/** Logs in and waits for the officer area, so the session exists before the next navigation. */
async function signIn(page: Page, user: { email: string; password: string }) {
  await login(page, user.email, user.password);
  await expect(page).toHaveURL(/\/anskaffelser$/);
}

async function fillScores(page: Page, prefix: "scores" | "consensus", value: (i: number) => string | null, justification: string) {
  const fields = page.locator(`input[id^="${prefix}-"][id$="-score"]`);
  const count = await fields.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const v = value(i);
    if (v !== null) await page.locator(`#${prefix}-${i}-score`).fill(v);
    await page.locator(`#${prefix}-${i}-justification`).fill(justification);
  }
  return count;
}

test("the officer appoints the panel with a chair", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto(`/anskaffelser/${tenderId}`);
  await page.getByRole("navigation", { name: "Evaluering" }).getByRole("link", { name: "Evalueringsnemnd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evalueringsnemnd for 2026/0104" })).toBeVisible();
  await page.getByRole("checkbox", { name: /Silje Brekke/ }).check();
  await page.getByRole("checkbox", { name: /Jonas Hauge/ }).check();
  await page.getByRole("radio", { name: "Silje Brekke" }).check();
  await page.getByRole("button", { name: "Oppnevn nemnda" }).click();
  await expect(page.getByText("Nemnda er oppnevnt.")).toBeVisible();
  await page.reload();
  await expect(page.locator(`[data-member="${CHAIR.email}"]`)).toContainText("Leder");
  await expectAccessible(page);
  await shoot(page, "panel-nb");
});

for (const [who, user] of [["chair", CHAIR], ["member", MEMBER]] as const) {
  test(`${who} declares and scores; others' scores appear only after submitting`, async ({ page }) => {
    await signIn(page, user);
    await page.goto(`/anskaffelser/${tenderId}/poeng`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    // No declaration yet: no bid content.
    await expect(page.getByText(/Tilbyderens besvarelse/)).toHaveCount(0);
    await page.goto(`/anskaffelser/${tenderId}/erklaering`);
    await expect(page.getByRole("table", { name: undefined }).getByRole("row")).toHaveCount(4);
    if (who === "chair") {
      await expectAccessible(page);
      await shoot(page, "declaration-nb");
    }
    await page.getByRole("button", { name: "Signer erklæringen" }).click();
    // The page re-renders from the stored declaration: the form gives way to its notice.
    await expect(page.getByText(/Du erklærte deg habil \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
    await page.goto(`/anskaffelser/${tenderId}/poeng`);
    await expect(page.getByRole("heading", { level: 1, name: "Min poenggivning for 2026/0104" })).toBeVisible();
    await fillScores(page, "scores", (i) => (who === "chair" ? (i === 1 ? "9" : "7") : i === 1 ? "4" : "8"), "Konkret og godt begrunnet besvarelse.");
    if (who === "chair") {
      await expectAccessible(page);
      await shoot(page, "scoring-nb");
    }
    await page.getByRole("button", { name: "Lever mine poeng" }).click();
    // The sheet re-renders as submitted (its form remounts below the notice).
    await expect(page.getByText(/Du leverte poengene dine \d{2}\.\d{2}\.\d{4}/)).toBeVisible();
    await page.reload();
    const others = page.getByRole("region", { name: "De andre medlemmenes poeng" });
    if (who === "chair") await expect(page.getByText("Ingen andre har levert ennå.")).toBeVisible();
    else await expect(others.getByRole("row")).toHaveCount(16);
  });
}

test("the chair sets consensus from the suggested means; a deviation over 2 points is flagged", async ({ page }) => {
  await signIn(page, CHAIR);
  await page.goto(`/anskaffelser/${tenderId}/konsensus`);
  await expect(page.getByRole("heading", { level: 1, name: "Konsensus for 2026/0104" })).toBeVisible();
  await expect(page.getByText("Avvik over 2 poeng")).toHaveCount(1);
  await expect(page.locator("#consensus-0-score")).toHaveValue("7.5");
  await expect(page.locator("#consensus-1-score")).toHaveValue("6.5");
  await fillScores(page, "consensus", () => null, "Nemnda samlet seg om gjennomsnittet.");
  await expectAccessible(page);
  await shoot(page, "consensus-nb");
  await page.getByRole("button", { name: "Lagre konsensus" }).click();
  await expect(page.getByText("Konsensus er lagret.")).toBeVisible();
});

test("the result's numbers are lib/scoring's, and the officer proposes the award", async ({ page }) => {
  await signIn(page, OFFICER);
  await page.goto(`/anskaffelser/${tenderId}/resultat`);
  await expect(page.getByRole("heading", { level: 1, name: "Resultat for 2026/0104" })).toBeVisible();
  // The same input from the stored rows, through lib/scoring, must give the totals on the page.
  const tender = (await client.query(`SELECT "maxPoints", "priceModel", "qualityMode", "tieBreak" FROM "Tender" WHERE id = $1`, [tenderId])).rows[0];
  const criteria = (await client.query<{ id: string; kind: string; weight: string }>(`SELECT id, kind, weight::text FROM "AwardCriterion" c WHERE "tenderId" = $1 AND NOT EXISTS (SELECT 1 FROM "AwardCriterion" k WHERE k."parentId" = c.id)`, [tenderId])).rows;
  const lots = (await client.query<{ id: string; number: number }>(`SELECT id, number FROM "Lot" WHERE "tenderId" = $1 ORDER BY number`, [tenderId])).rows;
  for (const lot of lots) {
    const bids = (await client.query<{ id: string; price: string; name: string }>(`SELECT b.id, (b."priceOre"::numeric / 100)::text AS price, s.name FROM "Bid" b JOIN "Supplier" s ON s.id = b."supplierId" WHERE b."lotId" = $1 AND b.status = 'QUALIFIED'`, [lot.id])).rows;
    const consensus = (await client.query<{ bidId: string; criterionId: string; score: string }>(`SELECT "bidId", "criterionId", score::text FROM "EvaluationScore" WHERE stage = 'CONSENSUS' AND "bidId" = ANY($1)`, [bids.map((b) => b.id)])).rows;
    const input: ScoringInput = {
      maxPoints: tender.maxPoints, priceModel: tender.priceModel, qualityMode: tender.qualityMode === "RELATIVE" ? "relative" : "absolute",
      tieBreak: ({ NONE: "none", LOWEST_PRICE: "lowest-price", HIGHEST_QUALITY: "highest-quality" } as const)[tender.tieBreak as "NONE"],
      criteria: criteria.map((c) => ({ id: c.id, kind: c.kind === "PRICE" ? ("price" as const) : ("quality" as const), weight: Number(c.weight) })),
      bids: bids.map((b) => ({ id: b.id, price: b.price, quality: Object.fromEntries(consensus.filter((s) => s.bidId === b.id).map((s) => [s.criterionId, s.score.replace(/\.?0+$/, "")])) })),
    };
    const expected = score(input).ranking;
    const section = page.locator(`[data-lot="${lot.number}"]`);
    const rows = section.locator("tr[data-total]");
    await expect(rows).toHaveCount(expected.length);
    for (const [i, r] of expected.entries()) {
      await expect(rows.nth(i)).toHaveAttribute("data-total", r.total);
      await expect(rows.nth(i)).toHaveAttribute("data-bid", bids.find((b) => b.id === r.id)!.name);
    }
  }
  await expect(page.getByText(/Vinneren endres hvis vekten på Pris går fra 40 % til|Ingen vekt på Pris mellom 0 og 100 %/).first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "result-nb");
  await page.getByRole("button", { name: "Språk: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Result for 2026/0104" })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "result-en");
  await page.getByRole("button", { name: /^Language: / }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resultat for 2026/0104" })).toBeVisible();
  await page.getByLabel("Begrunnelse for forslaget, delkontrakt 1").fill("Beste forhold mellom pris og kvalitet.");
  await page.getByLabel("Begrunnelse for forslaget, delkontrakt 2").fill("Beste forhold mellom pris og kvalitet.");
  await page.getByRole("button", { name: "Foreslå tildeling" }).click();
  // The proposal form gives way to the stored proposals.
  await expect(page.getByText(/Delkontrakt 1, nr\. 1: .* – foreslått av /).first()).toBeVisible();
  expect((await client.query(`SELECT status FROM "Tender" WHERE id = $1`, [tenderId])).rows[0].status).toBe("AWARD_PROPOSED");
  expect((await client.query(`SELECT count(*)::int AS n FROM "AwardDecision" WHERE "tenderId" = $1 AND status = 'PROPOSED'`, [tenderId])).rows[0].n).toBe(2);
});
