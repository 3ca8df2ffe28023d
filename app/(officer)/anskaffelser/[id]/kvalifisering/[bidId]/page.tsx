import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { FactList } from "@/components/admin/fact-list";
import { AppLink } from "@/components/common/app-link";
import { SimpleTable } from "@/components/common/simple-table";
import { QualificationForm } from "@/components/evaluation/qualification-form";
import { RejectBidForm } from "@/components/evaluation/reject-bid-form";
import { ActionOutcomeProvider } from "@/components/forms/action-outcome";
import { StepPanel } from "@/components/tenders/step-panel";
import { requireArea } from "@/lib/auth/guard";
import { can } from "@/lib/auth/policy";
import { EXCLUSION_GROUNDS } from "@/lib/bids/espd";
import { REJECTION_GROUNDS } from "@/lib/evaluation";
import { getBidForQualification } from "@/lib/evaluation/queries/qualification-bid";
import { getQualificationTitle } from "@/lib/evaluation/queries/titles";
import { isAssessable, isRejectable } from "@/lib/evaluation/qualification/states";
import { getTranslator } from "@/lib/i18n/server";
import { formatNok } from "@/lib/money";
import { officerBidDocument, officerOpening } from "@/lib/routes";
import { formatOsloDateTime } from "@/lib/time";

import { assessQualificationAction, rejectBidAction } from "../../../opening-actions";

export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ id: string; bidId: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const { id, bidId } = await params;
  const bid = await read(getQualificationTitle, { tenderId: id, bidId });
  return pageTitle(t("opening.qualification.pageTitle", { supplier: bid.supplierName }));
}

/** One opened bid as submitted, the officer's assessment of it, and rejection with a legal basis. */
export default async function QualificationPage({ params }: PageProps) {
  const actor = await requireArea("officer");
  const { locale, t } = await getTranslator();
  const { id, bidId } = await params;
  const bid = await read(getBidForQualification, { tenderId: id, bidId });
  const q = (key: string, values?: Record<string, string | number>) => t(`opening.qualification.${key}`, values);
  const submission = bid.opened?.submission;
  const answers = new Map(submission?.requirements.map((r) => [r.requirementId, r]) ?? []);
  const assessed = new Map(bid.assessment?.requirements.map((r) => [r.requirementId, r]) ?? []);
  const judged = new Map(bid.assessment?.exclusions.map((e) => [e.code, e]) ?? []);
  const declared = submission?.exclusionGrounds.filter((g) => g.applies) ?? [];
  const declaredCodes = new Set(declared.map((g) => g.code));
  const criteria = new Map(bid.tender.criteria.map((c) => [c.id, c.name]));
  const mayQualify = can(actor, "bid.qualify", bid) && isAssessable(bid);
  const mayReject = can(actor, "bid.qualify", bid) && isRejectable(bid);
  const feedback = { eventId: t("admin.eventId") };
  const ground = (code: string) => t(`bids.espd.${code}`);

  return (
    <ActionOutcomeProvider>
      <VStack gap="space-24">
        <AppLink href={officerOpening(bid.tender.id)}>{t("opening.recordTitle")}</AppLink>
        <VStack gap="space-8">
          <BodyShort textColor="subtle">
            {bid.tender.reference} · {bid.supplier.orgnr} · {t("opening.lotLabel", { number: bid.lot.number, title: bid.lot.title })}
          </BodyShort>
          <Heading level="1" size="large">
            {q("pageTitle", { supplier: bid.supplier.name })}
          </Heading>
          <BodyShort>{t(`opening.bidStatus.${bid.status}`)}</BodyShort>
        </VStack>
        {bid.status === "REJECTED" && bid.rejectedAt && (
          <Alert variant="error">{q("rejectedInfo", { at: formatOsloDateTime(bid.rejectedAt, locale), name: bid.rejectedBy?.name ?? "", basis: t(`opening.rejectionGrounds.${bid.rejectionBasis}`), reason: bid.rejectionReason ?? "" })}</Alert>
        )}
        {!submission ? (
          <Alert variant="info">{t("bids.errors.sealed")}</Alert>
        ) : (
          <>
            <BodyLong>{q("intro")}</BodyLong>
            <FactList items={submission.lots.map((lot) => ({ term: t("opening.lotLabel", { number: lot.lotNumber, title: bid.lot.title }), value: <BodyShort>{lot.price.kind === "per-participant-month" ? formatNok(BigInt(lot.price.unitPriceOre), locale) : formatNok(BigInt(lot.price.totalOre), locale)}</BodyShort> }))} />
            <VStack as="section" aria-labelledby="quality-answers" gap="space-12">
              <Heading id="quality-answers" level="2" size="medium">
                {q("quality")}
              </Heading>
              {submission.quality.map((answer) => (
                <VStack key={answer.criterionId} gap="space-4">
                  <Heading level="3" size="xsmall">
                    {criteria.get(answer.criterionId) ?? answer.criterionId}
                  </Heading>
                  <BodyLong style={{ whiteSpace: "pre-wrap" }}>{answer.answer}</BodyLong>
                </VStack>
              ))}
            </VStack>
            <SimpleTable
              caption={q("requirements")}
              columns={[q("requirements"), q("declared")]}
              emptyText={t("opening.qualification.requirements")}
              rows={bid.tender.requirements.map((requirement) => {
                const answer = answers.get(requirement.id);
                return { key: requirement.id, cells: [requirement.requirement, `${answer?.met ? q("declaredMet") : q("declaredNotMet")}${answer?.comment ? ` – ${q("comment", { comment: answer.comment })}` : ""}`] };
              })}
            />
            <VStack as="section" aria-labelledby="self-declaration" gap="space-8">
              <Heading id="self-declaration" level="2" size="medium">
                {q("exclusions")}
              </Heading>
              {declared.length === 0 ? <BodyShort>{q("noneDeclared")}</BodyShort> : declared.map((g) => <BodyShort key={g.code}>{`${ground(g.code)}: ${q("declaredApplies")}${g.comment ? ` – ${g.comment}` : ""}`}</BodyShort>)}
            </VStack>
            <VStack as="section" aria-labelledby="bid-documents" gap="space-8">
              <Heading id="bid-documents" level="2" size="medium">
                {q("documents")}
              </Heading>
              {bid.opened!.documents.length === 0 ? <BodyShort>{q("noDocuments")}</BodyShort> : bid.opened!.documents.map((d) => <AppLink key={d.id} href={officerBidDocument(bid.tender.id, bid.id, d.id)}>{q("download", { filename: d.filename })}</AppLink>)}
            </VStack>
            {bid.assessment && <BodyShort textColor="subtle">{q("lastAssessed", { name: bid.assessment.assessedBy, at: formatOsloDateTime(bid.assessment.assessedAt, locale) })}</BodyShort>}
            {mayQualify && (
              <QualificationForm
                action={assessQualificationAction}
                bidId={bid.id}
                requirements={bid.tender.requirements.map((r) => ({ id: r.id, text: r.requirement, met: assessed.get(r.id)?.met, reason: assessed.get(r.id)?.reason }))}
                declared={declared.map((g) => ({ code: g.code, label: ground(g.code), applies: judged.get(g.code)?.applies, reason: judged.get(g.code)?.reason }))}
                others={EXCLUSION_GROUNDS.filter((code) => !declaredCodes.has(code)).map((code) => ({ code, label: ground(code) }))}
                labels={{ ...feedback, title: q("assessTitle"), requirements: q("requirements"), exclusions: q("exclusions"), met: q("met"), notMet: q("notMet"), reason: q("reason"), reasonHelp: q("reasonHelp"), applies: q("applies"), doesNotApply: q("doesNotApply"), otherGround: q("otherGround"), otherGroundNone: q("otherGroundNone"), save: q("save") }}
              />
            )}
            {mayReject && (
              <StepPanel id="reject-bid" title={q("rejectTitle")} intro={q("rejectIntro")}>
                <RejectBidForm action={rejectBidAction} bidId={bid.id} grounds={REJECTION_GROUNDS.map((value) => ({ value, label: t(`opening.rejectionGrounds.${value}`) }))} labels={{ ...feedback, basis: q("basis"), reason: q("rejectReason"), submit: q("reject"), choose: q("chooseBasis") }} />
              </StepPanel>
            )}
          </>
        )}
      </VStack>
    </ActionOutcomeProvider>
  );
}
