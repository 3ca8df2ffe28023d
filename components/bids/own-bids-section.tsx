import { Heading } from "@navikt/ds-react";

import { AppLink } from "@/components/common/app-link";
import { Countdown } from "@/components/common/countdown";
import { countdownLabels } from "@/components/common/countdown-labels";
import { SimpleTable } from "@/components/common/simple-table";
import { overviewState } from "@/lib/bids/overview";
import type { OwnBidRow } from "@/lib/bids/queries/own-bids";
import { portalBid, portalReceipt } from "@/lib/bids/routes";
import type { Translate } from "@/lib/i18n";
import { formatOsloDateTime } from "@/lib/time";

/** "Våre tilbud" on the portal home: each competition's bid state, its deadline (Oslo) with a countdown, the latest receipt. */
export function OwnBidsSection({ rows, now, locale, t }: { rows: OwnBidRow[]; now: Date; locale: "nb" | "en"; t: Translate }) {
  const labels = countdownLabels(t);
  return (
    <section aria-labelledby="my-bids">
      <Heading level="2" size="medium" spacing id="my-bids">
        {t("bids.home.title")}
      </Heading>
      <SimpleTable
        caption={t("bids.home.title")}
        columns={[t("bids.home.tender"), t("bids.home.state"), t("bids.home.deadline"), t("bids.home.timeLeft"), t("bids.home.receipt")]}
        emptyText={t("bids.home.empty")}
        rows={rows.map((row) => {
          const state = overviewState(row);
          return {
            key: row.key,
            cells: [
              <AppLink key="t" href={portalBid(row.tender.id)}>{`${row.tender.reference} ${row.tender.title}`}</AppLink>,
              state === "OTHER" ? row.lots.map((l) => t(`bidStatus.${l.status}`)).join(", ") : t(`bids.status.${state}`),
              row.tender.deadline ? formatOsloDateTime(row.tender.deadline, locale) : "–",
              row.tender.deadline ? <Countdown key="c" deadline={row.tender.deadline.toISOString()} serverNow={now.toISOString()} labels={labels} /> : "–",
              row.latestReceipt ? <AppLink key="r" href={portalReceipt(row.latestReceipt.id)}>{t("bids.home.receiptLink", { number: row.latestReceipt.number })}</AppLink> : t("bids.home.noReceipt"),
            ],
          };
        })}
      />
    </section>
  );
}
