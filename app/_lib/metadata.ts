import type { Metadata } from "next";

import { getTranslator } from "@/lib/i18n/server";

/**
 * `export const generateMetadata = titled("admin.users")`: "Brukere – Tiltaksanbud" in the visitor's language.
 * The root layout sets no default title (Next would render it beside the 404 page's own), so every page names itself.
 */
export function titled(key: string): () => Promise<Metadata> {
  return async () => {
    const { t } = await getTranslator();
    return pageTitle(t(key));
  };
}

/** "<page> – Tiltaksanbud" for a page named by data (a user's name, a tender's title). */
export async function pageTitle(page: string): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { absolute: t("app.pageTitle", { page }) } };
}
