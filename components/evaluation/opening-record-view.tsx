import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { ReactNode } from "react";

import { FactList } from "@/components/admin/fact-list";
import { SimpleTable } from "@/components/common/simple-table";
import type { Translate } from "@/lib/i18n";
import type { OpeningRecord } from "@/lib/evaluation/opening/record";
import { formatNok } from "@/lib/money";
import { formatOsloDateTime } from "@/lib/time";

/**
 * The stored opening record (officer page and portal alike): who opened and confirmed, when, and every bid with its
 * lot, evaluated price and the receipt time of its latest version; withdrawn bids listed too. `extra` adds a column
 * (the officer's qualification status and link).
 */
export function OpeningRecordView({ record, t, locale, extra }: { record: OpeningRecord; t: Translate; locale: "nb" | "en"; extra?: { title: string; cell: (bidId: string) => ReactNode } }) {
  const at = (iso: string | null) => (iso ? formatOsloDateTime(new Date(iso), locale) : "–");
  const columns = ["supplier", "orgnr", "lot", "price", "receivedAt", "status"].map((key) => t(`opening.columns.${key}`));
  return (
    <VStack as="section" aria-labelledby="opening-record" gap="space-12">
      <Heading id="opening-record" level="2" size="medium">
        {t("opening.recordTitle")}
      </Heading>
      <BodyShort textColor="subtle">{t("opening.recordIntro")}</BodyShort>
      <FactList
        items={[
          { term: t("opening.openedAt"), value: <BodyShort>{at(record.openedAt)}</BodyShort> },
          { term: t("opening.requestedBy"), value: <BodyShort>{`${record.requestedBy.name} (${at(record.requestedBy.at)})`}</BodyShort> },
          { term: t("opening.confirmedBy"), value: <BodyShort>{record.confirmedBy ? `${record.confirmedBy.name} (${at(record.confirmedBy.at)})` : t("opening.onePerson")}</BodyShort> },
        ]}
      />
      <SimpleTable
        caption={t("opening.recordTitle")}
        columns={extra ? [...columns, extra.title] : columns}
        emptyText={t("opening.noBids")}
        rows={record.bids.map((bid) => ({
          key: bid.bidId,
          cells: [
            bid.supplierName,
            bid.orgnr,
            t("opening.lotLabel", { number: bid.lotNumber, title: bid.lotTitle }),
            bid.priceOre ? formatNok(BigInt(bid.priceOre), locale) : "–",
            at(bid.receivedAt),
            bid.status === "WITHDRAWN" ? t("opening.recordStatus.WITHDRAWN", { at: at(bid.withdrawnAt) }) : t("opening.recordStatus.OPENED"),
            ...(extra ? [extra.cell(bid.bidId)] : []),
          ],
        }))}
      />
    </VStack>
  );
}
