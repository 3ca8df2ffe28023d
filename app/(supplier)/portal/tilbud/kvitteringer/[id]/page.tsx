import { BodyLong, Heading, Link, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { ReceiptView } from "@/components/bids/receipt-view";
import { getReceipt } from "@/lib/bids/queries/receipt";
import { portalBid, portalReceiptFile } from "@/lib/bids/routes";
import { formatBytes } from "@/lib/documents/format";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";

export const generateMetadata = titled("bids.receipt.title");

/** One receipt of the organisation's submissions: shown, and downloadable as JSON. */
export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const receipt = await read(getReceipt, { id: (await params).id });
  const { locale, t } = await getTranslator();
  return (
    <VStack gap="space-24">
      <AppLink href={portalBid(receipt.tender.id, receipt.supplierId)}>{t("bids.receipt.back")}</AppLink>
      <div>
        <Heading level="1" size="large" spacing>{t("bids.receipt.title")}</Heading>
        <BodyLong>{t("bids.receipt.intro")}</BodyLong>
      </div>
      <ReceiptView
        facts={[
          { term: t("bids.receipt.tender"), value: `${receipt.tender.reference} – ${receipt.tender.title}` },
          { term: t("bids.receipt.supplier"), value: `${receipt.supplier.name} (${receipt.supplier.orgnr})` },
          { term: t("bids.receipt.lots"), value: receipt.lots.map((lot) => t("bids.form.lotLabel", { number: lot.number, title: lot.title })).join(", ") },
          { term: t("bids.receipt.version"), value: String(receipt.number) },
          { term: t("bids.receipt.receivedAt"), value: formatOsloDateTime(receipt.submittedAt, locale) },
        ]}
        hashLabel={t("bids.receipt.hash")}
        hash={receipt.contentHash}
        hashHelp={t("bids.receipt.hashHelp")}
        documents={receipt.documents.map((d) => ({ key: d.sha256, filename: d.filename, size: formatBytes(d.sizeBytes, locale), sha256: d.sha256 }))}
        labels={{ documents: t("bids.receipt.documents"), noDocuments: t("bids.receipt.noDocuments"), filename: t("bids.receipt.filename"), size: t("bids.receipt.size") }}
      />
      <div>
        <Link href={portalReceiptFile(receipt.id)} download>{t("bids.receipt.download")}</Link>
      </div>
    </VStack>
  );
}
