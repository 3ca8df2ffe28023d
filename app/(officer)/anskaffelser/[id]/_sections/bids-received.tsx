import { BodyShort } from "@navikt/ds-react";

import { read } from "@/app/_lib/read";
import { StepPanel } from "@/components/tenders/step-panel";
import { countReceivedBids } from "@/lib/bids/queries/received-count";
import { getTranslator } from "@/lib/i18n/server";

/** The officer page's bid count while bids are sealed: how many, never what or from whom. */
export async function BidsReceivedPanel({ tenderId }: { tenderId: string }) {
  const { t } = await getTranslator();
  const count = await read(countReceivedBids, { tenderId });
  return (
    <StepPanel id="bids-received" title={t("bids.received.title")} intro={t("bids.received.intro")}>
      <BodyShort data-bid-count="">{t("bids.received.count", { organisations: count.organisations, lots: count.lotBids })}</BodyShort>
    </StepPanel>
  );
}
