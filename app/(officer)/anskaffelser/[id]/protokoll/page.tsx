import { BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { ProtocolView } from "@/components/evaluation/protocol-view";
import { requireArea } from "@/lib/auth/guard";
import { getClock } from "@/lib/clock";
import { buildProtocol } from "@/lib/evaluation/protocol/build";
import { getProtocolSource } from "@/lib/evaluation/queries/protocol";
import { getTranslator } from "@/lib/i18n/server";
import { officerProtocolPdf, officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const source = await read(getProtocolSource, { id: (await params).id });
  return pageTitle(t("opening.protocol.pageTitle", { title: source.tender.title }));
}

/** Anskaffelsesprotokoll: built from the stored data and the audit trail, in any state; also as a PDF. */
export default async function ProtocolPage({ params }: PageProps) {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const source = await read(getProtocolSource, { id: (await params).id });
  const protocol = buildProtocol(source, t, locale, getClock().now());
  const at = (instant: Date | null) => (instant ? formatOsloDateTime(instant, locale) : "–");
  return (
    <VStack gap="space-24">
      <AppLink href={officerTender(source.tender.id)}>{t("opening.back")}</AppLink>
      <VStack gap="space-8">
        <BodyShort textColor="subtle">{protocol.reference}</BodyShort>
        <Heading level="1" size="large" style={{ overflowWrap: "break-word" }}>
          {protocol.title}
        </Heading>
        <BodyShort>{protocol.generatedAt}</BodyShort>
        <BodyShort style={{ overflowWrap: "anywhere" }} data-chain-head="">
          {protocol.chainHead}
        </BodyShort>
        <BodyShort textColor="subtle" style={{ overflowWrap: "anywhere" }}>
          {protocol.verify}
        </BodyShort>
        <div>
          <AppLink href={officerProtocolPdf(source.tender.id)}>{t("opening.protocol.pdf")}</AppLink>
        </div>
      </VStack>
      <ProtocolView
        sections={protocol.sections.map((section) => ({ ...section, rows: section.entries.map((entry, index) => ({ key: String(index), cells: [at(entry.at), entry.actor ?? t("opening.protocol.system"), entry.text] })) }))}
        labels={{ when: t("opening.protocol.when"), who: t("opening.protocol.who"), what: t("opening.protocol.what"), none: t("opening.protocol.none") }}
      />
    </VStack>
  );
}
