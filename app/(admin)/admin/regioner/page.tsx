import { read } from "@/app/_lib/read";
import { titled } from "@/app/_lib/metadata";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { listRegionsForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";
import { AppLink } from "@/components/common/app-link";
import { adminRegion } from "@/lib/routes";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("admin.regions");

export default async function AdminRegionsPage() {
  await requireArea("admin");
  const { t } = await getTranslator();
  const regions = await read(listRegionsForAdmin);
  return (
    <AdminListPage
      title={t("admin.regions")}
      backLabel={t("admin.back")}
      table={{
        columns: [t("admin.code"), t("admin.name"), t("admin.seat"), t("admin.municipalities"), t("admin.regionPage.draftApprovalColumn")],
        emptyText: t("admin.empty"),
        rows: regions.map((region) => ({
          key: region.id,
          cells: [
            region.code,
            <AppLink key="name" href={adminRegion(region.id)}>
              {region.name}
            </AppLink>,
            region.seat,
            region._count.municipalities,
            t(`admin.regionPage.approval.${region.draftApproval}`),
          ],
        })),
      }}
    />
  );
}
