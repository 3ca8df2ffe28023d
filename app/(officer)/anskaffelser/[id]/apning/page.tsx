import { Alert, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { OpeningRecordView } from "@/components/evaluation/opening-record-view";
import { ActionOutcomeProvider } from "@/components/forms/action-outcome";
import { StepPanel } from "@/components/tenders/step-panel";
import { TenderStepForm } from "@/components/tenders/tender-step-form";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { getClock } from "@/lib/clock";
import { getOpeningForOfficer } from "@/lib/evaluation/queries/opening-record";
import { getTranslator } from "@/lib/i18n/server";
import { officerQualification, officerTender } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { confirmOpeningAction, requestOpeningAction } from "../../opening-actions";
import { openingStage } from "@/lib/evaluation/opening/stage";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const opening = await read(getOpeningForOfficer, { id: (await params).id });
  return pageTitle(t("opening.pageTitle", { title: opening.title }));
}

/** Opening of bids: request (from the deadline on), confirmation by a second person, then the opening record. */
export default async function OpeningPage({ params }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const tender = await read(getOpeningForOfficer, { id: (await params).id });
  const now = getClock().now();
  const at = (instant: Date) => formatOsloDateTime(instant, locale);
  const step = { id: tender.id, version: tender.version };
  const feedback = { eventId: t("admin.eventId") };
  const stage = openingStage(tender, now);
  const mayRequest = stage === "requestable" && can(actor, "tender.open", tender);
  const pending = stage === "awaiting_confirmation";
  const mayConfirm = pending && can(actor, "tender.confirm_opening", tender);
  const mayQualify = can(actor, "bid.qualify", tender);

  return (
    <ActionOutcomeProvider>
      <VStack gap="space-24">
        <AppLink href={officerTender(tender.id)}>{t("opening.back")}</AppLink>
        <VStack gap="space-8">
          <BodyShort textColor="subtle">{tender.reference}</BodyShort>
          <Heading level="1" size="large">
            {t("opening.pageTitle", { title: tender.title })}
          </Heading>
        </VStack>
        {stage === "not_due" && <Alert variant="info">{t("opening.beforeDeadline", { at: tender.deadline ? at(tender.deadline) : "–" })}</Alert>}
        {(stage === "requestable" || stage === "awaiting_confirmation") && <Alert variant="info">{t("opening.closedForBidsAt", { at: at(tender.deadline!) })}</Alert>}
        {mayRequest && (
          <StepPanel id="request-opening" title={t("opening.requestTitle")} intro={t(tender.region.openingControl === "TWO_PEOPLE" ? "opening.requestIntroTwo" : "opening.requestIntroOne")}>
            <TenderStepForm idPrefix="request-opening" action={requestOpeningAction} tender={step} submitLabel={t(tender.region.openingControl === "TWO_PEOPLE" ? "opening.request" : "opening.openNow")} labels={feedback} />
          </StepPanel>
        )}
        {pending && <Alert variant="warning">{t("opening.requested", { name: tender.opening!.requestedBy.name, at: at(tender.opening!.requestedAt) })}</Alert>}
        {pending && tender.openingRequestedById === actor.userId && <BodyShort>{t("opening.ownRequest")}</BodyShort>}
        {mayConfirm && (
          <StepPanel id="confirm-opening" title={t("opening.confirmTitle")} intro={t("opening.confirmIntro")}>
            <TenderStepForm idPrefix="confirm-opening" action={confirmOpeningAction} tender={step} submitLabel={t("opening.confirm")} labels={feedback} />
          </StepPanel>
        )}
        {tender.record && (
          <OpeningRecordView
            record={tender.record}
            t={t}
            locale={locale}
            extra={{
              title: t("opening.columns.qualification"),
              cell: (bidId) => {
                const status = tender.bidStatus[bidId] ?? "WITHDRAWN";
                const label = t(`opening.bidStatus.${status}`);
                return mayQualify && status !== "WITHDRAWN" ? <AppLink href={officerQualification(tender.id, bidId)}>{`${label} – ${t("opening.assess")}`}</AppLink> : label;
              },
            }}
          />
        )}
      </VStack>
    </ActionOutcomeProvider>
  );
}
