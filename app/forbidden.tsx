import { StatusPage } from "@/components/common/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return <StatusPage title={t("errors.forbiddenTitle")} message={t("errors.forbidden")} homeLabel={t("errors.backHome")} />;
}
