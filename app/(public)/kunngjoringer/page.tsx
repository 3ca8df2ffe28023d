import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { readNoticeList } from "@/app/_lib/notice-list-read";
import { NoticeList } from "@/components/tenders/notice-list";
import { getClock } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const generateMetadata = titled("listing.title");

/** Every announced competition open for bids, filterable by region, measure, reservation and deadline. No log-in. */
export default async function NoticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [list, { locale, t }] = await Promise.all([readNoticeList(await searchParams), getTranslator()]);
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("listing.title")}
        </Heading>
        <BodyLong>{t("listing.intro")}</BodyLong>
      </div>
      <NoticeList {...list} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
