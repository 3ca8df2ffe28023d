import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read, readFiltered } from "@/app/_lib/read";
import { AnalyticsFilter } from "@/components/analytics/analytics-filter";
import { DashboardView } from "@/components/analytics/dashboard-view";
import { AppLink } from "@/components/common/app-link";
import { getDashboard, listAnalyticsRegions } from "@/lib/analytics/queries/dashboard";
import { requireArea } from "@/lib/auth/guard";
import { regionScope } from "@/lib/auth/policy";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("analytics.title");

/**
 * The manager's dashboard for a region or the whole country and a period, all in the URL. A regional manager
 * starts in (and may only choose) their own region; the query's policy refuses anything else.
 */
export default async function AnalyticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireArea("manager");
  const params = await searchParams;
  const first = (name: string) => [params[name]].flat()[0];
  const { locale, t } = await getTranslator();
  const regions = await read(listAnalyticsRegions);
  const national = regionScope(actor, "MANAGER") === "national";
  const values = { region: first("region") ?? (national ? undefined : regions[0]?.code), from: first("from"), to: first("to") };
  const result = await readFiltered(getDashboard, values);
  const dashboard = result.ok ? result.data : null;
  const scope = regions.find((region) => region.code === values.region)?.name ?? t("analytics.national");
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("analytics.title")}
        </Heading>
        {dashboard && <BodyLong>{t("analytics.intro", { scope, from: dashboard.period.fromDay, to: dashboard.period.toDay })}</BodyLong>}
        <AppLink href={ROUTES.history}>{t("manager.title")}</AppLink>
      </div>
      <AnalyticsFilter action={ROUTES.analytics} values={values} regions={regions} national={national} fieldErrors={result.ok ? {} : result.fieldErrors} t={t} />
      {dashboard && <DashboardView dashboard={dashboard} locale={locale} t={t} />}
    </VStack>
  );
}
