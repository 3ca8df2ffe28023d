import { read } from "@/app/_lib/read";
import { titled } from "@/app/_lib/metadata";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { listSuppliersForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatOrgnr } from "@/lib/suppliers/orgnr";
import { AppLink } from "@/components/common/app-link";
import { adminSupplier } from "@/lib/routes";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("admin.suppliers");

export default async function AdminSuppliersPage() {
  await requireArea("admin");
  const { t } = await getTranslator();
  const suppliers = await read(listSuppliersForAdmin);
  return (
    <AdminListPage
      title={t("admin.suppliers")}
      backLabel={t("admin.back")}
      table={{
        columns: [t("admin.name"), t("admin.orgnr"), t("admin.kind"), t("admin.ownerMunicipality"), t("admin.verified")],
        emptyText: t("admin.empty"),
        rows: suppliers.map((supplier) => {
          const verified = [
            supplier.verifiedWorkInclusion ? t("supplierKind.WORK_INCLUSION_ENTERPRISE") : null,
            supplier.verifiedIdeal ? t("supplierKind.IDEAL") : null,
          ].filter((label) => label !== null);
          return {
            key: supplier.id,
            cells: [
              <AppLink key="name" href={adminSupplier(supplier.id)}>{supplier.name}</AppLink>,
              <span key="orgnr" className="nowrap">
                {formatOrgnr(supplier.orgnr)}
              </span>,
              t(`supplierKind.${supplier.kind}`),
              supplier.ownerMunicipality?.name ?? "–",
              verified.length > 0 ? verified.join(", ") : t("admin.notVerified"),
            ],
          };
        }),
      }}
    />
  );
}
