import { ownAreaLink } from "@/app/_lib/own-area-link";
import { StatusPage } from "@/components/common/status-page";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  const title = t("errors.notFoundTitle");
  // The page that was not found named no title (its generateMetadata failed the same read), so this one does.
  return <StatusPage title={title} message={t("errors.notFound")} back={await ownAreaLink(t)} documentTitle={t("app.pageTitle", { page: title })} />;
}
