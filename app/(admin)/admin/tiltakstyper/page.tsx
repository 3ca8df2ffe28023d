import { read } from "@/app/_lib/read";
import { titled } from "@/app/_lib/metadata";
import { AdminListPage } from "@/components/admin/admin-list-page";
import { listMeasureTypesForAdmin } from "@/lib/admin";
import { requireArea } from "@/lib/auth/guard";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("admin.measureTypes");

export default async function AdminMeasureTypesPage() {
  await requireArea("admin");
  const { t } = await getTranslator();
  const measureTypes = await read(listMeasureTypesForAdmin);
  return (
    <AdminListPage
      title={t("admin.measureTypes")}
      backLabel={t("admin.back")}
      table={{
        columns: [t("admin.code"), t("admin.nameNb"), t("admin.nameEn"), t("admin.acquisition")],
        emptyText: t("admin.empty"),
        rows: measureTypes.map((measureType) => ({
          key: measureType.id,
          cells: [measureType.code, measureType.nameNb, measureType.nameEn, t(`acquisition.${measureType.acquisition}`)],
        })),
      }}
    />
  );
}
