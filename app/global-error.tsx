"use client";

import { createTranslator } from "@/lib/i18n";

/** Last resort when the root layout itself fails; kept free of Aksel so it always renders. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const t = createTranslator("nb");
  return (
    <html lang="nb">
      <body>
        <main>
          <h1>{t("errors.title")}</h1>
          <p>{t("errors.generic", { eventId: error.digest ?? "-" })}</p>
        </main>
      </body>
    </html>
  );
}
