import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import { requireArea } from "@/lib/auth/guard";
import { listAwardProposals } from "@/lib/awards/queries/officer-award";
import { officerAward } from "@/lib/awards/routes";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";

export const generateMetadata = titled("awards.approvals.title");

/** The manager's list: award proposals in their scope awaiting a leader's decision, oldest first. */
export default async function AwardApprovalsPage() {
  await requireArea("officer");
  const { locale, t } = await getTranslator();
  const proposals = await read(listAwardProposals);
  return (
    <VStack gap="space-16">
      <Heading level="1" size="large">{t("awards.approvals.title")}</Heading>
      <BodyLong>{t("awards.approvals.intro")}</BodyLong>
      <SimpleTable
        caption={t("awards.approvals.title")}
        columns={[t("awards.approvals.tender"), t("awards.approvals.region"), t("awards.approvals.proposedBy"), t("awards.approvals.proposedAt")]}
        emptyText={t("awards.approvals.empty")}
        rows={proposals.map((tender) => ({
          key: tender.id,
          cells: [
            <AppLink key="link" href={officerAward(tender.id)}>{`${tender.reference} ${tender.title}`}</AppLink>,
            tender.region.name,
            [...new Set(tender.awards.map((a) => a.proposedBy.name))].join(", "),
            tender.awards[0] ? formatOsloDateTime(tender.awards[0].proposedAt, locale) : "",
          ],
        }))}
      />
    </VStack>
  );
}
