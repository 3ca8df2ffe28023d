import { titled } from "@/app/_lib/metadata";
import { BodyLong, HStack, Heading, VStack } from "@navikt/ds-react";

import { OpenTendersSection } from "@/components/tenders/open-tenders-section";
import { MyQuestionsSection } from "@/components/tenders/my-questions-section";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { read } from "@/app/_lib/read";
import { listOwnBidOverview } from "@/lib/bids/queries/own-bids";
import { OwnBidsSection } from "@/components/bids/own-bids-section";
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
  const actor = await requireArea("supplier");
  const { locale, t } = await getTranslator();
  const [suppliers, bids, tenders, questions] = await Promise.all([
    read(listOwnSuppliers),
    read(listOwnBidOverview),
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
        <HStack gap="space-16">
          <AppLink href={ROUTES.portalOrganisation}>{t("suppliers.organisation.portalLink")}</AppLink>
          {suppliers.some((supplier) => can(actor, "supplier.admin", { supplierId: supplier.id })) && <AppLink href={ROUTES.portalApiTokens}>{t("api.tokens.title")}</AppLink>}
        </HStack>
      </div>
      <OwnBidsSection rows={bids} now={getClock().now()} locale={locale} t={t} />
      <OpenTendersSection tenders={tenders} heading={t("supplier.openTenders")} locale={locale} t={t} hrefFor={portalTender} />
      <MyQuestionsSection questions={questions} locale={locale} t={t} />
      <OpenDialoguesSection dialogues={(await read(listPublishedDialogues, { open: true, pageSize: 100 })).items} href={portalDialogue} now={getClock().now()} locale={locale} t={t} />
    </VStack>
  );
}
