import { titled } from "@/app/_lib/metadata";
import { BodyLong, Heading, VStack } from "@navikt/ds-react";

import { SimpleTable } from "@/components/common/simple-table";
import { OpenTendersSection } from "@/components/tenders/open-tenders-section";
import { MyQuestionsSection } from "@/components/tenders/my-questions-section";
import { requireArea } from "@/lib/auth/guard";
import { read } from "@/app/_lib/read";
import { listSupplierBids } from "@/lib/bids/queries/list-supplier-bids";
import { getTranslator } from "@/lib/i18n/server";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { listAnnouncedTenders } from "@/lib/tenders/queries/list-announced-tenders";
import { listMyQuestions } from "@/lib/tenders/queries/my-questions";
import { OpenDialoguesSection } from "@/components/dialogues/open-dialogues-section";
import { listPublishedDialogues } from "@/lib/dialogues/queries/published-dialogues";
import { getClock } from "@/lib/clock";
import { portalDialogue, portalTender, ROUTES } from "@/lib/routes";
import { AppLink } from "@/components/common/app-link";

export const generateMetadata = titled("supplier.title");

export default async function SupplierHomePage() {
  await requireArea("supplier");
  const { locale, t } = await getTranslator();
  const [suppliers, bids, tenders, questions] = await Promise.all([
    read(listOwnSuppliers),
    read(listSupplierBids),
    read(listAnnouncedTenders),
    read(listMyQuestions),
  ]);
  return (
    <VStack gap="space-24">
      <div>
        <Heading level="1" size="large" spacing>
          {t("supplier.title")}
        </Heading>
        <BodyLong>{t("supplier.intro", { name: suppliers.map((s) => s.name).join(", ") })}</BodyLong>
        <AppLink href={ROUTES.portalOrganisation}>{t("suppliers.organisation.portalLink")}</AppLink>
      </div>
      <section aria-labelledby="my-bids">
        <Heading level="2" size="medium" spacing id="my-bids">
          {t("supplier.myBids")}
        </Heading>
        <SimpleTable
          caption={t("supplier.myBids")}
          columns={[t("officer.title_col"), t("home.reference"), t("supplier.bidStatus")]}
          emptyText={t("supplier.noBids")}
          rows={bids.map((bid) => ({
            key: bid.id,
            cells: [`${bid.tender.title} – ${bid.lot.title}`, bid.tender.reference, t(`bidStatus.${bid.status}`)],
          }))}
        />
      </section>
      <OpenTendersSection tenders={tenders} heading={t("supplier.openTenders")} locale={locale} t={t} hrefFor={portalTender} />
      <MyQuestionsSection questions={questions} locale={locale} t={t} />
      <OpenDialoguesSection dialogues={(await read(listPublishedDialogues, { open: true, pageSize: 100 })).items} href={portalDialogue} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
