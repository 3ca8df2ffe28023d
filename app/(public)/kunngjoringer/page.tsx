import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read, readFiltered } from "@/app/_lib/read";
import { NoticeList } from "@/components/tenders/notice-list";
import { getClock } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { listMeasureTypes, listPublicRegions } from "@/lib/tenders/queries/draft-options";
import { listPublishedTenders } from "@/lib/tenders/queries/published-tender";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("listing.title");

const FILTERS = ["region", "measureType", "reserved", "deadlineBy"] as const;

/** Every announced competition open for bids, filterable by region, measure, reservation and deadline. No log-in. */
export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const first = (name: string) => [params[name]].flat()[0];
  const filters = Object.fromEntries(FILTERS.map((name) => [name, first(name)]).filter(([, value]) => value !== undefined));
  const { locale, t } = await getTranslator();
  const [result, regions, measureTypes] = await Promise.all([
    readFiltered(listPublishedTenders, { ...filters, page: first("page") ?? "1" }),
    read(listPublicRegions),
    read(listMeasureTypes),
  ]);
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("listing.title")}
        </Heading>
        <BodyLong>{t("listing.intro")}</BodyLong>
      </div>
      <NoticeList filters={filters} result={result} regions={regions} measureTypes={measureTypes} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
