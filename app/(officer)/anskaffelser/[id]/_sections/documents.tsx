import { read } from "@/app/_lib/read";
import { DocumentUploadForm } from "@/components/tenders/document-upload-form";
import { DocumentsSection } from "@/components/tenders/documents-section";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { formatBytes } from "@/lib/documents/format";
import { officerDocumentVersionPath } from "@/lib/documents/public-json";
import { listTenderDocuments } from "@/lib/documents/queries/tender-documents";
import { DOCUMENT_ACCEPT, extensionForType, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LABEL } from "@/lib/documents/rules";
import { getTranslator } from "@/lib/i18n/server";
import { formatOsloDateTime } from "@/lib/time";

/** The officer page's documents: every version of each, and the upload form while the tender takes uploads. */
export async function TenderDocumentsPanel({ actor, tender }: { actor: Actor; tender: { id: string; regionId: string; status: string } }) {
  const { locale, t } = await getTranslator();
  const { documents } = await read(listTenderDocuments, { id: tender.id });
  const mayUpload = (tender.status === "DRAFT" || tender.status === "ANNOUNCED") && can(actor, "tender.upload_document", tender);
  const rows = documents.map((document) => {
    const current = document.versions.find((version) => !version.pending)?.number;
    return {
      id: document.id,
      title: document.title,
      versions: document.versions.map((version) => ({
        number: version.number,
        filename: version.filename,
        type: t(`documents.types.${extensionForType(version.contentType)}`),
        size: formatBytes(version.sizeBytes, locale),
        sha256: version.sha256,
        uploadedAt: formatOsloDateTime(version.uploadedAt, locale),
        uploadedBy: version.uploadedBy.name,
        href: officerDocumentVersionPath(tender.id, document.id, version.number),
        state: version.pending ? ("pending" as const) : version.number === current ? ("current" as const) : undefined,
      })),
    };
  });
  const label = (key: string) => t(`documents.${key}`);
  return (
    <DocumentsSection
      title={label("title")}
      intro={`${t("documents.intro", { limit: MAX_DOCUMENT_LABEL })}${tender.status === "ANNOUNCED" ? ` ${label("introAnnounced")}` : ""}`}
      empty={label("empty")}
      documents={rows}
      labels={{
        versionColumn: label("versionColumn"), version: label("version"), current: label("current"), pending: label("pending"), history: label("history"), type: label("type"),
        size: label("size"), sha256: label("sha256"), uploadedAt: label("uploadedAt"), uploadedBy: label("uploadedBy"), download: label("download"),
      }}
    >
      {mayUpload && (
        <DocumentUploadForm
          uploadUrl={`/api/v1/tenders/${encodeURIComponent(tender.id)}/documents`}
          documents={documents.map((document) => ({ id: document.id, title: document.title }))}
          accept={DOCUMENT_ACCEPT}
          maxSizeInBytes={MAX_DOCUMENT_BYTES}
          labels={{
            upload: label("upload"), dropzone: label("dropzone"), dragAndDrop: label("dragAndDrop"), or: label("or"), drop: label("drop"), deleteFile: label("deleteFile"),
            uploading: label("uploading"), titleLabel: label("titleLabel"), newVersionOf: label("newVersionOf"), newDocument: label("newDocument"),
            tooLarge: t("documents.errors.tooLarge", { limit: MAX_DOCUMENT_LABEL }), fileRequired: t("documents.errors.fileRequired"), failed: t("documents.errors.failed"),
            uploaded: tender.status === "ANNOUNCED" ? label("uploadedPending") : label("uploaded"), eventId: t("admin.eventId"),
          }}
        />
      )}
    </DocumentsSection>
  );
}
