import { read } from "@/app/_lib/read";
import { ChangeHistorySection } from "@/components/tenders/change-history-section";
import { PublicDocumentsSection } from "@/components/tenders/public-documents-section";
import { formatBytes } from "@/lib/documents/format";
import { publicDocumentPath } from "@/lib/documents/public-json";
import { extensionForType } from "@/lib/documents/rules";
import { listPublicDocuments } from "@/lib/documents/queries/public-documents";
import { getTranslator } from "@/lib/i18n/server";
import { amendmentLines } from "@/lib/tenders/amendment-lines";
import { listPublicAmendments } from "@/lib/tenders/queries/public-amendments";
import { formatOsloDateTime } from "@/lib/time";

/** A notice's documents (current versions) and its change history, for anyone. */
export async function NoticeDocumentsAndChanges({ tenderId }: { tenderId: string }) {
  const { locale, t } = await getTranslator();
  const [documents, amendments] = await Promise.all([read(listPublicDocuments, { id: tenderId }), read(listPublicAmendments, { id: tenderId })]);
  return (
    <>
      <PublicDocumentsSection
        title={t("documents.publicTitle")}
        empty={t("documents.publicEmpty")}
        shaLabel={t("documents.sha256")}
        documents={(documents ?? []).map((document) => ({
          id: document.id,
          title: document.title,
          filename: document.current.filename,
          href: publicDocumentPath(tenderId, document.id),
          facts: [t(`documents.types.${extensionForType(document.current.contentType)}`), formatBytes(document.current.sizeBytes, locale), t("documents.version", { number: document.current.number })].join(", "),
          sha256: document.current.sha256,
        }))}
      />
      <ChangeHistorySection
        title={t("amendments.historyTitle")}
        empty={t("amendments.historyEmpty")}
        entries={(amendments ?? []).map((amendment) => ({
          number: amendment.number,
          heading: t("amendments.number", { number: amendment.number }),
          publishedAt: t("amendments.publishedAt", { at: formatOsloDateTime(amendment.publishedAt, locale) }),
          reason: amendment.summary,
          lines: amendmentLines(amendment.changes, t, locale),
        }))}
      />
    </>
  );
}
