import type { Metadata } from "next";

import { getTranslator } from "@/lib/i18n/server";

/** `export const generateMetadata = titled("admin.users")`: a page title in the visitor's language. */
export function titled(key: string): () => Promise<Metadata> {
  return async () => {
    const { t } = await getTranslator();
    return { title: t(key) };
  };
}
