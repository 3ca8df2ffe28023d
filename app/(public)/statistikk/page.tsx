import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { notFound } from "next/navigation";

import { titled } from "@/app/_lib/metadata";
import { read, readFiltered } from "@/app/_lib/read";
import { AnalyticsFilter } from "@/components/analytics/analytics-filter";
import { DashboardView } from "@/components/analytics/dashboard-view";
import { AppLink } from "@/components/common/app-link";
import { getPublicStatistics } from "@/lib/analytics/queries/public-statistics";
import { getTranslator } from "@/lib/i18n/server";
import { ROUTES } from "@/lib/routes";
import { listPublicRegions } from "@/lib/tenders/queries/draft-options";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("analytics.publicTitle");

/** Public statistics (no log-in): the dashboard's aggregates for the country or a region, and a pointer to the open data. */
export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (name: string) => [params[name]].flat()[0];
  const values = { region: first("region"), from: first("from"), to: first("to") };
  const { locale, t } = await getTranslator();
  const [result, regions] = await Promise.all([readFiltered(getPublicStatistics, values), read(listPublicRegions)]);
  if (result.ok && result.data === null) notFound();
  const dashboard = result.ok ? result.data : null;
  const scope = regions.find((region) => region.code === values.region)?.name ?? t("analytics.national");
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("analytics.publicTitle")}
        </Heading>
        {dashboard && <BodyLong spacing>{t("analytics.publicIntro", { scope, from: dashboard.period.fromDay, to: dashboard.period.toDay })}</BodyLong>}
        <BodyLong>
          {t("analytics.openDataText")} <AppLink href={ROUTES.ocdsReleases}>{t("analytics.openData")}</AppLink>
        </BodyLong>
      </div>
      <AnalyticsFilter action={ROUTES.statistics} values={values} regions={regions} national fieldErrors={result.ok ? {} : result.fieldErrors} t={t} />
      {dashboard && <DashboardView dashboard={dashboard} locale={locale} t={t} />}
    </VStack>
  );
}
