import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { FactList } from "@/components/admin/fact-list";
import { SimpleTable } from "@/components/common/simple-table";
import { AwardForm } from "@/components/awards/award-form";
import { ActionOutcomeProvider } from "@/components/forms/action-outcome";
import { StepPanel } from "@/components/tenders/step-panel";
import { scoreRows, standstillText } from "@/lib/awards/letter-view";
import { getAwardLetter } from "@/lib/awards/queries/award-letter";
import { portalAwardLetterPdf } from "@/lib/awards/routes";
import { portalBid } from "@/lib/bids/routes";
import { DOCUMENT_ACCEPT } from "@/lib/documents/rules";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";

import { lodgeComplaintAction } from "./actions";

interface PageProps {
  params: Promise<{ tenderId: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  return pageTitle(t("awards.letter.pageTitle", { title: (await read(getAwardLetter, { tenderId: (await params).tenderId })).letter.tender.title }));
}

/** The organisation's award letter (tildelingsbrev): the decision with reasons, the standstill, the PDF, and complaints. */
export default async function AwardLetterPage({ params }: PageProps) {
  const { locale, t } = await getTranslator();
  const { letter, complaints, complaintOpen } = await read(getAwardLetter, { tenderId: (await params).tenderId });
  return (
    <ActionOutcomeProvider>
      <VStack gap="space-24">
        <AppLink href={portalBid(letter.tender.id)}>{t("awards.letter.back")}</AppLink>
        <VStack gap="space-8">
          <BodyShort textColor="subtle">{letter.tender.reference}</BodyShort>
          <Heading level="1" size="large" style={{ overflowWrap: "break-word" }}>{t("awards.letter.pageTitle", { title: letter.tender.title })}</Heading>
        </VStack>
        <FactList items={[
          { term: t("awards.letter.to"), value: <BodyShort>{letter.supplierName}</BodyShort> },
          { term: t("awards.letter.from"), value: <BodyShort>{letter.tender.regionName}</BodyShort> },
          { term: t("awards.letter.sentAt"), value: <BodyShort>{formatOsloDateTime(letter.sentAt, locale)}</BodyShort> },
          { term: t("awards.letter.standstill"), value: <BodyShort>{standstillText(letter, t, locale)}</BodyShort> },
        ]} />
        <BodyLong>{t("awards.letter.intro", { title: letter.tender.title })}</BodyLong>
        <AppLink href={portalAwardLetterPdf(letter.tender.id)}>{t("awards.letter.pdf")}</AppLink>
        {letter.lots.map((lot) => {
          const columns = lot.kind === "scored" ? (lot.awarded ? [lot.own] : [lot.own, ...lot.winners]) : [];
          const headingId = `lot-${lot.lotId}`;
          return (
            <VStack key={lot.lotId} as="section" aria-labelledby={headingId} gap="space-12">
              <Heading id={headingId} level="2" size="medium">{t("awards.letter.lot", { number: lot.number, title: lot.title })}</Heading>
              <BodyShort>{t("awards.letter.winner", { names: lot.winners.map((w) => w.supplierName).join(", ") })}</BodyShort>
              {lot.kind === "rejected" ? (
                <Alert variant="warning" size="small">{t("awards.letter.rejected", { reason: lot.rejectionReason })}</Alert>
              ) : (
                <>
                  <BodyShort>{lot.awarded ? t("awards.letter.youWon") : t("awards.letter.youLost", { rank: lot.own.rank, bidders: lot.bidders })}</BodyShort>
                  <SimpleTable
                    caption={t("awards.letter.lot", { number: lot.number, title: lot.title })}
                    columns={[t("awards.letter.criterion"), ...columns.map((c, i) => (i === 0 ? t("awards.letter.yourBid") : t("awards.letter.winnerBid", { name: c.supplierName })))]}
                    emptyText="–"
                    rows={scoreRows(letter.criteria, columns, t, locale).map((cells, i) => ({ key: String(i), cells }))}
                  />
                  <Heading level="3" size="small">{t("awards.letter.reasons")}</Heading>
                  <VStack as="ul" gap="space-4" style={{ paddingLeft: "1.25rem" }}>
                    {(lot.awarded ? lot.winners : [...lot.winners, lot.own]).flatMap((s) => s.points.filter((p) => p.justification).map((p) => (
                      <li key={`${s.bidId}-${p.criterionId}`}><BodyShort>{s.supplierName} – {letter.criteria.find((c) => c.id === p.criterionId)?.name}: {p.justification}</BodyShort></li>
                    )))}
                  </VStack>
                </>
              )}
            </VStack>
          );
        })}
        {complaints.length > 0 && (
          <VStack as="section" aria-labelledby="complaints-heading" gap="space-8">
            <Heading id="complaints-heading" level="2" size="medium">{t("awards.letter.yourComplaints")}</Heading>
            {complaints.map((c) => (
              <VStack key={c.id} gap="space-4">
                <BodyShort weight="semibold">{formatOsloDateTime(c.lodgedAt, locale)} · {t(`awards.page.complaintStatus.${c.status}`)}</BodyShort>
                <BodyShort style={{ whiteSpace: "pre-wrap" }}>{c.text}</BodyShort>
                {c.decidedAt && c.decisionReason && <BodyShort size="small">{t("awards.letter.decision", { at: formatOsloDateTime(c.decidedAt, locale), reason: c.decisionReason })}</BodyShort>}
              </VStack>
            ))}
          </VStack>
        )}
        {complaintOpen ? (
          <StepPanel id="complaint-heading" title={t("awards.letter.complaintTitle")} intro={t("awards.letter.complaintIntro")}>
            <AwardForm
              idPrefix="complaint"
              action={lodgeComplaintAction}
              fields={[{ kind: "hidden", name: "tenderId", value: letter.tender.id }, { kind: "textarea", name: "text", label: t("awards.letter.complaintText") }, { kind: "files", name: "files", label: t("awards.letter.complaintFiles"), accept: DOCUMENT_ACCEPT }]}
              submitLabel={t("awards.letter.complaintSubmit")}
              labels={{ eventId: t("admin.eventId") }}
            />
          </StepPanel>
        ) : <BodyShort textColor="subtle">{t("awards.letter.complaintClosed")}</BodyShort>}
      </VStack>
    </ActionOutcomeProvider>
  );
}
