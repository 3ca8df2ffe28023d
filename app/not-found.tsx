import { StatusPage } from "@/components/common/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return <StatusPage title={t("errors.notFoundTitle")} message={t("errors.notFound")} homeLabel={t("errors.backHome")} />;
}
