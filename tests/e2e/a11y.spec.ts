import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations, expectNoSidewaysScroll, loginAs, type DemoRole } from "./helpers";

const WIDTHS = [1280, 360] as const;

/** Visits each page at both widths: axe finds nothing, nothing but a table's own frame scrolls sideways. */
async function checkPages(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${path} at ${width} px`);
      await expectNoSidewaysScroll(page, `${path} at ${width} px`);
      await expect(page.getByRole("banner"), `${path}: one banner`).toHaveCount(1);
    }
  }
}

test("public pages, the 404 page and the log-in page are accessible at 1280 and 360 px", async ({ page }) => {
  await checkPages(page, ["/", "/kunngjoringer", "/kunngjoringer?deadlineBy=31.02.2027", "/login", "/finnes-ikke", "/registrer", "/registrer?orgnr=974760674", "/registrer?orgnr=889640782", "/invitasjon/ukjent-lenke"]);
});

const AREA_PAGES: { role: DemoRole; home: string; paths: string[] }[] = [
  { role: "ADMIN", home: "/admin", paths: ["/admin", "/admin/brukere", "/admin/brukere/ny", "/admin/leverandorer", "/admin/regioner", "/admin/tiltakstyper"] },
  { role: "OFFICER", home: "/anskaffelser", paths: ["/anskaffelser", "/anskaffelser/ny", "/logout"] },
  { role: "SUPPLIER_USER", home: "/portal", paths: ["/portal", "/portal/organisasjon", "/historikk"] },
  { role: "MANAGER", home: "/historikk", paths: ["/historikk", "/varsler", "/varsler/innstillinger"] },
];

for (const area of AREA_PAGES) {
  test(`${area.role}'s pages are accessible at 1280 and 360 px`, async ({ page }) => {
    await loginAs(page, area.role, area.home);
    await checkPages(page, area.paths);
    if (area.role === "ADMIN") {
      await page.goto("/admin/brukere");
      await page.getByRole("link", { name: "Kari Nordby" }).click();
      await checkPages(page, [new URL(page.url()).pathname]);
    }
  });
}

test("in English the pages are accessible too", async ({ page }) => {
  await loginAs(page, "OFFICER", "/anskaffelser");
  await page.getByRole("button", { name: "Språk: English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Procurements" })).toBeVisible();
  await checkPages(page, ["/anskaffelser", "/admin", "/varsler"]);
});
