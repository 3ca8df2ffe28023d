import { Alert, BodyShort, Heading, HStack, Tag, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { AppLink } from "@/components/common/app-link";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { DraftForm } from "@/components/tenders/draft-form";
import { DraftModelFacts } from "@/components/tenders/draft-model-facts";
import { DRAFT_FORM_LABEL_KEYS, type DraftFormLabels } from "@/components/tenders/draft-form-labels";
import { RegimePanel } from "@/components/tenders/regime-panel";
import { QuestionsSection } from "@/components/tenders/questions-section";
import { StepPanel } from "@/components/tenders/step-panel";
import { TenderStepForm } from "@/components/tenders/tender-step-form";
import { DialogueOrigin } from "@/components/dialogues/dialogue-origin";
import { listDialoguesOfTender } from "@/lib/dialogues/queries/officer-dialogues";
import { requireArea } from "@/lib/auth/guard";
import { can, readScope } from "@/lib/auth/policy";
import { getClock } from "@/lib/clock";
import type { Translate } from "@/lib/i18n";
import { messagesFor } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { formatAmount, oreToMoney } from "@/lib/money";
import { officerOpening, officerProtocol, ROUTES } from "@/lib/routes";
import { isAllowed, OPTION_MODELS } from "@/lib/tenders";
import { isClosedForBids, tenderStatusKey } from "@/lib/tenders/closed";
import { listThresholds } from "@/lib/tenders/queries/draft-options";
import { getTenderForOfficer } from "@/lib/tenders/queries/get-tender";
import { getTenderQuestions } from "@/lib/tenders/queries/officer-questions";
import { describeDraftModel, draftModelOptions, draftModelValues, lotValues } from "@/lib/tenders/draft-view";
import { describeRegime } from "@/lib/tenders/regime";
import { isStepDone, STEP_MESSAGES } from "@/lib/tenders/step-messages";
import { formatOsloDateTime, formatOsloInput } from "@/lib/time";
import { espdLabel, requirementEspdCode, SELECTION_CRITERIA } from "@/lib/bids/espd";

import { officerAward } from "@/lib/awards/routes";

import { AmendmentPanel } from "./_sections/amendment";
import { TenderDocumentsPanel } from "./_sections/documents";
import { BidsReceivedPanel } from "./_sections/bids-received";
import { EvaluationLinks } from "./_sections/evaluation-links";
import { announceTenderAction, answerQuestionAction, approveDraftAction, cancelTenderAction, publishAnswerAction, returnDraftAction, submitDraftAction, updateDraftAction } from "../actions";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const tender = await read(getTenderForOfficer, { id: (await params).id });
  return pageTitle(tender.title);
}

/** One competition: while a draft, the whole draft form beside the rules that apply; later, its facts. */
export default async function TenderPage({ params, searchParams }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const { id } = await params;
  const [tender, thresholds, questions] = await Promise.all([read(getTenderForOfficer, { id }), read(listThresholds), read(getTenderQuestions, { id })]);
  const editable = tender.status === "DRAFT" && can(actor, "tender.update", tender);
  const scope = { ...tender, draftApproval: tender.region.draftApproval };
  const mayApprove = can(actor, "tender.approve", scope) && ((tender.status === "DRAFT" && tender.submittedAt !== null) || tender.status === "READY");
  const mayAnnounce = isAllowed(tender.status, "announce") && can(actor, "tender.announce", tender);
  const mayCancel = isAllowed(tender.status, "cancel") && can(actor, "tender.cancel", tender);
  const feedback = { eventId: t("admin.eventId") };
  const step = { id: tender.id, version: tender.version };
  const now = getClock().now();
  const announced = tender.announcedAt ? { regime: tender.regime, at: tender.announcedAt } : null;
  const regime = describeRegime(tender.estimatedValueOre, thresholds, now, t, locale, { ...tender, announced });
  const quality = tender.criteria.filter((criterion) => criterion.parentId !== null);
  const price = tender.criteria.find((criterion) => criterion.kind === "PRICE");
  const wall = (instant: Date | null) => (instant ? formatOsloInput(instant) : "");
  const done = (await searchParams)?.done;
  const origins = readScope(actor, "dialogue.read").length > 0 ? await read(listDialoguesOfTender, { tenderId: tender.id }) : [];

  return (
    <ActionOutcomeProvider arrival={isStepDone(done)}>
    <VStack gap="space-24">
      <AppLink href={ROUTES.officer}>{t("tender.backToList")}</AppLink>
      <ArrivalMessage message={isStepDone(done) ? t(STEP_MESSAGES[done]) : ""} show={isStepDone(done)} param="done" />
      <VStack gap="space-8">
        <BodyShort textColor="subtle">
          {tender.reference} · {locale === "en" ? tender.measureType.nameEn : tender.measureType.nameNb} · {tender.region.name}
        </BodyShort>
        <Heading level="1" size="large">
          {tender.title}
        </Heading>
        <div>
          <Tag variant="moderate" size="small" data-color="info">
            {t(tenderStatusKey(tender, now))}
          </Tag>
        </div>
      </VStack>
      {isClosedForBids(tender, now) && <Alert variant="info">{t("opening.closedForBidsAt", { at: formatOsloDateTime(tender.deadline!, locale) })}</Alert>}
      {tender.announcedAt && (
        <HStack as="nav" aria-label={t("opening.link")} gap="space-16" wrap>
          {(isClosedForBids(tender, now) || tender.openedAt) && can(actor, "bid.read_opened", tender) && <AppLink href={officerOpening(tender.id)}>{t("opening.link")}</AppLink>}
          {can(actor, "tender.read_protocol", tender) && <AppLink href={officerProtocol(tender.id)}>{t("opening.protocol.link")}</AppLink>}
        </HStack>
      )}
      <DialogueOrigin dialogues={origins} t={t} />
      {AWARD_STATES.has(tender.status) && <AppLink href={officerAward(tender.id)}>{t("awards.page.tab")}</AppLink>}
      <EvaluationLinks tenderId={tender.id} actor={actor} />
      <FactList
        items={[
          { term: t("tender.createdBy"), value: <BodyShort>{tender.createdBy.name}</BodyShort> },
          { term: t("tender.estimatedValue"), value: <BodyShort>{formatAmount(oreToMoney(tender.estimatedValueOre), locale)}</BodyShort> },
          { term: t("tender.deadline"), value: <BodyShort>{tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "–"}</BodyShort> },
        ]}
      />
      {tender.status === "DRAFT" && tender.returnComment && <Alert variant="warning">{t("tender.returned", { comment: tender.returnComment })}</Alert>}
      {tender.status === "DRAFT" && tender.submittedAt && <Alert variant="info">{t("tender.awaitingApproval", { at: formatOsloDateTime(tender.submittedAt, locale) })}</Alert>}
      {mayApprove && (
        <StepPanel id="approval-heading" title={t("tender.approvalTitle")} intro={t("tender.approvalIntro")}>
          {tender.status === "DRAFT" && <TenderStepForm idPrefix="approve" action={approveDraftAction} tender={step} submitLabel={t("tender.approve")} labels={feedback} />}
          <TenderStepForm idPrefix="return" action={returnDraftAction} tender={step} submitLabel={t("tender.sendBack")} variant="secondary" commentLabel={t("tender.returnComment")} labels={feedback} />
        </StepPanel>
      )}
      {mayAnnounce && (
        <StepPanel id="announce-heading" title={t("tender.announceTitle")} intro={t("tender.announceIntro")}>
          <TenderStepForm idPrefix="announce" action={announceTenderAction} tender={step} submitLabel={t("tender.announce")} labels={feedback} />
        </StepPanel>
      )}
      <RegimePanel title={t("rules.panelTitle")} regime={regime.regime} reason={regime.reason} notes={regime.notes} proceduresLabel={t("rules.procedures")} procedures={regime.procedures} minimum={regime.minimum} />
      {editable ? (
        <DraftForm
          action={updateDraftAction}
          values={{
            tenderId: tender.id,
            version: tender.version,
            title: tender.title,
            description: tender.description,
            // Plain spaces in the input: what people type back (the display format uses non-breaking ones).
            estimatedValue: tender.estimatedValueOre === 0n ? "" : formatAmount(oreToMoney(tender.estimatedValueOre), "nb").replace(/[\u00a0\u202f]/g, " "),
            optionModel: tender.optionModel,
            questionDeadline: wall(tender.questionDeadline),
            deadline: wall(tender.deadline),
            priceWeight: price?.weight.toString() ?? "0",
            quality: quality.map((criterion) => ({ name: criterion.name, description: criterion.description, weight: criterion.weight.toString() })),
            lots: tender.lots.map(lotValues),
            requirements: tender.requirements.map((r) => ({ requirement: r.requirement, documentation: r.documentation, espdCode: requirementEspdCode(r.espdCode) ?? "" })),
            ...draftModelValues(tender),
          }}
          espdOptions={SELECTION_CRITERIA.map((code) => ({ value: code, label: espdLabel(t, code) }))}
          optionModels={OPTION_MODELS.map((model) => ({ value: model, label: t(`tender.optionModels.${model}`) }))}
          labels={{ ...draftLabels(t), eventId: t("admin.eventId") }}
          model={{ ...draftModelOptions(tender, thresholds, now, t), municipalities: tender.region.municipalities.map((m) => ({ value: m.id, label: m.name })), labels: messagesFor(locale).draftModel }}
        />
      ) : (
        <BodyShort>{t("tender.readOnly")}</BodyShort>
      )}
      <DraftModelFacts id="draft-model-facts" title={t("draftModel.factsTitle")} labels={{ lots: t("draftModel.lotsArea"), evaluation: t("draftModel.evaluationTitle"), resultsBased: t("draftModel.resultsTitle"), reservation: t("draftModel.reservationFact") }} facts={describeDraftModel(tender, t, locale)} />
      {editable && !tender.submittedAt && (
        <TenderStepForm idPrefix="submit" action={submitDraftAction} tender={step} submitLabel={t("tender.submit")} variant="secondary" labels={feedback} />
      )}
      {tender.announcedAt && <QuestionsSection questions={questions.questions} mayAnswer={tender.status === "ANNOUNCED" && can(actor, "tender.answer_question", tender)} saveAction={answerQuestionAction} publishAction={publishAnswerAction} locale={locale} t={t} />}
      {tender.status === "ANNOUNCED" && <BidsReceivedPanel tenderId={tender.id} />}
      <TenderDocumentsPanel actor={actor} tender={tender} />
      <AmendmentPanel actor={actor} tender={tender} />
      {mayCancel && (
        <StepPanel id="cancel-heading" title={t("tender.cancelTitle")} intro={t("tender.cancelIntro")}>
          <TenderStepForm idPrefix="cancel" action={cancelTenderAction} tender={step} submitLabel={t("tender.cancel")} variant="danger" commentLabel={t("tender.cancelReason")} commentName="reason" labels={feedback} />
        </StepPanel>
      )}
    </VStack>
    </ActionOutcomeProvider>
  );
}

// From the proposal on, the award page (proposal, approval, standstill, complaints, contract) has its own page.
const AWARD_STATES = new Set(["AWARD_PROPOSED", "AWARD_DECIDED", "STANDSTILL", "CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"]);

const draftLabels = (t: Translate) =>
  Object.fromEntries(DRAFT_FORM_LABEL_KEYS.map((key) => [key, t(`tender.${key}`)])) as Omit<DraftFormLabels, "eventId">;
