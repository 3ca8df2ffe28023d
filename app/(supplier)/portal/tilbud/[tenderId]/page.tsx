import { randomUUID } from "node:crypto";

import { Alert, BodyLong, BodyShort, Heading, VStack } from "@navikt/ds-react";
import type { Metadata } from "next";

import { pageTitle } from "@/app/_lib/metadata";
import { read } from "@/app/_lib/read";
import { AppLink } from "@/components/common/app-link";
import { BidDocuments } from "@/components/bids/bid-documents";
import { BidForm } from "@/components/bids/bid-form";
import { bidFormProps } from "@/components/bids/bid-page-labels";
import { BidStatus } from "@/components/bids/bid-status";
import { WithdrawBidForm } from "@/components/bids/withdraw-bid-form";
import { StepPanel } from "@/components/tenders/step-panel";
import { bidDocumentLimits, megabytes } from "@/lib/bids/documents";
import { getBidForm } from "@/lib/bids/queries/bid-form";
import { portalBid, portalReceipt } from "@/lib/bids/routes";
import { getClock } from "@/lib/clock";
import { DOCUMENT_ACCEPT } from "@/lib/documents/rules";
import { formatBytes } from "@/lib/documents/format";
import { portalAwardLetter } from "@/lib/awards/routes";
import { getTranslator } from "@/lib/i18n/server";
import { listOwnSuppliers } from "@/lib/suppliers/queries/list-own-suppliers";
import { portalOpening, portalTender } from "@/lib/routes";
import { acceptsBids } from "@/lib/tenders/preconditions";
import { formatOsloDateTime } from "@/lib/time";

import { bidFormAction, removeBidDocumentAction, uploadBidDocumentAction, withdrawBidAction } from "../actions";

// Once the award is decided every bidder has a letter (the page answers 404 to an organisation that did not bid).
const LETTER_STATES = new Set(["AWARD_DECIDED", "STANDSTILL", "CONTRACT_SIGNED", "AWARD_NOTICE_PUBLISHED", "ACTIVE", "EXPIRED", "TERMINATED"]);

interface PageProps {
  params: Promise<{ tenderId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}

/** The organisation chosen in `?org=` (a user of several chooses; the query checks it is one of theirs). */
async function chosenSupplier(searchParams: PageProps["searchParams"]): Promise<string | undefined> {
  const org = (await searchParams)?.org;
  return typeof org === "string" && org !== "" ? org : undefined;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { t } = await getTranslator();
  const { tenderId } = await params;
  const supplierId = await chosenSupplier(searchParams);
  const suppliers = await read(listOwnSuppliers);
  if (supplierId === undefined && suppliers.length > 1) return pageTitle(t("bids.form.chooseSupplier"));
  return pageTitle(t("bids.form.title", { title: (await read(getBidForm, { tenderId, supplierId })).tender.title }));
}

/** The organisation's bid on a competition: state and receipts, attachments, the form, and withdrawal. */
export default async function BidPage({ params, searchParams }: PageProps) {
  const { tenderId } = await params;
  const supplierId = await chosenSupplier(searchParams);
  const { locale, t } = await getTranslator();
  const suppliers = await read(listOwnSuppliers);
  if (supplierId === undefined && suppliers.length > 1) {
    return (
      <VStack gap="space-24">
        <AppLink href={portalTender(tenderId)}>{t("bids.form.back")}</AppLink>
        <Heading level="1" size="large">{t("bids.form.chooseSupplier")}</Heading>
        <ul>
          {suppliers.map((s) => (
            <li key={s.id}><AppLink href={portalBid(tenderId, s.id)}>{s.name}</AppLink></li>
          ))}
        </ul>
      </VStack>
    );
  }
  const data = await read(getBidForm, { tenderId, supplierId });
  const { tender } = data;
  const open = acceptsBids(tender, getClock().now());
  const limits = bidDocumentLimits();
  const form = bidFormProps(data, t);
  const feedback = { eventId: t("admin.eventId") };
  const submitted = data.bids.some((b) => b.status === "SUBMITTED");
  const lotStates = tender.lots.map((lot) => {
    const status = data.bids.find((b) => b.lotId === lot.id)?.status;
    return { key: lot.id, text: t("bids.form.lotStatus", { number: lot.number, status: status ? t(`bidStatus.${status}`) : t("bids.status.NONE") }) };
  });

  return (
    <VStack gap="space-24">
      <AppLink href={portalTender(tender.id)}>{t("bids.form.back")}</AppLink>
      <VStack gap="space-8">
        <BodyShort textColor="subtle">{tender.reference}</BodyShort>
        <Heading level="1" size="large" style={{ overflowWrap: "break-word", hyphens: "auto" }}>{t("bids.form.title", { title: tender.title })}</Heading>
        <BodyShort>{t("bids.form.deadline", { at: tender.deadline ? formatOsloDateTime(tender.deadline, locale) : "–" })}</BodyShort>
      </VStack>
      {LETTER_STATES.has(tender.status) && <AppLink href={portalAwardLetter(tender.id)}>{t("awards.letter.title")}</AppLink>}
      <Alert variant="info" size="small">{t("bids.form.sealed")}</Alert>
      {suppliers.length > 1 && (
        <BodyShort>
          {t("bids.form.actingFor", { name: data.supplier.name })} <AppLink href={portalBid(tender.id)}>{t("bids.form.switchSupplier")}</AppLink>
        </BodyShort>
      )}
      <StepPanel id="bid-state" title={t("bids.form.stateTitle")} intro={data.supplier.name}>
        <BidStatus
          lots={lotStates}
          receipts={data.receipts.map((r) => ({ id: r.id, href: portalReceipt(r.id), text: `${t("bids.form.receiptLink", { number: r.number })} – ${formatOsloDateTime(r.submittedAt, locale)}` }))}
          labels={{ noReceipts: t("bids.form.noReceipts"), receiptsTitle: t("bids.form.receiptsTitle") }}
        />
      </StepPanel>
      {tender.status !== "ANNOUNCED" && data.bids.length > 0 && <AppLink href={portalOpening(tender.id)}>{t("opening.portalLink")}</AppLink>}
      {!open ? (
        <BodyLong>{t("bids.entry.closed")}</BodyLong>
      ) : (
        <>
          <StepPanel id="bid-documents" title={t("bids.form.documentsTitle")} intro={t("bids.form.documentsIntro", { limit: megabytes(limits.maxFileBytes), total: megabytes(limits.maxTotalBytes) })}>
            <BidDocuments
              tenderId={tender.id}
              supplierId={data.supplierId}
              documents={(data.draft?.documents ?? []).map((d) => ({ id: d.id, filename: d.filename, size: formatBytes(d.sizeBytes, locale), sha256: d.sha256 }))}
              accept={DOCUMENT_ACCEPT}
              upload={uploadBidDocumentAction}
              remove={removeBidDocumentAction}
              labels={{
                ...feedback, fileLabel: t("bids.form.fileLabel"), upload: t("bids.form.upload"), noDocuments: t("bids.form.noDocuments"), remove: t("bids.form.remove"),
                removeLabels: Object.fromEntries((data.draft?.documents ?? []).map((d) => [d.id, t("bids.form.removeLabel", { filename: d.filename })])),
              }}
            />
          </StepPanel>
          <BidForm tenderId={tender.id} supplierId={data.supplierId} formToken={randomUUID()} values={data.draft?.content ?? { lots: [], quality: [], requirements: [], exclusions: [] }} action={bidFormAction} {...form} />
          {submitted && (
            <StepPanel id="bid-withdraw" title={t("bids.form.withdrawTitle")} intro={t("bids.form.withdrawIntro")}>
              <WithdrawBidForm tenderId={tender.id} supplierId={data.supplierId} formToken={randomUUID()} action={withdrawBidAction} labels={{ ...feedback, submit: t("bids.form.withdraw") }} />
            </StepPanel>
          )}
        </>
      )}
    </VStack>
  );
}
