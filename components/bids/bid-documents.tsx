"use client";

import { BodyShort, Button, HStack, Label, VStack } from "@navikt/ds-react";
import { useRef, useEffect } from "react";

import { FormFeedback, type FormFeedbackLabels } from "@/components/forms/form-feedback";
import { useFormAction, type FormAction } from "@/components/forms/use-form-action";
import { fieldError } from "@/lib/mutation/form-state";

interface BidDocumentsProps {
  tenderId: string;
  /** The organisation acted for (a user of several chose it). */
  supplierId: string;
  documents: { id: string; filename: string; size: string; sha256: string }[];
  accept: string;
  upload: FormAction;
  remove: FormAction;
  labels: FormFeedbackLabels & { fileLabel: string; upload: string; noDocuments: string; remove: string; removeLabels: Record<string, string> };
}

/** The draft's attachments: a file picker that uploads at once (sniffed, scanned and sealed on the server), and removal. */
export function BidDocuments({ tenderId, supplierId, documents, accept, upload, remove, labels }: BidDocumentsProps) {
  const uploading = useFormAction(upload);
  const removing = useFormAction(remove);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (uploading.state.status === "ok") formRef.current?.reset();
  }, [uploading.state]);
  return (
    <VStack gap="space-16">
      <FormFeedback state={removing.state} fieldIds={{}} labels={labels} headingTag="h3" />
      {documents.length === 0 ? (
        <BodyShort>{labels.noDocuments}</BodyShort>
      ) : (
        <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {documents.map((doc) => (
            <li key={doc.id} style={{ overflowWrap: "anywhere" }}>
              <form action={removing.formAction} onSubmit={removing.onSubmit}>
                <input type="hidden" name="tenderId" value={tenderId} />
                <input type="hidden" name="supplierId" value={supplierId} />
                <input type="hidden" name="documentId" value={doc.id} />
                <HStack gap="space-12" align="center" wrap>
                  <BodyShort>{doc.filename} ({doc.size})</BodyShort>
                  <BodyShort size="small" textColor="subtle">SHA-256 {doc.sha256.slice(0, 16)}…</BodyShort>
                  <Button type="submit" size="small" variant="tertiary" aria-label={labels.removeLabels[doc.id]}>{labels.remove}</Button>
                </HStack>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form ref={formRef} action={uploading.formAction} onSubmit={uploading.onSubmit} encType="multipart/form-data" noValidate>
        <VStack gap="space-12">
          <FormFeedback state={uploading.state} fieldIds={{ file: "bid-file" }} labels={labels} headingTag="h3" />
          <input type="hidden" name="tenderId" value={tenderId} />
                <input type="hidden" name="supplierId" value={supplierId} />
          <VStack gap="space-4">
            <Label htmlFor="bid-file">{labels.fileLabel}</Label>
            <input id="bid-file" name="file" type="file" accept={accept} aria-invalid={Boolean(fieldError(uploading.state, "file"))} style={{ maxWidth: "100%" }} />
          </VStack>
          <div>
            <Button type="submit" variant="secondary" loading={uploading.isPending}>{labels.upload}</Button>
          </div>
        </VStack>
      </form>
    </VStack>
  );
}
