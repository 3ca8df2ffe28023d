import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

import { DEMO_USERS } from "../../prisma/seed/demo-users";

export type DemoRole = (typeof DEMO_USERS)[number]["role"];

/** The first demo user with the role (the seed prints the same list at `npm start`). */
export function demoUser(role: DemoRole, email?: string) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role && (!email || candidate.email === email));
  if (!user) throw new Error(`No demo user with role ${role}`);
  return user;
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

export async function loginAs(page: Page, role: DemoRole, expectedPath: string) {
  const user = demoUser(role);
  await login(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`${expectedPath}$`));
  return user;
}

/** axe (WCAG 2.1 A/AA) finds nothing on the page as it stands. */
export async function expectNoAxeViolations(page: Page, where = "") {
  // Next streams a dynamic page's metadata after its first bytes: wait for the <title> rather than racing it.
  await expect.poll(() => page.title(), { message: "the page has a title" }).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), where).toEqual([]);
}

export async function expectNoSidewaysScroll(page: Page, where = "") {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** axe clean and (unless told otherwise) no sideways scroll, at 1280 and 360 px; leaves the page at 1280. */
export async function expectAccessible(page: Page, { sideways = true } = {}) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `at ${width}px`);
    if (sideways) await expectNoSidewaysScroll(page, `at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
