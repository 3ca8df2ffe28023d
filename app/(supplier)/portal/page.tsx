import { titled } from "@/app/_lib/metadata";
import { BodyLong, HStack, Heading, VStack } from "@navikt/ds-react";

import { NoticeList } from "@/components/tenders/notice-list";
import { MyQuestionsSection } from "@/components/tenders/my-questions-section";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { read } from "@/app/_lib/read";
import { readNoticeList } from "@/app/_lib/notice-list-read";
import { listOwnBidOverview } from "@/lib/bids/queries/own-bids";
import { listOwnReceiptCounts, listOwnReceipts, receiptTotal } from "@/lib/bids/queries/own-receipts";
import { OwnBidsSection } from "@/components/bids/own-bids-section";
import { ReceiptsSection } from "@/components/bids/receipts-section";
import { getTranslator } from "@/lib/i18n/server";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { listMyQuestions } from "@/lib/tenders/queries/my-questions";
import { OpenDialoguesSection } from "@/components/dialogues/open-dialogues-section";
import { listPublishedDialogues } from "@/lib/dialogues/queries/published-dialogues";
import { getClock } from "@/lib/clock";
import { portalDialogue, portalTender, ROUTES } from "@/lib/routes";
import { AppLink } from "@/components/common/app-link";

export const generateMetadata = titled("supplier.title");

/** The home shows the latest receipts; a big supplier's hundreds are on the receipts page. */
const HOME_RECEIPTS = 5;

/**
 * The supplier's home: the open competitions (the public list's filter, in the URL), the organisation's bids and
 * drafts, its latest receipts, its questions and the open market dialogues.
 */
export default async function SupplierHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireArea("supplier");
  const { locale, t } = await getTranslator();
  const [suppliers, bids, openTenders, receipts, receiptCounts, questions] = await Promise.all([
    read(listOwnSuppliers),
    read(listOwnBidOverview),
    readNoticeList(await searchParams),
    read(listOwnReceipts, { pageSize: HOME_RECEIPTS }),
    read(listOwnReceiptCounts),
    read(listMyQuestions),
  ]);
  const now = getClock().now();
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
      <OwnBidsSection rows={bids} now={now} locale={locale} t={t} />
      <section aria-labelledby="open-tenders">
        <Heading level="2" size="medium" spacing id="open-tenders">
          {t("supplier.openTenders")}
        </Heading>
        <NoticeList {...openTenders} basePath={ROUTES.portal} hrefFor={portalTender} headingLevel="3" now={now} locale={locale} t={t} />
      </section>
      <ReceiptsSection receipts={receipts} total={receiptTotal(receiptCounts)} showSupplier={suppliers.length > 1} locale={locale} t={t} />
      <MyQuestionsSection questions={questions} locale={locale} t={t} />
      <OpenDialoguesSection dialogues={(await read(listPublishedDialogues, { open: true, pageSize: 100 })).items} href={portalDialogue} now={now} locale={locale} t={t} />
    </VStack>
  );
}
