import { BodyLong, Heading, HStack, VStack } from "@navikt/ds-react";

import { titled } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppButtonLink, AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import { requireArea } from "@/lib/auth/guard";
import { readScope } from "@/lib/auth/policy";
import { awardApprovals } from "@/lib/awards/routes";
import { getTranslator } from "@/lib/i18n/server";
import { officerTender, ROUTES } from "@/lib/routes";
import { listTendersInScope } from "@/lib/tenders/queries/list-tenders-in-scope";
import { formatOsloDateTime } from "@/lib/time";
import { getClock } from "@/lib/clock";
import { tenderStatusKey } from "@/lib/tenders/closed";

export const generateMetadata = titled("officer.title");

export default async function OfficerHomePage() {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const tenders = await read(listTendersInScope);
  const now = getClock().now();
  // Evaluators work here too, but only officers start competitions.
  const mayCreate = readScope(actor, "tender.create").length > 0;
  return (
    <VStack gap="space-16">
      <HStack justify="space-between" align="center" gap="space-16">
        <Heading level="1" size="large">
          {t("officer.title")}
        </Heading>
        {mayCreate && <AppButtonLink href={ROUTES.newTender}>{t("tender.newTender")}</AppButtonLink>}
      </HStack>
      <BodyLong>{t("officer.intro")}</BodyLong>
      {readScope(actor, "dialogue.read").length > 0 && <AppLink href={ROUTES.officerDialogues}>{t("dialogue.listTitle")}</AppLink>}
      {actor.memberships.some((m) => m.role === "MANAGER") && <AppLink href={awardApprovals}>{t("awards.approvals.link")}</AppLink>}
      <SimpleTable
        caption={t("officer.title")}
        columns={[t("officer.title_col"), t("home.reference"), t("officer.status"), t("officer.region"), t("officer.deadline"), t("officer.bids")]}
        emptyText={t("officer.empty")}
        rows={tenders.map((tender) => ({
          key: tender.id,
          cells: [
            <AppLink key="title" href={officerTender(tender.id)}>
              {tender.title}
            </AppLink>,
            tender.reference,
            t(tenderStatusKey(tender, now)),
            tender.region.name,
            tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "",
            tender._count.bids,
          ],
        }))}
      />
    </VStack>
  );
}
