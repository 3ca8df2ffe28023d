import { titled } from "@/app/_lib/metadata";
import { ownAreaLink } from "@/app/_lib/own-area-link";
import { StatusPage } from "@/components/common/status-page";
import { getTranslator } from "@/lib/i18n/server";

export const generateMetadata = titled("errors.notFoundTitle");

export default async function NotFound() {
  const { t } = await getTranslator();
  return <StatusPage title={t("errors.notFoundTitle")} message={t("errors.notFound")} back={await ownAreaLink(t)} />;
}
