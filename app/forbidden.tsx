import { ownAreaLink } from "@/app/_lib/own-area-link";
import { StatusPage } from "@/components/common/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  const title = t("errors.forbiddenTitle");
  // Refused in an area layout's generateMetadata, so Next renders no <title>: this page gives its own.
  return <StatusPage title={title} message={t("errors.forbidden")} back={await ownAreaLink(t)} documentTitle={t("app.pageTitle", { page: title })} />;
}
