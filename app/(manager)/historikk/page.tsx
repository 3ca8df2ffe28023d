import { titled } from "@/app/_lib/metadata";
import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import { requireArea } from "@/lib/auth/guard";
import { regionScope } from "@/lib/auth/policy";
import { read } from "@/app/_lib/read";
import { listAwards } from "@/lib/history/queries/list-awards";
import { listHistoryRegions } from "@/lib/history/queries/list-history-regions";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDate } from "@/lib/time";

export const generateMetadata = titled("manager.title");

export default async function ManagerHomePage() {
  const actor = await requireArea("manager");
  const { locale, t } = await getTranslator();
  const scope = regionScope(actor, "MANAGER");
  const [awards, regions] = await Promise.all([read(listAwards), scope === "national" ? [] : read(listHistoryRegions)]);
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">
        {t("manager.title")}
      </Heading>
      <BodyLong>{t("manager.intro", { scope: scope === "national" ? t("manager.national") : regions.map((r) => r.name).join(", ") })}</BodyLong>
      <SimpleTable
        caption={t("manager.title")}
        columns={[t("manager.tender"), t("home.region"), t("manager.winner"), t("manager.supplierKind"), t("manager.decidedAt")]}
        emptyText={t("manager.empty")}
        rows={awards.map((award) => ({
          key: award.id,
          cells: [
            `${award.tender.title} – ${award.lot.title}`,
            award.tender.region.name,
            award.winningBid.supplier.name,
            t(`supplierKind.${award.winningBid.supplier.kind}`),
            award.approvedAt ? formatOsloDate(award.approvedAt, locale) : "",
          ],
        }))}
      />
    </VStack>
  );
}
