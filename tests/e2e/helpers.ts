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
