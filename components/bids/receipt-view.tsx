import { BodyLong, BodyShort, VStack } from "@navikt/ds-react";

import { FactList } from "@/components/admin/fact-list";
import { SimpleTable } from "@/components/common/simple-table";

interface ReceiptViewProps {
  facts: { term: string; value: string }[];
  hashLabel: string;
  hash: string;
  hashHelp: string;
  documents: { key: string; filename: string; size: string; sha256: string }[];
  labels: { documents: string; noDocuments: string; filename: string; size: string };
}

/** A submission's receipt: the facts, the canonical hash (wrapping at 360 px), and the documents with theirs. */
export function ReceiptView({ facts, hashLabel, hash, hashHelp, documents, labels }: ReceiptViewProps) {
  return (
    <VStack gap="space-16">
      <FactList items={[...facts.map((f) => ({ term: f.term, value: <BodyShort>{f.value}</BodyShort> })), { term: hashLabel, value: <code style={{ overflowWrap: "anywhere" }} data-receipt-hash="">{hash}</code> }]} />
      <BodyLong size="small">{hashHelp}</BodyLong>
      <SimpleTable
        caption={labels.documents}
        columns={[labels.filename, labels.size, "SHA-256"]}
        emptyText={labels.noDocuments}
        rows={documents.map((d) => ({ key: d.key, cells: [d.filename, d.size, <code key="h" style={{ overflowWrap: "anywhere" }}>{d.sha256}</code>] }))}
      />
    </VStack>
  );
}
