import { Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";
import type { Metadata } from "next";

import { SimpleTable } from "@/components/common/simple-table";
import { listMeasureTypesForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.measureTypes") };
}

export default async function AdminMeasureTypesPage() {
  await requireArea("admin", "/admin/tiltakstyper");
  const { t } = await getTranslator();
  const measureTypes = await listMeasureTypesForAdmin(db);
  return (
    <VStack gap="space-24">
      <AppLink href="/admin">
        {t("admin.back")}
      </AppLink>
      <Heading level="1" size="large">
        {t("admin.measureTypes")}
      </Heading>
      <SimpleTable
        caption={t("admin.measureTypes")}
        columns={[t("admin.code"), t("admin.nameNb"), t("admin.nameEn"), t("admin.acquisition")]}
        emptyText={t("admin.empty")}
        rows={measureTypes.map((measureType) => ({
          key: measureType.id,
          cells: [measureType.code, measureType.nameNb, measureType.nameEn, t(`acquisition.${measureType.acquisition}`)],
        }))}
      />
    </VStack>
  );
}
