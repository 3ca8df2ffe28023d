import { SimpleTable } from "@/components/common/simple-table";

export interface SupplierDocumentRow {
  id: string;
  title: string;
  filename: string;
  href: string;
  uploadedAt: string;
  uploadedBy: string;
  size: string;
  sha256: string;
}

/** The organisation's eligibility documentation, each a download link named by its file. */
export function SupplierDocumentsTable({ documents, labels }: { documents: SupplierDocumentRow[]; labels: { caption: string; title: string; uploadedAt: string; uploadedBy: string; size: string; sha256: string; empty: string } }) {
  return (
    <SimpleTable
      caption={labels.caption}
      columns={[labels.title, labels.uploadedAt, labels.uploadedBy, labels.size, labels.sha256]}
      emptyText={labels.empty}
      rows={documents.map((document) => ({
        key: document.id,
        cells: [
          <span key="title">
            {document.title}
            <br />
            <a href={document.href}>{document.filename}</a>
          </span>,
          <span key="at" className="nowrap">
            {document.uploadedAt}
          </span>,
          document.uploadedBy,
          document.size,
          <code key="sha" title={document.sha256}>
            {document.sha256.slice(0, 12)}…
          </code>,
        ],
      }))}
    />
  );
}
