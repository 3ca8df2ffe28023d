import { Alert, BodyLong, BodyShort, Heading, Tag, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { AppLink } from "@/components/common/app-link";
import { StepPanel } from "@/components/tenders/step-panel";
import { AskQuestionForm } from "@/components/tenders/ask-question-form";
import { InterestToggle } from "@/components/tenders/interest-toggle";
import { MyQuestionsTable } from "@/components/tenders/my-questions-table";
import { PublishedQaSection } from "@/components/tenders/published-qa-section";
import { getClock } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { publicNotice, ROUTES } from "@/lib/routes";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { getPortalTender } from "@/lib/tenders/queries/portal-tender";
import { publishedQa } from "@/lib/tenders/questions/public";
import { formatOsloDateTime } from "@/lib/time";
import { tenderStatusKey } from "@/lib/tenders/closed";
import { acceptsQuestions } from "@/lib/tenders/preconditions";

import { askQuestionAction, toggleInterestAction } from "../../actions";
import { BidEntrySection } from "../../tilbud/entry";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return pageTitle((await read(getPortalTender, { id: (await params).id })).title);
}

/** A published competition in the supplier portal: the notice in short, the organisation's interest and questions, the ask form. */
export default async function PortalTenderPage({ params }: PageProps) {
  const [tender, suppliers] = await Promise.all([read(getPortalTender, { id: (await params).id }), read(listOwnSuppliers)]);
  const { locale, t } = await getTranslator();
  const now = getClock().now();
  const interested = new Set(tender.interests.map((interest) => interest.supplierId));
  const registered = interested.size > 0;
  // A user of several organisations chooses which one acts; the toggle then says that organisation's own state.
  const several = suppliers.length > 1;
  const byName = (key: string) => Object.fromEntries(suppliers.map((s) => [s.id, t(key, { name: s.name })]));
  const announced = tender.status === "ANNOUNCED";
  const askOpen = acceptsQuestions(tender, now);
  const at = (instant: Date | null) => (instant ? formatOsloDateTime(instant, locale) : "–");
  const feedback = { eventId: t("admin.eventId") };

  return (
    <VStack gap="space-24">
      <AppLink href={ROUTES.portal}>{t("questions.portal.back")}</AppLink>
      <VStack gap="space-8">
        <BodyShort textColor="subtle">{tender.reference}</BodyShort>
        <Heading level="1" size="large" style={{ overflowWrap: "break-word", hyphens: "auto" }}>
          {tender.title}
        </Heading>
        <div>
          <Tag variant="moderate" size="small" data-color="info">
            {t(tenderStatusKey(tender, now))}
          </Tag>
        </div>
      </VStack>
      {tender.cancelledAt && <Alert variant="warning">{t("notice.cancelled", { reason: tender.cancelReason ?? "" })}</Alert>}
      <section aria-labelledby="portal-summary">
        <Heading id="portal-summary" level="2" size="medium" spacing>
          {t("questions.portal.summary")}
        </Heading>
        <VStack gap="space-12">
          <BodyLong>{tender.description}</BodyLong>
          <FactList
            items={[
              { term: t("notice.measure"), value: <BodyShort>{locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb}</BodyShort> },
              { term: t("notice.region"), value: <BodyShort>{tender.region.name}</BodyShort> },
              { term: t("notice.questionDeadline"), value: <BodyShort>{at(tender.questionDeadline)}</BodyShort> },
              { term: t("notice.deadline"), value: <BodyShort>{at(tender.deadline)}</BodyShort> },
            ]}
          />
          <AppLink href={publicNotice(tender.id)}>{t("questions.portal.noticeLink")}</AppLink>
        </VStack>
      </section>
      <BidEntrySection tenderId={tender.id} open={announced && tender.deadline !== null && tender.deadline > now} />
      {announced && (
        <StepPanel
          id="interest-heading"
          title={t("questions.portal.interestTitle")}
          intro={t(several ? "portal.acting.interestChoose" : registered ? "questions.portal.interestRegistered" : "questions.portal.interestNone")}
        >
          <InterestToggle
            tenderId={tender.id}
            suppliers={suppliers.map((s) => ({ ...s, registered: interested.has(s.id) }))}
            action={toggleInterestAction}
            labels={{
              ...feedback, supplier: t("portal.acting.label"), register: t("questions.portal.register"), withdraw: t("questions.portal.withdraw"),
              registeredFor: byName("portal.acting.interestRegistered"), noneFor: byName("portal.acting.interestNone"),
            }}
          />
        </StepPanel>
      )}
      <StepPanel id="ask-heading" title={t("questions.portal.askTitle")} intro={t("questions.portal.askIntro")}>
        {askOpen ? (
          <AskQuestionForm
            tenderId={tender.id}
            suppliers={suppliers}
            action={askQuestionAction}
            labels={{ ...feedback, supplier: t("portal.acting.label"), question: t("questions.portal.askLabel"), description: t("questions.portal.askDescription", { at: at(tender.questionDeadline) }), submit: t("questions.portal.askSubmit") }}
          />
        ) : (
          <BodyShort>{announced && tender.questionDeadline ? t("questions.portal.askClosed", { at: at(tender.questionDeadline) }) : t("questions.portal.askNotOpen")}</BodyShort>
        )}
      </StepPanel>
      <section aria-labelledby="my-questions">
        <Heading id="my-questions" level="2" size="medium" spacing>
          {t("questions.portal.myQuestions")}
        </Heading>
        <MyQuestionsTable questions={tender.ownQuestions} caption={t("questions.portal.myQuestions")} emptyText={t("questions.portal.noMyQuestions")} locale={locale} t={t} />
      </section>
      <PublishedQaSection items={publishedQa(tender.questions)} locale={locale} t={t} />
    </VStack>
  );
}
