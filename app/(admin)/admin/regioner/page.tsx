import { Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";
import type { Metadata } from "next";

import { SimpleTable } from "@/components/common/simple-table";
import { listRegionsForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.regions") };
}

export default async function AdminRegionsPage() {
  await requireArea("admin", "/admin/regioner");
  const { t } = await getTranslator();
  const regions = await listRegionsForAdmin(db);
  return (
    <VStack gap="space-24">
      <AppLink href="/admin">
        {t("admin.back")}
      </AppLink>
      <Heading level="1" size="large">
        {t("admin.regions")}
      </Heading>
      <SimpleTable
        caption={t("admin.regions")}
        columns={[t("admin.code"), t("admin.name"), t("admin.seat"), t("admin.municipalities")]}
        emptyText={t("admin.empty")}
        rows={regions.map((region) => ({
          key: region.id,
          cells: [region.code, region.name, region.seat, region._count.municipalities],
        }))}
      />
    </VStack>
  );
}
