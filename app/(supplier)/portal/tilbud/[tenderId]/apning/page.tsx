import { Alert, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { OpeningRecordView } from "@/components/evaluation/opening-record-view";
import { getOpeningForBidder } from "@/lib/evaluation/queries/bidder-opening";
import { portalBid } from "@/lib/bids/routes";
import { getTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ tenderId: string }>;
}

async function load(params: PageProps["params"]) {
  const found = await read(getOpeningForBidder, { tenderId: (await params).tenderId });
  if (found === null) notFound();
  return found;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  return pageTitle(t("opening.portalTitle", { title: (await load(params)).tender.title }));
}

/** The opening record for every organisation that bid (issue 11 § 2), once the bids are opened. */
export default async function PortalOpeningPage({ params }: PageProps) {
  const { locale, t } = await getTranslator();
  const { tender, record } = await load(params);
  return (
    <VStack gap="space-24">
      <AppLink href={portalBid(tender.id)}>{t("bids.form.back")}</AppLink>
      <VStack gap="space-8">
        <BodyShort textColor="subtle">{tender.reference}</BodyShort>
        <Heading level="1" size="large" style={{ overflowWrap: "break-word" }}>
          {t("opening.portalTitle", { title: tender.title })}
        </Heading>
        <BodyShort>{t("opening.portalIntro")}</BodyShort>
      </VStack>
      {record ? <OpeningRecordView record={record} t={t} locale={locale} /> : <Alert variant="info">{t("opening.portalNotOpened")}</Alert>}
    </VStack>
  );
}
