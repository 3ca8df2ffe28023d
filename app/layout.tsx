import "@fontsource/source-sans-3/400.css";
import "@fontsource/source-sans-3/600.css";
import "@fontsource/source-sans-3/700.css";
import "@navikt/ds-css/dist/global/tokens.css";
import "@navikt/ds-css/dist/global/reset.css";
import "@navikt/ds-css/dist/global/baseline.css";
import "@navikt/ds-css/dist/global/print.css";
import "@navikt/ds-css/dist/components.css";
import "./styles/app.css";

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { setLocaleAction } from "@/app/actions/locale";
import { shellProps } from "@/app/_lib/shell-props";
import { AkselLocale } from "@/components/layout/aksel-locale";
import { AppShell } from "@/components/layout/app-shell";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  // No title here: each page sets its own (app/_lib/metadata.ts); a default would show beside the 404 page's.
  description: "Anskaffelse av arbeidsmarkedstiltak for Nav fylke",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale } = await getTranslator();
  return (
    <html lang={locale === "nb" ? "nb" : "en"}>
      <body>
        <AkselLocale locale={locale}>
          <AppShell {...await shellProps()} switchLocale={setLocaleAction}>
            {children}
          </AppShell>
        </AkselLocale>
      </body>
    </html>
  );
}
