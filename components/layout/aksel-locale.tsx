"use client";

import { Provider } from "@navikt/ds-react";
import { en, nb } from "@navikt/ds-react/locales";
import type { ReactNode } from "react";

import type { Locale } from "@/lib/i18n";

/** Aksel's own words (character counters, date pickers, close buttons) in the reader's language, app-wide. */
export function AkselLocale({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <Provider locale={locale === "en" ? en : nb}>{children}</Provider>;
}
