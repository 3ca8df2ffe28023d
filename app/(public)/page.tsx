import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";

import { SimpleTable } from "@/components/common/simple-table";
import { getClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";
import { listAnnouncedTenders } from "@/lib/tenders/queries/list-announced-tenders";
import { formatOslo } from "@/lib/time";

export default async function HomePage() {
  const { locale, t } = await getTranslator();
  const tenders = await listAnnouncedTenders(db, getClock().now());
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="xlarge" spacing>
          {t("home.title")}
        </Heading>
        <BodyLong>{t("home.intro")}</BodyLong>
      </div>
      <section aria-labelledby="open-tenders">
        <Heading level="2" size="medium" spacing id="open-tenders">
          {t("home.openTenders")}
        </Heading>
        <SimpleTable
          caption={t("home.openTenders")}
          columns={[t("officer.title_col"), t("home.reference"), t("home.measure"), t("home.region"), t("home.deadline")]}
          emptyText={t("home.noOpenTenders")}
          rows={tenders.map((tender) => ({
            key: tender.id,
            cells: [
              tender.title,
              tender.reference,
              locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb,
              tender.region.name,
              tender.deadline ? formatOslo(tender.deadline) : "",
            ],
          }))}
        />
      </section>
      <AppLink href="/start">
        {t("home.loginCta")}
      </AppLink>
    </VStack>
  );
}
