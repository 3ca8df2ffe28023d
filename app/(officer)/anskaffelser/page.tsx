import { titled } from "@/app/_lib/metadata";
import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import { requireArea } from "@/lib/auth/guard";
import { read } from "@/app/_lib/read";
import { getTranslator } from "@/lib/i18n/server";
import { listTendersInScope } from "@/lib/tenders/queries/list-tenders-in-scope";
import { formatOsloDateTime } from "@/lib/time";

export const generateMetadata = titled("officer.title");

export default async function OfficerHomePage() {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const tenders = await read(listTendersInScope);
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {t("officer.title")}
      </Heading>
      <BodyLong>{t("officer.intro")}</BodyLong>
      <SimpleTable
        caption={t("officer.title")}
        columns={[t("officer.title_col"), t("home.reference"), t("officer.status"), t("officer.region"), t("officer.deadline"), t("officer.bids")]}
        emptyText={t("officer.empty")}
        rows={tenders.map((tender) => ({
          key: tender.id,
          cells: [
            tender.title,
            tender.reference,
            t(`tenderStatus.${tender.status}`),
            tender.region.name,
            tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "",
            tender._count.bids,
          ],
        }))}
      />
    </VStack>
  );
}
