"use client";

import { BodyLong, Button, Heading, VStack } from "@navikt/ds-react";

import { createTranslator } from "@/lib/i18n";

/** Rendered for unexpected errors. The digest lets support find the server's log line; no details leak. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = typeof document === "undefined" ? "nb" : document.documentElement.lang;
  const t = createTranslator(lang === "en" ? "en" : "nb");
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {t("errors.title")}
      </Heading>
      <BodyLong>{t("errors.generic", { eventId: error.digest ?? "-" })}</BodyLong>
      <div>
        <Button onClick={reset}>{t("errors.tryAgain")}</Button>
      </div>
    </VStack>
  );
}
