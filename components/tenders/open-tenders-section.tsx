import { Heading } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import type { Locale, Translate } from "@/lib/i18n";
import type { listAnnouncedTenders } from "@/lib/tenders/queries/list-announced-tenders";
import { formatOsloDateTime } from "@/lib/time";
import { publicNotice } from "@/lib/routes";
import { AppLink } from "@/components/common/app-link";

type AnnouncedTender = Awaited<ReturnType<typeof listAnnouncedTenders.load>>[number];

/** The public notices: competitions open for bids, soonest deadline first (the front page; the portal home filters them with NoticeList). */
export function OpenTendersSection({ tenders, heading, locale, t, hrefFor = publicNotice }: { tenders: AnnouncedTender[]; heading: string; locale: Locale; t: Translate; hrefFor?: (id: string) => string }) {
  return (
    <section aria-labelledby="open-tenders">
      <Heading level="2" size="medium" spacing id="open-tenders">
        {heading}
      </Heading>
      <SimpleTable
        caption={heading}
        columns={[t("officer.title_col"), t("home.reference"), t("home.measure"), t("home.region"), t("home.deadline")]}
        emptyText={t("home.noOpenTenders")}
        rows={tenders.map((tender) => ({
          key: tender.id,
          cells: [
            <AppLink key="title" href={hrefFor(tender.id)}>
              {tender.title}
            </AppLink>,
            tender.reference,
            locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb,
            tender.region.name,
            tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "",
          ],
        }))}
      />
    </section>
  );
}
