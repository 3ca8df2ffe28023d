import { titled } from "@/app/_lib/metadata";
import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

import { OpenTendersSection } from "@/components/tenders/open-tenders-section";
import { read } from "@/app/_lib/read";
import { getTranslator } from "@/lib/i18n/server";
import { listAnnouncedTenders } from "@/lib/tenders/queries/list-announced-tenders";
import { ROUTES } from "@/lib/routes";

export const generateMetadata = titled("home.title");

export default async function HomePage() {
  const { locale, t } = await getTranslator();
  const tenders = await read(listAnnouncedTenders);
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("home.title")}
        </Heading>
        <BodyLong>{t("home.intro")}</BodyLong>
      </div>
      <OpenTendersSection tenders={tenders} heading={t("home.openTenders")} locale={locale} t={t} />
      <AppLink href={ROUTES.notices}>{t("listing.all")}</AppLink>
      <AppLink href={ROUTES.dialogues}>{t("dialogue.homeLink")}</AppLink>
      <AppLink href={ROUTES.statistics}>{t("analytics.homeLink")}</AppLink>
      <AppLink href={ROUTES.register}>{t("suppliers.register.homeLink")}</AppLink>
      <AppLink href={ROUTES.start}>
        {t("home.loginCta")}
      </AppLink>
    </VStack>
  );
}
