import { Heading, VStack } from "@navikt/ds-react";
import { AppLink } from "@/components/common/app-link";
import type { Metadata } from "next";

import { SimpleTable } from "@/components/common/simple-table";
import { formatOrgnr, listSuppliersForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.suppliers") };
}

export default async function AdminSuppliersPage() {
  await requireArea("admin", "/admin/leverandorer");
  const { t } = await getTranslator();
  const suppliers = await listSuppliersForAdmin(db);
  return (
    <VStack gap="space-24">
      <AppLink href="/admin">
        {t("admin.back")}
      </AppLink>
      <Heading level="1" size="large">
        {t("admin.suppliers")}
      </Heading>
      <SimpleTable
        caption={t("admin.suppliers")}
        columns={[t("admin.name"), t("admin.orgnr"), t("admin.kind"), t("admin.ownerMunicipality"), t("admin.verified")]}
        emptyText={t("admin.empty")}
        rows={suppliers.map((supplier) => {
          const verified = [
            supplier.verifiedWorkInclusion ? t("supplierKind.WORK_INCLUSION_ENTERPRISE") : null,
            supplier.verifiedIdeal ? t("supplierKind.IDEAL") : null,
          ].filter((label) => label !== null);
          return {
            key: supplier.id,
            cells: [
              supplier.name,
              <span key="orgnr" style={{ whiteSpace: "nowrap" }}>
                {formatOrgnr(supplier.orgnr)}
              </span>,
              t(`supplierKind.${supplier.kind}`),
              supplier.ownerMunicipality?.name ?? "–",
              verified.length > 0 ? verified.join(", ") : t("admin.notVerified"),
            ],
          };
        })}
      />
    </VStack>
  );
}
