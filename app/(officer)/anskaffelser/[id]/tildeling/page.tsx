import { Alert, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import { AwardForm } from "@/components/awards/award-form";
import { ProposalView } from "@/components/awards/proposal-view";
import { ActionOutcomeProvider, ArrivalMessage } from "@/components/forms/action-outcome";
import { StepPanel } from "@/components/tenders/step-panel";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { awardNoticeXml } from "@/lib/awards/routes";
import { getAwardForOfficer } from "@/lib/awards/queries/officer-award";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { officerTender } from "@/lib/routes";
import { formatOsloDate, formatOsloDateTime } from "@/lib/time";

import { approveAwardAction, concludeContractAction, decideComplaintAction, liftInjunctionAction, registerInjunctionAction, reopenEvaluationAction, returnAwardAction } from "./actions";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

const DONE = ["approved", "returned", "decided", "reopened", "injunction", "lifted", "concluded"] as const;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  return pageTitle(t("awards.page.title", { title: (await read(getAwardForOfficer, { tenderId: (await params).id })).title }));
}

/** The award of one competition: proposals (managers approve or return), standstill, complaints, injunctions, contract. */
export default async function AwardPage({ params, searchParams }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const data = await read(getAwardForOfficer, { tenderId: (await params).id });
  const doneParam = (await searchParams)?.done;
  const done = DONE.find((d) => d === doneParam);
  const feedback = { eventId: t("admin.eventId") };
  const hidden = (extra: Record<string, string | number> = {}) => Object.entries({ tenderId: data.id, ...extra }).map(([name, value]) => ({ kind: "hidden" as const, name, value }));
  const step = hidden({ version: data.version });
  const proposed = data.status === "AWARD_PROPOSED" && data.awards.some((a) => a.status === "PROPOSED");
  const mayApprove = proposed && can(actor, "award.approve", data);
  const decided = data.status === "AWARD_DECIDED" || data.status === "STANDSTILL";
  const mayDecide = can(actor, "complaint.decide", data);
  const shown = data.awards.filter((a) => a.status === "PROPOSED" || a.status === "APPROVED" || data.awards.every((b) => b.status !== "PROPOSED" && b.status !== "APPROVED"));
  const lastDay = data.standstillEndsAt ? new Date(data.standstillEndsAt.getTime() - 1) : null;
  const upheld = data.complaints.some((c) => c.status === "UPHELD");

  return (
    <ActionOutcomeProvider arrival={done !== undefined}>
      <VStack gap="space-24">
        <AppLink href={officerTender(data.id)}>{t("awards.page.back")}</AppLink>
        <ArrivalMessage message={done ? t(`awards.page.done.${done}`) : ""} show={done !== undefined} param="done" />
        <VStack gap="space-8">
          <BodyShort textColor="subtle">{data.reference} · {data.region.name} · {t(`tenderStatus.${data.status}`)}</BodyShort>
          <Heading level="1" size="large" style={{ overflowWrap: "break-word" }}>{t("awards.page.title", { title: data.title })}</Heading>
        </VStack>

        <VStack as="section" aria-labelledby="proposal-heading" gap="space-16">
          <Heading id="proposal-heading" level="2" size="medium">{t("awards.page.proposalTitle")}</Heading>
          {shown.length === 0 ? <BodyShort>{t("awards.page.noAward")}</BodyShort> : shown.map((award) => <ProposalView key={award.id} award={award} data={data} t={t} locale={locale} />)}
        </VStack>

        {proposed && (mayApprove ? (
          <StepPanel id="approve-heading" title={t("awards.page.approveTitle")} intro={t("awards.page.approveIntro")}>
            <AwardForm idPrefix="approve" action={approveAwardAction} fields={step} submitLabel={t("awards.page.approve")} labels={feedback} />
            <AwardForm idPrefix="return" action={returnAwardAction} fields={[...step, { kind: "textarea", name: "comment", label: t("awards.page.returnComment") }]} submitLabel={t("awards.page.sendBack")} variant="secondary" labels={feedback} />
          </StepPanel>
        ) : <Alert variant="info" size="small">{t("awards.page.mayNotApprove")}</Alert>)}

        <VStack as="section" aria-labelledby="standstill-heading" gap="space-8">
          <Heading id="standstill-heading" level="2" size="medium">{t("awards.page.standstillTitle")}</Heading>
          {data.standstillEndsAt && lastDay ? (
            <>
              <BodyShort>{t("awards.page.standstillEnds", { day: formatOsloDate(lastDay, locale), from: formatOsloDateTime(data.standstillEndsAt, locale) })}</BodyShort>
              {data.awards.find((a) => a.sentAt && a.status === "APPROVED") && <BodyShort size="small">{t("awards.page.lettersSent", { at: formatOsloDateTime(data.awards.find((a) => a.sentAt && a.status === "APPROVED")!.sentAt!, locale), count: data.bidders })}</BodyShort>}
            </>
          ) : <BodyShort>{t("awards.page.standstillNone")}</BodyShort>}
          {data.awards.find((a) => a.standstillSkippedReason) && <BodyShort>{t("awards.page.standstillSkipped", { reason: data.awards.find((a) => a.standstillSkippedReason)!.standstillSkippedReason! })}</BodyShort>}
        </VStack>

        <VStack as="section" aria-labelledby="complaints-heading" gap="space-12">
          <Heading id="complaints-heading" level="2" size="medium">{t("awards.page.complaintsTitle")}</Heading>
          {data.complaints.length === 0 && <BodyShort>{t("awards.page.complaintsEmpty")}</BodyShort>}
          {data.complaints.map((complaint) => (
            <VStack key={complaint.id} gap="space-8">
              <Heading level="3" size="small">{t("awards.page.complaintFrom", { name: complaint.supplier.name, at: formatOsloDateTime(complaint.lodgedAt, locale) })} · {t(`awards.page.complaintStatus.${complaint.status}`)}</Heading>
              <BodyShort style={{ whiteSpace: "pre-wrap" }}>{complaint.text}</BodyShort>
              {complaint.documents.length > 0 && <BodyShort size="small">{t("awards.page.documents")}: {complaint.documents.map((d) => d.filename).join(", ")}</BodyShort>}
              {complaint.decisionReason && <BodyShort size="small">{complaint.decisionReason}</BodyShort>}
              {complaint.status === "PENDING" && mayDecide && (
                <AwardForm
                  idPrefix={`decide-${complaint.id}`}
                  action={decideComplaintAction}
                  fields={[...hidden({ complaintId: complaint.id }), { kind: "radio", name: "outcome", legend: t("awards.page.decideOutcome"), options: [{ value: "REJECTED", label: t("awards.page.rejected") }, { value: "UPHELD", label: t("awards.page.upheld") }] }, { kind: "textarea", name: "reason", label: t("awards.page.decisionReason") }]}
                  submitLabel={t("awards.page.decide")}
                  labels={feedback}
                />
              )}
            </VStack>
          ))}
          {upheld && decided && can(actor, "award.propose", data) && (
            <StepPanel id="reopen-heading" title={t("awards.page.reopenTitle")} intro={t("awards.page.reopenIntro")}>
              <AwardForm idPrefix="reopen" action={reopenEvaluationAction} fields={[...step, { kind: "textarea", name: "reason", label: t("awards.page.reopenReason") }]} submitLabel={t("awards.page.reopen")} variant="danger" labels={feedback} />
            </StepPanel>
          )}
        </VStack>

        <VStack as="section" aria-labelledby="injunctions-heading" gap="space-12">
          <Heading id="injunctions-heading" level="2" size="medium">{t("awards.page.injunctionsTitle")}</Heading>
          {data.injunctions.length === 0 && <BodyShort>{t("awards.page.injunctionsEmpty")}</BodyShort>}
          {data.injunctions.map((injunction) => (
            <VStack key={injunction.id} gap="space-8">
              <BodyShort>{t("awards.page.injunctionRegistered", { at: formatOsloDateTime(injunction.registeredAt, locale), note: injunction.note })}</BodyShort>
              {injunction.liftedAt ? <BodyShort size="small">{t("awards.page.injunctionLiftedAt", { at: formatOsloDateTime(injunction.liftedAt, locale), reason: injunction.liftReason ?? "" })}</BodyShort> : can(actor, "injunction.register", data) && (
                <AwardForm idPrefix={`lift-${injunction.id}`} action={liftInjunctionAction} fields={[...hidden({ injunctionId: injunction.id }), { kind: "textarea", name: "reason", label: t("awards.page.liftReason") }]} submitLabel={t("awards.page.liftInjunction")} variant="secondary" labels={feedback} />
              )}
            </VStack>
          ))}
          {(proposed || decided) && can(actor, "injunction.register", data) && (
            <AwardForm idPrefix="injunction" action={registerInjunctionAction} fields={[...hidden(), { kind: "textarea", name: "note", label: t("awards.page.injunctionNote") }]} submitLabel={t("awards.page.registerInjunction")} variant="secondary" labels={feedback} />
          )}
        </VStack>

        {decided && can(actor, "contract.sign", data) && (
          <StepPanel id="contract-heading" title={t("contracts.form.title")} intro={t("contracts.form.intro", { months: data.contractMonths, model: data.optionModel })}>
            <AwardForm
              idPrefix="contract"
              action={concludeContractAction}
              fields={[
                ...step,
                { kind: "date", name: "contractDate", label: t("contracts.form.contractDate") },
                { kind: "date", name: "startsOn", label: t("contracts.form.startsOn") },
                ...(data.bidders <= 1 && data.status === "AWARD_DECIDED" ? [{ kind: "textarea" as const, name: "skipStandstillReason", label: t("contracts.form.skipReason") }] : []),
              ]}
              submitLabel={t("contracts.form.submit")}
              labels={feedback}
            />
          </StepPanel>
        )}

        {data.contracts.length > 0 && (
          <VStack as="section" aria-labelledby="contracts-heading" gap="space-12">
            <Heading id="contracts-heading" level="2" size="medium">{t("contracts.list.title")}</Heading>
            <SimpleTable
              caption={t("contracts.list.title")}
              columns={[t("contracts.list.supplier"), t("contracts.list.value"), t("contracts.list.date"), t("contracts.list.period"), t("contracts.list.maxEnd")]}
              emptyText="–"
              rows={data.contracts.map((c) => ({
                key: c.id,
                cells: [c.supplier.name, formatNok(c.valueOre, locale), c.contractDate ? formatOsloDate(c.contractDate, locale) : "–", `${formatOsloDate(c.startsOn, locale)} – ${formatOsloDate(c.endsOn, locale)}`, formatOsloDate(c.maxEndsOn, locale)],
              }))}
            />
            <AppLink href={awardNoticeXml(data.id)}>{t("contracts.list.notice")}</AppLink>
          </VStack>
        )}
      </VStack>
    </ActionOutcomeProvider>
  );
}
